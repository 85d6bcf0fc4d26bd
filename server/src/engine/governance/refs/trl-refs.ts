import { mapGet, scalarString, type TreeNode } from '../../parse/tree';
import { refFromNode, type DatasetRef } from './dataset-ref';

/**
 * TRL / alignment-handbook: `dataset_name`, `dataset_mixture.datasets[].id` (with `revision`),
 * the older `dataset_mixer: {id: weight}`, and `dataset_path`.
 */
export function trlRefs(root: TreeNode): DatasetRef[] {
  const refs: DatasetRef[] = [];
  const revision = scalarString(mapGet(root, 'dataset_revision'));
  for (const key of ['dataset_name', 'dataset_path', 'dataset_id']) {
    const ref = refFromNode(mapGet(root, key), [key], revision);
    if (ref) refs.push(ref);
  }
  const mixture = mapGet(root, 'dataset_mixture');
  const list = mapGet(mixture, 'datasets');
  if (list?.kind === 'seq') {
    list.items.forEach((item, i) => {
      const ref = refFromNode(mapGet(item, 'id') ?? mapGet(item, 'path'), ['dataset_mixture', 'datasets', i, 'id'], scalarString(mapGet(item, 'revision')));
      if (ref) refs.push(ref);
    });
  }
  const mixer = mapGet(root, 'dataset_mixer');
  if (mixer?.kind === 'map') {
    for (const entry of mixer.entries) {
      const ref = refFromNode({ kind: 'scalar', value: entry.key, start: entry.keyStart, end: entry.keyEnd }, ['dataset_mixer', entry.key]);
      if (ref) refs.push(ref);
    }
  }
  return refs;
}
