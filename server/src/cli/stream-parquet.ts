import type { Policy } from '../../../schemas/policy';
import { ChunkScans } from './chunk-scans';
import { ChunkReportCollector } from './chunk-report-collector';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import { parquetChunks } from './parquet-chunks';
import type { StreamedReport, StreamOptions, StreamTarget } from './stream-dataset';

/**
 * Check a Parquet dataset: its rows, rendered as JSON lines a row group at a time, go through the
 * same chunked scan as a JSONL file, so a finding's line is its row number (1-based).
 */
export async function streamParquet(target: Omit<StreamTarget, 'syntax'>, policy: Policy, pool: DatasetWorkerPool, options: StreamOptions = {}): Promise<StreamedReport> {
  const { isCancelled = () => false, customPatterns = [] } = options;
  const collector = new ChunkReportCollector(policy, target.policyPath, options);
  const scans = new ChunkScans(pool, collector);
  for await (const text of parquetChunks(target.file)) {
    if (isCancelled()) throw new Error('cancelled');
    await scans.add({ path: target.policyPath, syntax: 'jsonl', text, secrets: true, customPatterns });
  }
  await scans.done();
  const { findings, summary, omitted } = collector.result();
  return { path: target.reportPath, format: 'dataset-parquet', findings, summary, ...(omitted.length > 0 ? { omitted } : {}) };
}
