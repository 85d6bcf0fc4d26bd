import type { ParsedDocument } from '../../parse/parse-document';
import { modelInputs, modelOutputs } from '../model-lineage';
import { extractDatasetRefs, isTrainingConfig } from '../refs/extract-dataset-refs';
import { croissantRecord, isCroissant } from './croissant-record';
import { datasetInfoRecord } from './dataset-info-record';
import { hfCardRecord } from './hf-card-record';
import type { IndexedFileFacts } from './manifest-record';
import { tuneguardManifestRecord } from './tuneguard-manifest-record';

/** Files the workspace index must read: by name, before parsing (cheap filter for walkers). */
export function mayHoldDatasetFacts(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return name === 'readme.md' || /\.(ya?ml|json|jsonld)$/.test(name);
}

/** What one parsed file tells the workspace index about datasets. `path` is workspace-relative. */
export function indexFacts(doc: ParsedDocument): IndexedFileFacts {
  const name = doc.path.slice(doc.path.lastIndexOf('/') + 1).toLowerCase();
  const root = doc.tree.roots[0];
  if (doc.format === 'tuneguard-dataset-manifest' || /\.dataset\.ya?ml$/.test(name)) {
    return { manifests: [tuneguardManifestRecord(doc.path, root)] };
  }
  if (doc.format === 'llama-factory-dataset-info' || name === 'dataset_info.json') {
    return { manifests: [], datasetInfo: datasetInfoRecord(doc.path, root) };
  }
  if (doc.format === 'croissant' || (doc.syntax === 'json' && isCroissant(doc.text, root))) {
    return { manifests: root ? [croissantRecord(doc.path, root)] : [] };
  }
  if (doc.format === 'hf-dataset-card' || name === 'readme.md') {
    const record = hfCardRecord(doc.path, doc.text);
    return { manifests: record ? [record] : [] };
  }
  if (isTrainingConfig(doc)) {
    const config = root?.kind === 'map' ? root : undefined;
    return { manifests: [], config: { file: doc.path, refs: extractDatasetRefs(doc), inputs: modelInputs(doc, config), outputs: modelOutputs(doc, config) } };
  }
  return { manifests: [] };
}
