import type { Policy } from '../../../schemas/policy';
import { ChunkFindingJudge } from '../engine/datasets/chunk-finding-judge';
import type { ChunkReport } from '../engine/datasets/chunk-report';
import { addCounts, emptySummary, type DatasetSummary } from '../engine/datasets/dataset-summary';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import { csvColumnNames } from '../engine/datasets/csv-fields';
import { utf8Text } from '../engine/text/utf8-text';
import type { ReportedFinding } from './report';

type ChunkJob = Omit<Parameters<DatasetWorkerPool['run']>[0], 'first' | 'columns'>;

/** Longest CSV header read for column names. */
const MAX_HEADER_CHARS = 64 * 1024;

/**
 * The chunks of one file scanned on the pool, at most `pool.capacity` in flight (memory stays
 * bounded whatever the file's size), their reports kept by chunk index.
 */
export class ChunkScans {
  private readonly pending = new Set<Promise<void>>();
  private readonly reports: ChunkReport[] = [];
  private count = 0;
  /** A CSV file's column names, from its first chunk, for every chunk (workers never see the header). */
  private columns: readonly string[] | undefined;

  constructor(private readonly pool: DatasetWorkerPool) {}

  /** Chunks queued so far. */
  get queued(): number {
    return this.count;
  }

  /**
   * Queues a chunk, once the pool has room (the pool may be shared: chunks of other files count,
   * but only this file's are waited for). The caller hands `job.bytes` over and never touches them
   * again. `onReport` takes the chunk's report as it comes instead of `done()` keeping it.
   */
  async add(job: ChunkJob, onReport?: (report: ChunkReport) => void): Promise<void> {
    const index = this.count++;
    if (index === 0 && job.syntax === 'csv') this.columns = csvColumnNames(headerLine(job));
    while (this.pool.inFlight >= this.pool.capacity && this.pending.size > 0) await Promise.race(this.pending);
    const tracked = this.pool.run({ ...job, first: index === 0, columns: this.columns })
      .then((report) => { if (onReport) onReport(report); else this.reports[index] = report; })
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    // Let worker replies in: a pool that also scans on this thread would not see its workers finish otherwise.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Every report kept (those without `onReport`) in file order, once all chunks are scanned. */
  async done(): Promise<ChunkReport[]> {
    await Promise.all(this.pending);
    return this.reports;
  }

  /** Waits for the chunks still in flight after a failure, whatever their outcome. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}

function headerLine(job: ChunkJob): string {
  if (job.text !== undefined) return job.text.slice(0, Math.min(MAX_HEADER_CHARS, (job.text.indexOf('\n') + 1 || job.text.length + 1) - 1));
  const bytes = job.bytes!;
  const end = bytes.indexOf(10);
  return utf8Text(bytes.subarray(0, Math.min(MAX_HEADER_CHARS, end === -1 ? bytes.length : end)));
}

/**
 * A file's findings from its chunk reports in file order: each chunk's lines placed after the
 * lines of the chunks before it, judged as the policy says (`ChunkFindingJudge`), sorted.
 */
export function collectChunkReports(reports: readonly ChunkReport[], policy: Policy, policyPath: string): { findings: ReportedFinding[]; summary: DatasetSummary } {
  const summary = emptySummary();
  const findings: ReportedFinding[] = [];
  const judge = new ChunkFindingJudge(policy, policyPath);
  let baseLine = 0;
  for (const report of reports) {
    summary.records += report.records;
    addCounts(summary.counts, report.counts);
    for (const f of report.findings) {
      const severity = judge.judge(f);
      if (severity === 'repeat') summary.counts['sensitive-field'] = (summary.counts['sensitive-field'] ?? 1) - 1;
      if (severity === 'repeat' || severity === 'off') continue;
      if (f.ruleId.startsWith('secrets/')) summary.secrets++;
      findings.push({
        ruleId: f.ruleId, severity, message: f.message, fingerprint: f.fingerprint,
        line: baseLine + f.line + 1, column: f.column + 1, endLine: baseLine + f.endLine + 1, endColumn: f.endColumn + 1,
      });
    }
    baseLine += report.lines;
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, summary };
}
