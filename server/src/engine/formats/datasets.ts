import type { FormatRecogniser } from './recogniser';
import type { TreeNode } from '../parse/tree';
import { RECORD_ARRAY_KEYS } from '../datasets/json-records';

/**
 * An object keeping its records under a key (`{"data": [...]}`) is a weaker sign than an array:
 * below every config's lowest score (2), so a config that lists objects under `data` stays a config.
 */
const RECORDS_UNDER_A_KEY_SCORE = 1;

/** Data files: recognised by syntax; any JSON array of records, or records under a known key, counts as a dataset. */
export const datasetJsonl: FormatRecogniser = {
  id: 'dataset-jsonl',
  label: 'JSONL dataset',
  score: ({ syntax }) => (syntax === 'jsonl' ? 5 : 0),
};

export const datasetCsv: FormatRecogniser = {
  id: 'dataset-csv',
  label: 'CSV dataset',
  score: ({ syntax }) => (syntax === 'csv' ? 5 : 0),
};

export const datasetJson: FormatRecogniser = {
  id: 'dataset-json',
  label: 'JSON dataset',
  score({ syntax, root }) {
    if (syntax !== 'json') return 0;
    if (isRecordArray(root)) return 3;
    const keyed = root?.kind === 'map' && root.entries.some((e) => RECORD_ARRAY_KEYS.has(e.key) && isRecordArray(e.value));
    return keyed ? RECORDS_UNDER_A_KEY_SCORE : 0;
  },
};

function isRecordArray(node: TreeNode | undefined): boolean {
  return node?.kind === 'seq' && node.items.length > 0 && node.items.every((item) => item.kind === 'map');
}
