import { stat } from 'node:fs/promises';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocUrl } from '../../../schemas/rule-catalogue';
import type { Policy } from '../../../schemas/policy';
import type { PlacedFinding } from '../engine/datasets/chunk-report';
import { datasetSyntaxOf } from '../engine/datasets/dataset-syntax';
import { csvDelimiterOf } from '../engine/datasets/csv-delimiter';
import { ChunkFindingJudge } from '../engine/datasets/chunk-finding-judge';
import { acceptsFingerprints, isAcceptedFinding } from '../engine/secrets/accepted-finding';
import { ChunkScans } from '../cli/chunk-scans';
import type { DatasetWorkerPool } from '../cli/dataset-worker-pool';
import { safeMessage, type Logger } from './logger';
import { SHIPPED_DOCS_BASE } from './rule-docs-location';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './to-diagnostic';
import { BoundedDiagnostics } from './bounded-diagnostics';
import { BinaryFileError, fileChunks, textChunks, type DatasetChunk } from './dataset-chunks';

/** Open datasets above this are scanned in the background on a worker, never on the request path. */
export const BACKGROUND_SCAN_ABOVE_CHARS = 1024 * 1024;

/** Code of the informational diagnostic shown while a background scan runs. */
export const SCAN_IN_PROGRESS = 'tuneguard/scan-in-progress';
/** Code of the informational diagnostic of a dataset that could not be scanned. */
export const SCAN_FAILED = 'tuneguard/scan-failed';
/** While a scan runs, ask the client to pull again at most this often (the progress note moves). */
const REFRESH_EVERY_MS = 2000;

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What findings are judged by: the file's workspace path, its policy and its folder's baseline. */
interface ScanContext {
  path: string;
  policy: Policy;
  baseline?: ReadonlySet<string>;
}

interface Scan {
  /** The document version scanned, or undefined for a scan of the file on disk. */
  version: number | undefined;
  found: BoundedDiagnostics;
  done: boolean;
  cancelled: boolean;
  /** Characters (or bytes, from disk) scanned so far, of `total`. */
  scanned: number;
  total: number;
  failure?: string;
}

/**
 * Diagnostics of large datasets (JSONL, CSV, JSON): open documents' text, or the saved file on
 * disk for the datasets the client does not sync, is cut into line-aligned chunks scanned on the
 * worker pool, so the server keeps answering for other documents. Results arrive chunk by chunk;
 * `onProgress` asks the client to pull again after the first chunk, now and then, and at the
 * end. A new version (or a save) cancels the old scan.
 */
export class DatasetDiagnostics {
  private readonly scans = new Map<string, Scan>();

  /** `trusted`: whether the workspace is trusted; the policy's custom secret patterns run only then. */
  constructor(private readonly pool: () => DatasetWorkerPool, private readonly log: Logger, private readonly onProgress: () => void, private readonly trusted: () => boolean = () => false) {}

  handles(document: TextDocument, path: string): boolean {
    return datasetSyntaxOf(path) !== undefined && document.getText().length > BACKGROUND_SCAN_ABOVE_CHARS;
  }

  /** Diagnostics of an open document found so far (capped), starting a scan for a new version. */
  diagnose(document: TextDocument, path: string, policy: Policy, max: number, baseline?: ReadonlySet<string>): Diagnostic[] {
    let scan = this.scans.get(document.uri);
    if (!scan || scan.version !== document.version) {
      const text = document.getText();
      scan = this.start(document.uri, document.version, text.length, max);
      const csvDelimiter = datasetSyntaxOf(path) === 'csv' ? csvDelimiterOf(path, text) : undefined;
      void this.run(scan, textChunks(text, csvDelimiter), { path, policy, baseline }, document.uri);
    }
    return this.shown(scan, 'findings so far are shown');
  }

  /** Scan (again) the saved file of a dataset the client does not sync. */
  async openFromDisk(uri: string, fsPath: string, path: string, policy: Policy, max: number, baseline?: ReadonlySet<string>): Promise<void> {
    if (!datasetSyntaxOf(path)) return;
    const scan = this.start(uri, undefined, 0, max);
    try {
      scan.total = (await stat(fsPath)).size;
    } catch (error) {
      scan.failure = `Could not read this dataset from disk: ${readFailure(error)}.`;
      scan.done = true;
      this.onProgress();
      return;
    }
    await this.run(scan, fileChunks(fsPath, datasetSyntaxOf(path) === 'csv'), { path, policy, baseline }, uri);
  }

  /** Diagnostics of a dataset scanned from disk, or undefined when the server scans no such file. */
  fromDisk(uri: string): Diagnostic[] | undefined {
    const scan = this.scans.get(uri);
    return scan && scan.version === undefined ? this.shown(scan, 'the file is checked as saved on disk, and again on each save') : undefined;
  }

  /** Datasets scanned from disk, for clients that get diagnostics pushed. */
  diskUris(): string[] {
    return [...this.scans].filter(([, scan]) => scan.version === undefined).map(([uri]) => uri);
  }

  forget(uri: string): void {
    const scan = this.scans.get(uri);
    if (scan) scan.cancelled = true;
    this.scans.delete(uri);
  }

  private start(uri: string, version: number | undefined, total: number, max: number): Scan {
    this.forget(uri);
    const scan: Scan = { version, found: new BoundedDiagnostics(max), done: false, cancelled: false, scanned: 0, total };
    this.scans.set(uri, scan);
    return scan;
  }

  private shown(scan: Scan, note: string): Diagnostic[] {
    const shown = scan.found.shown();
    const info = (code: string, message: string): Diagnostic => ({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code, message,
    });
    if (scan.failure) shown.push(info(SCAN_FAILED, scan.failure));
    else if (!scan.done) {
      const percent = Math.floor((100 * scan.scanned) / Math.max(1, scan.total));
      shown.push(info(SCAN_IN_PROGRESS, `Scanning this dataset in the background (${percent}% done); ${note}.`));
    }
    return shown;
  }

  private async run(scan: Scan, chunks: Iterable<DatasetChunk> | AsyncIterable<DatasetChunk>, context: ScanContext, uri: string): Promise<void> {
    const started = Date.now();
    const { path } = context;
    const syntax = datasetSyntaxOf(path)!;
    const judge = new ChunkFindingJudge(context.policy, path);
    const customPatterns = this.trusted() ? context.policy.secrets.customPatterns : [];
    const name = uri.split('/').pop();
    let refreshed = 0;
    // Past the first `max` by position a finding is only counted: a chunk may drop the findings of a
    // rule beyond `max` itself (each has `max` of its rule before it), unless some are accepted by
    // fingerprint and so would not take a place.
    const maxFindingsPerRule = acceptsFingerprints(context.policy, context.baseline) ? undefined : scan.found.capacity;
    const scans = new ChunkScans(this.pool());
    try {
      for await (const chunk of chunks) {
        if (scan.cancelled) break;
        await scans.add({ path, syntax, text: chunk.text, bytes: chunk.bytes, csvDelimiter: chunk.csvDelimiter, secrets: true, customPatterns, maxFindingsPerRule }, (report) => {
          if (scan.cancelled) return;
          scan.scanned += chunk.size;
          scan.found.add(this.toDiagnostics(judge, report.findings, chunk.baseLine, context));
          for (const [rule, count] of Object.entries(report.omitted ?? {})) if (judge.severity(rule) !== 'off') scan.found.hide(rule, count);
          if (Date.now() - refreshed >= REFRESH_EVERY_MS) {
            refreshed = Date.now();
            this.onProgress();
          }
        });
      }
      await scans.done();
    } catch (error) {
      await scans.settled();
      scan.failure = error instanceof BinaryFileError ? 'Not scanned: the file holds NUL bytes, so it is binary, not a text dataset.'
        : (error as NodeJS.ErrnoException).code ? `Could not read this dataset from disk: ${readFailure(error)}.` : 'The background scan failed; see the Tuneguard log.';
      this.log.warn(`Background scan of ${name} failed: ${safeMessage(error)}`);
    }
    if (scan.cancelled) return;
    scan.done = true;
    this.log.info(`Scanned ${name} in the background in ${Date.now() - started} ms: ${scan.found.size} finding(s)`);
    this.onProgress();
  }

  private toDiagnostics(judge: ChunkFindingJudge, findings: readonly PlacedFinding[], baseLine: number, { path, policy, baseline }: ScanContext): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    for (const f of findings) {
      if (isAcceptedFinding(f, path, policy, baseline)) continue;
      const severity = judge.judge(f);
      if (severity === 'repeat' || severity === 'off') continue;
      const data: DiagnosticData = { ruleId: f.ruleId, fingerprint: f.fingerprint };
      diagnostics.push({
        range: { start: { line: baseLine + f.line, character: f.column }, end: { line: baseLine + f.endLine, character: f.endColumn } },
        severity: SEVERITY[severity], source: DIAGNOSTIC_SOURCE, code: f.ruleId,
        codeDescription: { href: ruleDocUrl(f.ruleId, SHIPPED_DOCS_BASE) }, message: f.message, data,
      });
    }
    return diagnostics;
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  if (code === 'EISDIR') return 'it is a folder (EISDIR)';
  return code ?? 'unknown error';
}
