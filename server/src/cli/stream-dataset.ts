import * as fs from 'node:fs';
import type { Policy } from '../../../schemas/policy';
import type { DatasetSyntax } from '../engine/datasets/scan-dataset-chunk';
import { emptySummary, type DatasetSummary } from '../engine/datasets/dataset-summary';
import { looksBinary } from '../engine/text/looks-binary';
import { wholeRecordsEnd } from '../engine/datasets/record-chunker';
import { csvDelimiterOfBytes, type CsvDelimiter } from '../engine/datasets/csv-delimiter';
import { MAX_COPIED_ASCII } from '../engine/text/utf8-text';
import { ChunkScans } from './chunk-scans';
import { ChunkReportCollector, type CollectOptions } from './chunk-report-collector';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import type { FileReport } from './report';

/** Room for the previous read's partial last line in front of a read (longer lines get a bigger buffer). */
const CARRY_ROOM = 64 * 1024;
/**
 * Bytes read per chunk: big enough to amortise per-chunk work, small enough to bound memory
 * (with ~1 MB, the 50 MB bench peaks ~20 MB lower than with 2 MB, at the same CPU time), and with
 * a partial line carried in front still an ASCII chunk `utf8Text` copies rather than decodes.
 */
const CHUNK_BYTES = MAX_COPIED_ASCII - CARRY_ROOM;
/** Longest line kept whole (as RecordChunker's bound). */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface StreamTarget {
  file: string;
  /** As reported (relative to cwd). */
  reportPath: string;
  /** As the policy sees it (relative to the policy root), for severities and fingerprints. */
  policyPath: string;
  syntax: DatasetSyntax;
}

export interface StreamedReport extends FileReport {
  summary: DatasetSummary;
}

export interface StreamOptions extends CollectOptions {
  isCancelled?: () => boolean;
  /** The policy's custom secret patterns, when they may run: the CLI, or a trusted workspace. */
  customPatterns?: Policy['secrets']['customPatterns'];
}

/**
 * Check a data file of any size in bounded memory: read fixed-size chunks, cut them at record ends,
 * scan them on the worker pool (at most `pool.capacity` chunks in flight), and place findings by
 * adding each chunk's first line number (the sum of the line counts the earlier chunks report).
 */
export async function streamDataset(target: StreamTarget, policy: Policy, pool: DatasetWorkerPool, options: StreamOptions = {}): Promise<StreamedReport> {
  const { isCancelled = () => false, customPatterns = [] } = options;
  const fd = fs.openSync(target.file, 'r');
  const collector = new ChunkReportCollector(policy, target.policyPath, options);
  const scans = new ChunkScans(pool, collector);
  /** A read buffer whose chunk was scanned on this thread: the next read goes there (less memory churn). */
  let spare: Uint8Array | undefined;
  /** A CSV file's delimiter, read from its first bytes: records are cut, and cells split, by it. */
  let csvDelimiter: CsvDelimiter | undefined;
  const dispatch = async (bytes: Uint8Array) => {
    await scans.add({ path: target.policyPath, syntax: target.syntax, bytes, csvDelimiter, secrets: true, customPatterns });
    // Scanned on this thread (not transferred to a worker): the bytes are decoded already, reuse the buffer.
    if (bytes.buffer.byteLength >= CHUNK_BYTES) spare = new Uint8Array(bytes.buffer);
  };

  try {
    // Each read lands after the previous read's partial last line, so whole lines go out without a copy.
    let carry: Uint8Array = new Uint8Array(0);
    for (;;) {
      if (isCancelled()) throw new Error('cancelled');
      const reuse = spare !== undefined && spare.length >= carry.length + CHUNK_BYTES;
      const buffer = reuse ? spare! : new Uint8Array(Math.max(carry.length, CARRY_ROOM) + CHUNK_BYTES);
      spare = undefined;
      buffer.set(carry);
      const read = fs.readSync(fd, buffer, carry.length, CHUNK_BYTES, null);
      const filled = carry.length + read;
      if (scans.queued === 0 && carry.length === 0) {
        if (looksBinary(buffer.subarray(0, read))) return { path: target.reportPath, format: 'unknown', findings: [], skipped: 'binary file', summary: emptySummary() };
        if (target.syntax === 'csv') csvDelimiter = csvDelimiterOfBytes(target.file, buffer.subarray(0, read));
      }
      if (read === 0) {
        if (carry.length > 0) await dispatch(carry);
        break;
      }
      const whole = wholeRecordsEnd(buffer, filled, csvDelimiter);
      if (whole === 0 && filled <= MAX_LINE_BYTES) {
        carry = buffer.subarray(0, filled);
        continue;
      }
      // A line longer than MAX_LINE_BYTES is cut anyway: a pathological file must not grow memory without bound.
      const cut = whole === 0 ? filled : whole;
      carry = buffer.slice(cut, filled);
      await dispatch(buffer.subarray(0, cut));
    }
  } finally {
    fs.closeSync(fd);
  }
  await scans.done();
  const { findings, summary, omitted } = collector.result();
  const format = target.syntax === 'jsonl' ? 'dataset-jsonl' : target.syntax === 'csv' ? 'dataset-csv' : 'dataset-json';
  return { path: target.reportPath, format, findings, summary, ...(omitted.length > 0 ? { omitted } : {}) };
}
