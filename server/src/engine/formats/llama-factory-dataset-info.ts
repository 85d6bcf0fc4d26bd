import type { FormatRecogniser } from './recogniser';

/** LLaMA-Factory `data/dataset_info.json`: dataset name -> where to load it and how to read it. */
const ENTRY_KEYS = new Set(['file_name', 'hf_hub_url', 'ms_hub_url', 'om_hub_url', 'script_url', 'cloud_file_name', 'formatting',
  'columns', 'tags', 'ranking', 'subset', 'split', 'folder', 'num_samples', 'load_from']);
const LOCATION_KEYS = ['file_name', 'hf_hub_url', 'ms_hub_url', 'om_hub_url', 'script_url', 'cloud_file_name'];

export const llamaFactoryDatasetInfo: FormatRecogniser = {
  id: 'llama-factory-dataset-info',
  label: 'LLaMA-Factory dataset_info.json',
  score({ syntax, root, fileName }) {
    if ((syntax !== 'json' && syntax !== 'yaml') || root?.kind !== 'map' || root.entries.length === 0) return 0;
    let entries = 0;
    for (const entry of root.entries) {
      const value = entry.value;
      if (value.kind !== 'map' || value.entries.length === 0) return 0;
      if (!value.entries.every((e) => ENTRY_KEYS.has(e.key))) return 0;
      if (value.entries.some((e) => LOCATION_KEYS.includes(e.key))) entries++;
    }
    if (entries === 0) return 0;
    return Math.min(15, (fileName === 'dataset_info.json' ? 10 : 6) + entries);
  },
};
