import type { FormatRecogniser } from './recogniser';

/** Data files: recognised by syntax; any JSON array of records counts as a dataset. */
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
    if (syntax !== 'json' || root?.kind !== 'seq' || root.items.length === 0) return 0;
    return root.items.every((item) => item.kind === 'map') ? 3 : 0;
  },
};
