import type { ChunkReport } from '../engine/datasets/chunk-report';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import { csvColumnNames } from '../engine/datasets/record-keys';
import { csvDelimiterOf, type CsvDelimiter } from '../engine/datasets/csv-delimiter';
import { utf8Text } from '../engine/text/utf8-text';
import type { ChunkReportCollector } from './chunk-report-collector';

type ChunkJob = Omit<Parameters<DatasetWorkerPool['run']>[0], 'first' | 'columns'>;

/** Longest start of a CSV file read for its delimiter and column names. */
const MAX_HEAD_CHARS = 64 * 1024;

/**
 * The chunks of one file scanned on the pool, at most `pool.capacity` in flight (memory stays
 * bounded whatever the file's size), their reports handed on as they come.
 */
export class ChunkScans {
  private readonly pending = new Set<Promise<void>>();
  private count = 0;
  /** A CSV file's column names and delimiter, from its first chunk, for every chunk (workers never see the header). */
  private columns: readonly string[] | undefined;
  private csvDelimiter: CsvDelimiter | undefined;

  /** `collector` takes the reports of chunks added without `onReport`. */
  constructor(private readonly pool: DatasetWorkerPool, private readonly collector?: ChunkReportCollector) {}

  /** Chunks queued so far. */
  get queued(): number {
    return this.count;
  }

  /**
   * Queues a chunk, once the pool has room (the pool may be shared: chunks of other files count,
   * but only this file's are waited for). The caller hands `job.bytes` over and never touches them
   * again. `onReport` takes the chunk's report as it comes instead of the collector. A CSV file's
   * delimiter is the first job's, when its reader has read it (to cut records), or read here.
   */
  async add(job: ChunkJob, onReport?: (report: ChunkReport) => void): Promise<void> {
    const index = this.count++;
    if (index === 0 && job.syntax === 'csv') {
      const head = fileHead(job);
      this.csvDelimiter = job.csvDelimiter ?? csvDelimiterOf(job.path, head);
      const newline = head.indexOf('\n');
      this.columns = csvColumnNames(newline === -1 ? head : head.slice(0, newline), this.csvDelimiter);
    }
    while (this.pool.inFlight >= this.pool.capacity && this.pending.size > 0) await Promise.race(this.pending);
    const maxFindingsPerRule = job.maxFindingsPerRule ?? (onReport ? undefined : this.collector?.chunkCap);
    const tracked = this.pool.run({ ...job, first: index === 0, columns: this.columns, csvDelimiter: this.csvDelimiter, maxFindingsPerRule })
      .then((report) => { if (onReport) onReport(report); else this.collector?.add(index, report); })
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    // Let worker replies in: a pool that also scans on this thread would not see its workers finish otherwise.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Once every chunk is scanned. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Waits for the chunks still in flight after a failure, whatever their outcome. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}

/** The start of a file's first chunk: its header line and the records after it. */
function fileHead(job: ChunkJob): string {
  const content = job.text ?? job.bytes!;
  return typeof content === 'string' ? content.slice(0, MAX_HEAD_CHARS) : utf8Text(content.subarray(0, MAX_HEAD_CHARS));
}
