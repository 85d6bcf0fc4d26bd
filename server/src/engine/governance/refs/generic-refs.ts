import { walkScalarsBounded } from '../config-entries';
import { type TreeNode } from '../../parse/tree';
import { classifyRefValue, type DatasetRef } from './dataset-ref';

const DATA_KEY = /(^|_)(data|dataset|datasets|train|training|validation|eval)(_|$)|instruct_data|s3_?uri|dataset_?uri|data_?uri|input_?data/i;
const NOT_DATA = /(output|checkpoint|model|tokenizer|cache|log|save|run_dir|prepared)/i;

/**
 * Job specs, launchers, mistral-finetune and other configs: object-store URIs and data-file
 * paths under data-like keys anywhere (`trainingDataConfig.s3Uri`, `data.instruct_data`,
 * `supervisedTuningSpec.trainingDatasetUri`). Provider file ids (`file-...`) name no workspace data.
 */
export function genericRefs(root: TreeNode): DatasetRef[] {
  const refs: DatasetRef[] = [];
  for (const { node, path } of walkScalarsBounded(root)) {
    if (typeof node.value !== 'string') continue;
    const keys = path.filter((p): p is string => typeof p === 'string');
    if (keys.length === 0 || !keys.some((k) => DATA_KEY.test(k)) || NOT_DATA.test(keys[keys.length - 1])) continue;
    const classified = classifyRefValue(node.value);
    if (!classified) continue;
    const dataLike = classified.kind === 'uri' || (classified.kind === 'path' && /\.\w+$/.test(classified.value))
      || (classified.kind === 'hub' && classified.value.includes('/') && /dataset/i.test(keys[keys.length - 1]));
    if (dataLike) refs.push({ ...classified, keyPath: path, start: node.start, end: node.end });
  }
  return refs;
}
