import { z } from 'zod';

/**
 * Custom requests between the VS Code client and the language server. Both sides validate with
 * these schemas; nothing else is shared. Results carry counts and names, never dataset values.
 */

export const SCAN_DATASET_REQUEST = 'tuneguard/scanDataset';
export const CLASSIFY_DATASET_REQUEST = 'tuneguard/classifyDataset';

export const ScanDatasetParamsSchema = z.object({
  /** A data file (JSONL, JSON, CSV) or its `*.dataset.yaml` manifest. */
  uri: z.string().min(1),
});
export type ScanDatasetParams = z.infer<typeof ScanDatasetParamsSchema>;

export const ScanDatasetResultSchema = z.object({
  dataUri: z.string(),
  /** Existing manifest describing the data, if any. */
  manifestUri: z.string().optional(),
  records: z.number().int().nonnegative(),
  /** Personal data found, by kind (`email`, `us-ssn`, ...). */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  secrets: z.number().int().nonnegative(),
  /** The policy's levels, least to most sensitive. */
  levels: z.array(z.string()),
  suggestedLevel: z.string(),
  /** e.g. "restricted: 88 SSNs and 75 card numbers in 4,021 records" */
  reason: z.string(),
  /** The manifest's current classification, if any. */
  currentLevel: z.string().optional(),
});
export type ScanDatasetResult = z.infer<typeof ScanDatasetResultSchema>;

export const ClassifyDatasetParamsSchema = z.object({
  uri: z.string().min(1),
  level: z.string().min(1),
  /** The scan the choice was based on (so classifying does not scan twice). */
  scan: ScanDatasetResultSchema.optional(),
});
export type ClassifyDatasetParams = z.infer<typeof ClassifyDatasetParamsSchema>;

export const ClassifyDatasetResultSchema = z.object({
  manifestUri: z.string(),
  created: z.boolean(),
});
export type ClassifyDatasetResult = z.infer<typeof ClassifyDatasetResultSchema>;

/**
 * Open dataset files above this many characters are not synced to the server (sending 50 MB
 * over the wire and holding it as a string costs seconds and hundreds of MB): the client sends
 * their URI instead, and the server scans the saved file from disk, again on each save.
 */
export const SYNC_DATASET_TEXT_UP_TO_CHARS = 8 * 1024 * 1024;
export const DATASET_FROM_DISK_NOTIFICATION = 'tuneguard/datasetFromDisk';

export const DatasetFromDiskParamsSchema = z.object({
  uri: z.string().min(1),
  event: z.enum(['opened', 'saved', 'closed']),
});
export type DatasetFromDiskParams = z.infer<typeof DatasetFromDiskParamsSchema>;
