import type { FormatId } from '../types';
import type { DatasetSyntax } from './scan-dataset-chunk';

/** How a data file is scanned, from its name; undefined for files that are not datasets. */
export function datasetSyntaxOf(path: string): DatasetSyntax | undefined {
  const name = path.toLowerCase();
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.(csv|tsv)$/.test(name)) return 'csv';
  if (/\.json$/.test(name)) return 'json';
  return undefined;
}

export function datasetSyntaxOfFormat(format: FormatId): DatasetSyntax | undefined {
  if (format === 'dataset-jsonl') return 'jsonl';
  if (format === 'dataset-csv') return 'csv';
  if (format === 'dataset-json') return 'json';
  return undefined;
}
