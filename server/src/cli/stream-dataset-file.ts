import type { Policy } from '../../../schemas/policy';
import { datasetSyntaxOf } from '../engine/datasets/dataset-syntax';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import { streamDataset, type StreamedReport, type StreamOptions, type StreamTarget } from './stream-dataset';
import { streamParquet } from './stream-parquet';
import { isParquetFile } from './streamed-dataset';

/** Whether the dataset scan reads this file: JSONL, JSON, CSV or Parquet. */
export function isDatasetFile(file: string): boolean {
  return isParquetFile(file) || datasetSyntaxOf(file) !== undefined;
}

/** Check a dataset file of any size: Parquet by its row groups, JSONL, JSON and CSV by line-aligned chunks. */
export function streamDatasetFile(target: Omit<StreamTarget, 'syntax'>, policy: Policy, pool: DatasetWorkerPool, options: StreamOptions = {}): Promise<StreamedReport> {
  if (isParquetFile(target.file)) return streamParquet(target, policy, pool, options);
  const syntax = datasetSyntaxOf(target.file);
  if (!syntax) throw new Error('not a dataset file');
  return streamDataset({ ...target, syntax }, policy, pool, options);
}
