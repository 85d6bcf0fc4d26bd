import type { Cancellation } from '../types';
import { addCounts, emptySummary, type DatasetSummary } from './dataset-summary';
import { newScanState, scanDatasetChunk, type ChunkResult, type DatasetSyntax } from './scan-dataset-chunk';
import { SecretLineScanner } from './secret-lines';
import { jsonRecordCount } from './json-records';

export interface DatasetTextScan extends ChunkResult {
  summary: DatasetSummary;
}

/** A whole dataset held as one string (small files, open documents): one chunk, one state. */
export function scanDatasetText(
  text: string, path: string, syntax: DatasetSyntax,
  options: { secrets?: boolean; allowlistedValues?: ReadonlySet<string>; cancellation?: Cancellation } = {},
): DatasetTextScan {
  const secrets = options.secrets ? new SecretLineScanner(options.allowlistedValues) : undefined;
  const result = scanDatasetChunk(text, newScanState(path, syntax), { secrets, cancellation: options.cancellation });
  const summary = emptySummary();
  addCounts(summary.counts, result.counts);
  summary.records = syntax === 'json' ? parsedRecordCount(text) ?? result.records : result.records;
  summary.secrets = result.findings.filter((f) => f.ruleId.startsWith('secrets/')).length;
  return { ...result, summary };
}

function parsedRecordCount(text: string): number | undefined {
  try {
    return jsonRecordCount(JSON.parse(text)) ?? 1;
  } catch {
    return undefined;
  }
}
