import { mapGet, scalarString, type TreeNode } from '../../parse/tree';
import { refFromNode, type DatasetRef } from './dataset-ref';

const DATASET_LISTS = ['datasets', 'test_datasets', 'pretraining_dataset'];

/** Axolotl: `datasets[].path` (hub id, local path, s3/gs/az URI) with optional `revision`. */
export function axolotlRefs(root: TreeNode): DatasetRef[] {
  const refs: DatasetRef[] = [];
  for (const key of DATASET_LISTS) {
    const list = mapGet(root, key);
    if (list?.kind === 'scalar') push(refs, refFromNode(list, [key]));
    if (list?.kind !== 'seq') continue;
    list.items.forEach((item, i) => {
      if (item.kind === 'scalar') return push(refs, refFromNode(item, [key, i]));
      const revision = scalarString(mapGet(item, 'revision'));
      const dataFiles = mapGet(item, 'data_files');
      const path = mapGet(item, 'path');
      const ref = refFromNode(path, [key, i, 'path'], revision);
      push(refs, ref);
      // A local loader (`path: json`) with data_files names the real files.
      if ((!ref || /^(json|csv|parquet|text|arrow)$/.test(ref.value)) && dataFiles) {
        if (ref) refs.pop();
        const files = dataFiles.kind === 'seq' ? dataFiles.items : [dataFiles];
        files.forEach((file, j) => push(refs, refFromNode(file, [key, i, 'data_files', j], revision)));
      }
    });
  }
  return refs;
}

function push(refs: DatasetRef[], ref: DatasetRef | undefined): void {
  if (ref) refs.push(ref);
}
