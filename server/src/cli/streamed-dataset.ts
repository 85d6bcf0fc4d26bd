import { datasetSyntaxOf } from '../engine/datasets/dataset-syntax';

/** Dataset files above this are streamed in bounded memory on worker threads instead of loaded whole. */
const STREAM_DATASETS_ABOVE_BYTES = 2 * 1024 * 1024;

export function isParquetFile(file: string): boolean {
  return file.toLowerCase().endsWith('.parquet');
}

/** Whether the CLI streams this file through the dataset workers: a Parquet file, or a JSONL, CSV or JSON dataset above 2 MB. */
export function isStreamedDataset(file: string, size: number): boolean {
  return isParquetFile(file) || (datasetSyntaxOf(file) !== undefined && size > STREAM_DATASETS_ABOVE_BYTES);
}
