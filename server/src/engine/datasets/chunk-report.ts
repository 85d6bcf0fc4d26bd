import { LineIndex } from '../text/line-index';
import type { Finding } from '../types';
import type { PiiKind } from '../pii/pii-kind';
import { newScanState, scanDatasetChunk, type DatasetSyntax } from './scan-dataset-chunk';
import type { SecretLineScanner } from './secret-lines';

/** A finding placed by line (0-based, relative to the chunk's first line) and UTF-16 column. */
export interface PlacedFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  fingerprint?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ChunkReport {
  findings: PlacedFinding[];
  counts: Partial<Record<PiiKind, number>>;
  records: number;
}

export interface ChunkJob {
  path: string;
  syntax: DatasetSyntax;
  /** The chunk holds the file's first line (CSV header). */
  first: boolean;
  text: string;
}

/**
 * Scan one line-aligned chunk and place its findings by line and column, so the caller only
 * adds the chunk's first line number. Used by the CLI's workers and the server's background scan.
 */
export function scanChunkToReport(job: ChunkJob, secrets: SecretLineScanner | undefined): ChunkReport {
  const state = newScanState(job.path, job.syntax);
  state.headerDone = !job.first;
  const result = scanDatasetChunk(job.text, state, { secrets });
  const index = new LineIndex(job.text);
  const findings = result.findings.map((f) => {
    const start = index.position(f.start);
    const end = index.position(f.end);
    return {
      ruleId: f.ruleId, severity: f.severity, message: f.message, fingerprint: f.fingerprint,
      line: start.line, column: start.character, endLine: end.line, endColumn: end.character,
    };
  });
  return { findings, counts: result.counts, records: result.records };
}
