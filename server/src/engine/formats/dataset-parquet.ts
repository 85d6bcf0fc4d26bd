import type { FormatRecogniser } from './recogniser';

/** Apache Parquet files start (and end) with the magic bytes `PAR1`. */
export const datasetParquet: FormatRecogniser = {
  id: 'dataset-parquet',
  label: 'Parquet dataset',
  score: ({ text, fileName }) => (text.startsWith('PAR1') ? (fileName.endsWith('.parquet') ? 10 : 8) : 0),
};
