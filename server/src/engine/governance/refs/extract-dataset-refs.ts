import type { ParsedDocument } from '../../parse/parse-document';
import type { FormatId } from '../../types';
import { axolotlRefs } from './axolotl-refs';
import type { DatasetRef } from './dataset-ref';
import { genericRefs } from './generic-refs';
import { llamaFactoryRefs } from './llama-factory-refs';
import { torchtuneRefs } from './torchtune-refs';
import { trlRefs } from './trl-refs';

/** Formats that train or launch training, and so have datasets, models and outputs. */
export const TRAINING_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>([
  'axolotl', 'llama-factory', 'torchtune', 'trl', 'mistral-finetune', 'unsloth', 'ludwig',
  'openai-job', 'azure-openai-job', 'together-job', 'mistral-job', 'bedrock-job', 'sagemaker-job', 'vertex-job', 'launcher',
]);

export function isTrainingConfig(doc: ParsedDocument): boolean {
  return TRAINING_FORMATS.has(doc.format) && doc.tree.roots[0]?.kind === 'map';
}

/** Every dataset a training config names, with the range to report on. */
export function extractDatasetRefs(doc: ParsedDocument): DatasetRef[] {
  const root = doc.tree.roots[0];
  if (!root || !isTrainingConfig(doc)) return [];
  switch (doc.format) {
    case 'axolotl': return axolotlRefs(root);
    case 'llama-factory': return llamaFactoryRefs(root);
    case 'torchtune': return torchtuneRefs(root);
    case 'trl': return trlRefs(root);
    default: return genericRefs(root);
  }
}
