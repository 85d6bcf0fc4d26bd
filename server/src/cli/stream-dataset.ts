import * as fs from 'node:fs';
import type { Policy } from '../../../schemas/policy';
import type { ChunkReport } from '../engine/datasets/chunk-report';
import { countNewlines, LineChunker } from '../engine/datasets/line-chunker';
import type { DatasetSyntax } from '../engine/datasets/scan-dataset-chunk';
import { effectiveSeverity } from '../engine/policy/severity';
import { ruleById } from '../engine/rules/catalogue';
import type { DatasetWorkerPool } from './dataset-worker-pool';
import type { FileReport, ReportedFinding } from './report';
import { addCounts, emptySummary, type DatasetSummary } from '../engine/datasets/dataset-summary';

/** Bytes read per chunk: big enough to amortise per-chunk work, small enough to bound memory. */
const CHUNK_BYTES = 2 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8000;

export interface StreamTarget {
  file: string;
  /** As reported (relative to cwd). */
  reportPath: string;
  /** As the policy sees it (relative to the policy root), for severities and fingerprints. */
  policyPath: string;
  syntax: DatasetSyntax;
}

/**
 * Check a data file of any size in bounded memory: read fixed-size chunks, cut them at line ends,
 * scan them on the worker pool (at most `pool.capacity` chunks in flight), and place findings by
 * adding each chunk's first line number.
 */
export interface StreamedReport extends FileReport {
  summary: DatasetSummary;
}

export async function streamDataset(target: StreamTarget, policy: Policy, pool: DatasetWorkerPool, isCancelled: () => boolean = () => false): Promise<StreamedReport> {
  const summary = emptySummary();
  const fd = fs.openSync(target.file, 'r');
  const findings: ReportedFinding[] = [];
  const seenFields = new Set<string>();
  const pending = new Set<Promise<void>>();
  const chunker = new LineChunker();
  let nextLine = 0;
  let first = true;

  const collect = (report: ChunkReport, baseLine: number) => {
    summary.records += report.records;
    addCounts(summary.counts, report.counts);
    for (const f of report.findings) {
      if (f.ruleId === 'pii/sensitive-field') {
        if (seenFields.has(f.fingerprint ?? f.message)) { // each worker reports its first sighting
          summary.counts['sensitive-field'] = (summary.counts['sensitive-field'] ?? 1) - 1;
          continue;
        }
        seenFields.add(f.fingerprint ?? f.message);
      }
      const severity = effectiveSeverity(policy, f.ruleId, target.policyPath, ruleById(f.ruleId)?.defaultSeverity ?? f.severity);
      if (severity === 'off') continue;
      if (f.ruleId.startsWith('secrets/')) summary.secrets++;
      findings.push({
        ruleId: f.ruleId, severity, message: f.message, fingerprint: f.fingerprint,
        line: baseLine + f.line + 1, column: f.column + 1, endLine: baseLine + f.endLine + 1, endColumn: f.endColumn + 1,
      });
    }
  };
  const dispatch = async (bytes: Uint8Array) => {
    const baseLine = nextLine;
    nextLine += countNewlines(bytes);
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    while (pool.inFlight >= pool.capacity && pending.size > 0) await Promise.race(pending);
    const job = pool.run({ path: target.policyPath, syntax: target.syntax, first, bytes: own, secrets: true }).then((r) => collect(r, baseLine));
    first = false;
    const tracked = job.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };

  try {
    for (;;) {
      if (isCancelled()) throw new Error('cancelled');
      const buffer = new Uint8Array(CHUNK_BYTES);
      const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      if (first && nextLine === 0 && buffer.subarray(0, Math.min(read, BINARY_SNIFF_BYTES)).includes(0)) {
        return { path: target.reportPath, format: 'unknown', findings: [], skipped: 'binary file', summary };
      }
      const whole = chunker.push(read === CHUNK_BYTES ? buffer : buffer.subarray(0, read));
      if (whole) await dispatch(whole);
    }
    const rest = chunker.end();
    if (rest) await dispatch(rest);
    await Promise.all(pending);
  } finally {
    fs.closeSync(fd);
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const format = target.syntax === 'jsonl' ? 'dataset-jsonl' : target.syntax === 'csv' ? 'dataset-csv' : 'dataset-json';
  return { path: target.reportPath, format, findings, summary };
}
