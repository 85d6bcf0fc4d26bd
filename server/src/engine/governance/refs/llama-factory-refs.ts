import { mapGet, scalarString, type TreeNode } from '../../parse/tree';
import { classifyRefValue, refFromNode, type DatasetRef } from './dataset-ref';

/**
 * LLaMA-Factory classic: `dataset: a,b` / `eval_dataset` are names in `<dataset_dir>/dataset_info.json`
 * (default `data`). v1: `train_dataset` / `eval_dataset` are a dataset YAML path or a hub id.
 */
export function llamaFactoryRefs(root: TreeNode): DatasetRef[] {
  const refs: DatasetRef[] = [];
  const dir = scalarString(mapGet(root, 'dataset_dir')) ?? 'data';
  for (const key of ['dataset', 'eval_dataset']) {
    const node = mapGet(root, key);
    if (node?.kind !== 'scalar' || typeof node.value !== 'string') continue;
    const source = node.value;
    // Names are comma separated; keep each name's own range inside the scalar.
    const valueOffset = node.quoted ? node.start + 1 : node.start;
    let from = 0;
    for (const part of source.split(',')) {
      const name = part.trim();
      const at = source.indexOf(name, from);
      from = at + name.length;
      if (!name) continue;
      refs.push({ kind: 'llama-factory-name', value: name, keyPath: [key], start: valueOffset + at, end: valueOffset + at + name.length, datasetDir: dir });
    }
  }
  for (const key of ['train_dataset', 'eval_dataset']) {
    const node = mapGet(root, key);
    if (node?.kind === 'scalar' && typeof node.value === 'string' && classifyRefValue(node.value)) {
      if (!refs.some((r) => r.keyPath[0] === key)) {
        const ref = refFromNode(node, [key]);
        if (ref) refs.push(ref);
      }
    }
  }
  return refs;
}
