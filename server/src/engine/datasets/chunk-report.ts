import { LineIndex } from '../text/line-index';
import { addCounts } from './dataset-summary';
import type { Finding } from '../types';
import type { PiiKind } from '../pii/pii-kind';
import { newScanState, scanDatasetChunk, type DatasetSyntax } from './scan-dataset-chunk';
import type { SecretKeywordPass } from './secret-keywords';
import type { CsvDelimiter } from './csv-delimiter';
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
  /** Line feeds in the chunk: how far it advances the line counter. */
  lines: number;
  /** Findings beyond `ChunkJob.maxFindingsPerRule`, by rule. */
  omitted?: Record<string, number>;
  /**
   * Lines still to go through the secrets engine (a worker's bare keyword pass found them);
   * `finishSecretLines` scans them where the engine is loaded and merges their findings.
   */
  secretLines?: { line: number; text: string }[];
}

export interface ChunkJob {
  path: string;
  syntax: DatasetSyntax;
  /** The chunk holds the file's first line (CSV header). */
  first: boolean;
  /** A CSV file's column names, from its header (which only the first chunk holds). */
  columns?: readonly string[];
  /** A CSV file's delimiter, read once from its start, so every chunk splits cells as the header was split. */
  csvDelimiter?: CsvDelimiter;
  /**
   * Personal-data findings kept per rule (the rest counted in `omitted`), when the caller lists no
   * more than that per file and accepts none by fingerprint: a chunk full of personal data then
   * carries a bounded report across threads.
   */
  maxFindingsPerRule?: number;
  text: string;
}

/**
 * Scan one line-aligned chunk and place its findings by line and column, so the caller only
 * adds the chunk's first line number. Used by the CLI's workers and the server's background scan.
 */
export function scanChunkToReport(job: ChunkJob, secrets: SecretKeywordPass | SecretLineScanner | undefined): ChunkReport {
  const state = newScanState(job.path, job.syntax);
  state.headerDone = !job.first;
  state.columns = job.columns;
  state.csvDelimiter = job.csvDelimiter;
  const text = job.text;
  const result = scanDatasetChunk(text, state, { secrets });
  const report: ChunkReport = { findings: [], counts: result.counts, records: result.records, lines: countLineFeeds(text) };
  if (result.findings.length === 0 && !result.secretLines?.length) return report;
  const index = new LineIndex(text);
  const kept = job.maxFindingsPerRule === undefined ? result.findings : capPersonalData(result.findings, job.maxFindingsPerRule, report);
  report.findings = kept.map((f) => place(f, index));
  if (result.secretLines?.length) {
    report.secretLines = result.secretLines.map((start) => {
      const end = text.indexOf('\n', start);
      return { line: index.position(start).line, text: text.slice(start, end === -1 ? text.length : end) };
    });
  }
  return report;
}

/** At most `max` findings per personal-data rule (sensitive field names, few and judged across chunks, all kept); the rest counted in `report.omitted`. */
function capPersonalData(findings: readonly Finding[], max: number, report: ChunkReport): Finding[] {
  const listed = new Map<string, number>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const n = listed.get(f.ruleId) ?? 0;
    if (n < max || !f.ruleId.startsWith('pii/') || f.ruleId === 'pii/sensitive-field') {
      listed.set(f.ruleId, n + 1);
      kept.push(f);
    } else {
      report.omitted ??= {};
      report.omitted[f.ruleId] = (report.omitted[f.ruleId] ?? 0) + 1;
    }
  }
  return kept;
}

function place(f: Finding, index: LineIndex): PlacedFinding {
  const start = index.position(f.start);
  const end = index.position(f.end);
  return {
    ruleId: f.ruleId, severity: f.severity, message: f.message, fingerprint: f.fingerprint,
    line: start.line, column: start.character, endLine: end.line, endColumn: end.character,
  };
}

/** Run the secrets engine on the lines a worker left (`secretLines`) and merge their findings in position order. */
export function finishSecretLines(report: ChunkReport, scanner: SecretLineScanner, path: string): ChunkReport {
  const pending = report.secretLines;
  if (!pending) return report;
  const findings = [...report.findings];
  for (const { line, text } of pending) {
    const index = new LineIndex(text);
    for (const f of scanner.scanLines(text, [0], path)) {
      const placed = place(f, index);
      findings.push({ ...placed, line: placed.line + line, endLine: placed.endLine + line });
    }
  }
  // Stable: at one position personal data stays before secrets, as one in-place scan orders them.
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const { secretLines: _done, ...rest } = report;
  return { ...rest, findings };
}

/** The report of two consecutive pieces of one chunk, as if scanned together (secret lines finished). */
export function appendReport(a: ChunkReport, b: ChunkReport): ChunkReport {
  const counts = { ...a.counts };
  addCounts(counts, b.counts);
  const shifted = b.findings.map((f) => ({ ...f, line: f.line + a.lines, endLine: f.endLine + a.lines }));
  const joined: ChunkReport = { findings: [...a.findings, ...shifted], counts, records: a.records + b.records, lines: a.lines + b.lines };
  if (a.omitted || b.omitted) {
    joined.omitted = { ...a.omitted };
    addCounts(joined.omitted, b.omitted ?? {});
  }
  return joined;
}

function countLineFeeds(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
