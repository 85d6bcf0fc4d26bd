import type { Cancellation, Finding } from '../types';
import { neverCancelled } from '../types';
import type { PiiKind } from '../pii/pii-kind';
import { PiiTextScan } from '../pii/scan-pii-text';
import { ChunkTriggers } from './chunk-triggers';
import { sensitiveField } from '../pii/sensitive-field';
import { csvHeader, forEachJsonKey, isKeyName, type KeyHit } from './record-keys';
import { piiFinding, sensitiveFieldFinding } from './pii-findings';
import { readJsonEscapes } from './json-escapes';
import { foldCompatibilityForms } from '../text/compatibility-forms';
import { forEachCsvRecord } from './csv-records';
import { csvDelimiterOf, type CsvDelimiter } from './csv-delimiter';
import { withColumnLabels } from './csv-column-labels';
import type { SecretKeywordPass } from './secret-keywords';
import type { SecretLineScanner } from './secret-lines';

export type DatasetSyntax = 'jsonl' | 'json' | 'csv';

/** Per-file state carried from chunk to chunk (CSV header and delimiter, fields already reported). */
export interface DatasetScanState {
  syntax: DatasetSyntax;
  /** Workspace-relative path, for fingerprints and for the secrets engine's syntax detection. */
  path: string;
  headerDone: boolean;
  /** The CSV header's column names, read from the header line or given for a later chunk. */
  columns?: readonly string[];
  /** The CSV file's delimiter, read from the start of the first chunk or given for a later chunk. */
  csvDelimiter?: CsvDelimiter;
  reportedFields: Set<string>;
}

export interface DatasetScanOptions {
  /**
   * Also look for secrets (CLI and background scans; the editor's small-file path has scanSecrets
   * already). A `SecretLineScanner` runs the engine on the candidate lines; a bare keyword pass
   * (a dataset worker) returns them in `secretLines` for the engine to run elsewhere.
   */
  secrets?: SecretKeywordPass | SecretLineScanner;
  cancellation?: Cancellation;
}

export interface ChunkResult {
  /** Offsets relative to the chunk text. */
  findings: Finding[];
  counts: Partial<Record<PiiKind, number>>;
  records: number;
  /** Start offsets (ascending) of the lines still to scan for secrets, when `secrets` was a bare keyword pass. */
  secretLines?: number[];
}

/** Known keys compared in place per name length; beyond that many, keys are looked up by name. */
const KNOWN_KEYS_PER_LENGTH = 8;

export function newScanState(path: string, syntax: DatasetSyntax): DatasetScanState {
  return { syntax, path, headerDone: false, reportedFields: new Set() };
}

/**
 * Scan one chunk of a dataset made of whole lines (the chunker never splits a record's line).
 * Pure: text in, findings out. Personal data from the detectors, sensitive field names from
 * record keys or the CSV header, and secrets through the secrets engine on candidate lines.
 */
export function scanDatasetChunk(text: string, state: DatasetScanState, options: DatasetScanOptions = {}): ChunkResult {
  const cancellation = options.cancellation ?? neverCancelled;
  const findings: Finding[] = [];
  const counts: Partial<Record<PiiKind, number>> = {};
  const secretLines = new Set<number>();

  const onKey = (hit: KeyHit, offset: number) => {
    if (options.secrets?.isSecretKey(hit.key)) secretLines.add(text.lastIndexOf('\n', hit.start + offset) + 1);
    if (state.reportedFields.has(hit.key)) return;
    state.reportedFields.add(hit.key);
    const field = sensitiveField(hit.key);
    if (!field) return;
    counts['sensitive-field'] = (counts['sensitive-field'] ?? 0) + 1;
    findings.push(sensitiveFieldFinding(hit.key, field.category, hit.start + offset, hit.end + offset, state.path));
  };
  const chunkTriggers = ChunkTriggers.for(options.secrets);
  const triggers = chunkTriggers.prescan(text, state.syntax !== 'csv');
  let headerLines = 0;
  // A later chunk is given its file's delimiter: one read from the chunk's own start is a guess.
  const csvDelimiter = state.syntax === 'csv' ? (state.csvDelimiter ??= csvDelimiterOf(state.path, text)) : ',';
  if (state.syntax === 'csv') {
    if (!state.headerDone) {
      headerLines = 1;
      state.headerDone = true;
      const headerEnd = text.indexOf('\n');
      const header = text.slice(0, headerEnd === -1 ? text.length : headerEnd);
      const columns = csvHeader(header, csvDelimiter);
      state.columns = columns.map((hit) => hit.key);
      for (const hit of columns) if (hit.key) onKey(hit, 0);
    }
  } else if (triggers?.keys) {
    // The byte pass leaves out the keys judged uninteresting in earlier chunks: only new, sensitive
    // and secret-bearing keys come back (a key longer than 64 characters is no key name).
    const keys = triggers.keys;
    const judged = new Set<string>();
    for (let i = 0; i < keys.length; i += 2) {
      const start = keys[i];
      const end = keys[i + 1];
      if (end - start > 64) continue;
      const key = text.slice(start, end);
      const named = isKeyName(key);
      if (named) onKey({ key, start, end }, 0);
      if (judged.has(key)) continue;
      judged.add(key);
      if (!named || (!options.secrets?.isSecretKey(key) && !sensitiveField(key))) chunkTriggers.skipKey(key);
    }
  } else {
    forEachKnownJsonKey(text, options.secrets, secretLines, onKey);
  }

  // Personal data is looked for in the text as JSON reads it (same offsets): a number after an
  // escaped line break (`"SSN:\n727-…"`) does not touch the letter n. No-break spaces, full-width
  // and other scripts' digits are read as ASCII (`foldCompatibilityForms`), and their numbers found
  // by a byte pass over that reading (so are numbers written with `\\u` escapes, which the first pass did not see).
  const read = state.syntax === 'csv' ? { text, unicodeEscapes: false, escapedNumbers: false } : readJsonEscapes(text);
  const piiText = foldCompatibilityForms(read.text, triggers?.ascii === true && !read.unicodeEscapes);
  const numberTriggers = piiText === read.text && !read.escapedNumbers ? triggers : chunkTriggers.prescan(piiText, false);
  const pii = new PiiTextScan(piiText);
  pii.regexPasses(cancellation, numberTriggers);
  if (!cancellation.isCancellationRequested) chunkTriggers.scan(text, pii, secretLines, triggers);
  let detections = pii.detections();
  if (state.syntax === 'csv' && state.columns?.length) {
    const firstRow = headerLines === 0 ? 0 : text.indexOf('\n') + 1 || text.length;
    detections = withColumnLabels(text, firstRow, state.columns, csvDelimiter, detections);
  }
  for (const detection of detections) {
    counts[detection.kind] = (counts[detection.kind] ?? 0) + 1;
    findings.push(piiFinding(detection, text, state.path));
  }
  let pendingLines: number[] | undefined;
  if (options.secrets && 'scanLines' in options.secrets) findings.push(...options.secrets.scanLines(text, secretLines, state.path, cancellation));
  else if (options.secrets) pendingLines = [...secretLines].sort((a, b) => a - b);
  findings.sort((a, b) => a.start - b.start);
  return { findings, counts, records: countRecords(text, state) - headerLines, ...(pendingLines ? { secretLines: pendingLines } : {}) };
}

/**
 * The JSON keys of a chunk without the byte pass. Keys repeat in every record: each distinct key
 * is judged once. A later sighting is recognised in place among the few known keys of its length
 * (no string made for it); datasets with many distinct keys fall back to a lookup by name.
 */
function forEachKnownJsonKey(text: string, secrets: DatasetScanOptions['secrets'], secretLines: Set<number>, onKey: (hit: KeyHit, offset: number) => void): void {
  const knownByLength = new Map<number, { key: string; secret: boolean }[]>();
  const knownByName = new Map<string, boolean>();
  forEachJsonKey(text, (start, end) => {
    const known = knownByLength.get(end - start);
    if (known) {
      for (const entry of known) {
        if (!text.startsWith(entry.key, start)) continue;
        if (entry.secret) secretLines.add(text.lastIndexOf('\n', start) + 1);
        return;
      }
    }
    const key = text.slice(start, end);
    let secret = knownByName.get(key);
    if (secret !== undefined) {
      if (secret) secretLines.add(text.lastIndexOf('\n', start) + 1);
      return;
    }
    const named = isKeyName(key);
    secret = named && (secrets?.isSecretKey(key) ?? false);
    if (!known) knownByLength.set(end - start, [{ key, secret }]);
    else if (known.length < KNOWN_KEYS_PER_LENGTH) known.push({ key, secret });
    else knownByName.set(key, secret);
    if (named) onKey({ key, start, end }, 0);
  });
}

function countRecords(text: string, state: DatasetScanState): number {
  if (state.syntax === 'json') {
    // Records of a JSON array: objects opening a line at array-item indentation (approximate for odd layouts).
    return text.match(/^[ \t]{0,4}\[?\s*\{/gm)?.length ?? 0;
  }
  let n = 0;
  const count = (start: number, end: number) => {
    if (end - start > 1 || (end > start && text[start] !== '\r')) n++;
  };
  // A CSV record's quoted cells may hold line breaks; a JSONL record is a line.
  if (state.syntax === 'csv') forEachCsvRecord(text, 0, text.length, count, state.csvDelimiter);
  else forEachLine(text, count);
  return n;
}

function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    visit(start, end);
    start = end + 1;
  }
}
