import type { TreeNode } from '../../parse/tree';
import { mapGet, scalarString } from '../../parse/tree';
import { dirOf, joinPath, type DatasetInfoEntry, type DatasetInfoRecord } from './manifest-record';

/** LLaMA-Factory `dataset_info.json`: dataset name -> hub repo, file or cloud location. */
export function datasetInfoRecord(file: string, root: TreeNode | undefined): DatasetInfoRecord | undefined {
  if (root?.kind !== 'map') return undefined;
  const dir = dirOf(file);
  const entries: DatasetInfoEntry[] = [];
  for (const entry of root.entries) {
    if (entry.value.kind !== 'map') continue;
    const hubId = scalarString(mapGet(entry.value, 'hf_hub_url')) ?? scalarString(mapGet(entry.value, 'ms_hub_url')) ?? scalarString(mapGet(entry.value, 'om_hub_url'));
    const fileName = scalarString(mapGet(entry.value, 'file_name'));
    const cloud = scalarString(mapGet(entry.value, 'cloud_file_name'));
    entries.push({
      name: entry.key,
      hubId,
      path: fileName ? joinPath(dir, fileName) : undefined,
      uri: cloud && /^[a-z0-9+.-]+:\/\//i.test(cloud) ? cloud.replace(/\/+$/, '') : undefined,
    });
  }
  return { file, dir, entries };
}
