import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocUrl } from '../../../schemas/rule-catalogue';
import type { Policy } from '../../../schemas/policy';
import type { PlacedFinding } from '../engine/datasets/chunk-report';
import { datasetSyntaxOf } from '../engine/datasets/dataset-syntax';
import { effectiveSeverity } from '../engine/policy/severity';
import { ruleById } from '../engine/rules/catalogue';
import type { DatasetWorkerPool } from '../cli/dataset-worker-pool';
import { safeMessage, type Logger } from './logger';
import { SHIPPED_DOCS_BASE } from './rule-docs-location';
import { capDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticData } from './to-diagnostic';

/** Open datasets above this are scanned in the background on a worker, never on the request path. */
export const BACKGROUND_SCAN_ABOVE_CHARS = 1024 * 1024;
/** Characters per chunk handed to the worker: the first chunk's findings show within a moment. */
const CHUNK_CHARS = 2 * 1024 * 1024;

/** Code of the informational diagnostic shown while a background scan runs. */
export const SCAN_IN_PROGRESS = 'tuneguard/scan-in-progress';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

interface Scan {
  version: number;
  diagnostics: Diagnostic[];
  done: boolean;
  cancelled: boolean;
  /** Characters scanned so far, of `total`. */
  scanned: number;
  total: number;
  seenFields: Set<string>;
}

/**
 * Diagnostics of large open datasets (JSONL, CSV, JSON): the text is cut into line-aligned
 * chunks scanned on the worker pool, so the server keeps answering for other documents. Results
 * arrive chunk by chunk; `onProgress` asks the client to pull again after the first chunk and at
 * the end. A new version cancels the old scan.
 */
export class DatasetDiagnostics {
  private readonly scans = new Map<string, Scan>();

  constructor(private readonly pool: () => DatasetWorkerPool, private readonly log: Logger, private readonly onProgress: () => void) {}

  handles(document: TextDocument, path: string): boolean {
    return datasetSyntaxOf(path) !== undefined && document.getText().length > BACKGROUND_SCAN_ABOVE_CHARS;
  }

  /** Diagnostics found so far (capped), starting a scan for a new version. */
  diagnose(document: TextDocument, path: string, policy: Policy, max: number): Diagnostic[] {
    let scan = this.scans.get(document.uri);
    if (!scan || scan.version !== document.version) {
      if (scan) scan.cancelled = true;
      scan = { version: document.version, diagnostics: [], done: false, cancelled: false, scanned: 0, total: document.getText().length, seenFields: new Set() };
      this.scans.set(document.uri, scan);
      void this.run(scan, document.getText(), path, policy, document.uri);
    }
    const shown = capDiagnostics([...scan.diagnostics], max);
    if (!scan.done) {
      shown.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: SCAN_IN_PROGRESS,
        message: `Scanning this dataset in the background (${Math.floor((100 * scan.scanned) / Math.max(1, scan.total))}% done); findings so far are shown.`,
      });
    }
    return shown;
  }

  forget(uri: string): void {
    const scan = this.scans.get(uri);
    if (scan) scan.cancelled = true;
    this.scans.delete(uri);
  }

  private async run(scan: Scan, text: string, path: string, policy: Policy, uri: string): Promise<void> {
    const started = Date.now();
    const syntax = datasetSyntaxOf(path)!;
    let start = 0;
    let line = 0;
    let first = true;
    let reported = false;
    const jobs = new Set<Promise<void>>();
    try {
      while (start < text.length && !scan.cancelled) {
        let end = Math.min(text.length, start + CHUNK_CHARS);
        if (end < text.length) {
          const newline = text.lastIndexOf('\n', end);
          end = newline > start ? newline + 1 : end;
        }
        const chunk = text.slice(start, end);
        const baseLine = line;
        for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) line++;
        const pool = this.pool();
        while (pool.inFlight >= pool.capacity) await Promise.race(jobs);
        const job: Promise<void> = pool.run({ path, syntax, first, text: chunk, secrets: true }).then((report) => {
          if (scan.cancelled) return;
          scan.scanned += chunk.length;
          this.add(scan, report.findings, baseLine, path, policy);
          if (!reported) {
            reported = true;
            this.onProgress();
          }
        }).finally(() => jobs.delete(job));
        jobs.add(job);
        first = false;
        start = end;
      }
      await Promise.all([...jobs]);
    } catch (error) {
      this.log.warn(`Background scan of ${uri.split('/').pop()} failed: ${safeMessage(error)}`);
    }
    if (scan.cancelled) return;
    scan.done = true;
    this.log.info(`Scanned ${uri.split('/').pop()} in the background in ${Date.now() - started} ms: ${scan.diagnostics.length} finding(s)`);
    this.onProgress();
  }

  private add(scan: Scan, findings: readonly PlacedFinding[], baseLine: number, path: string, policy: Policy): void {
    for (const f of findings) {
      if (f.ruleId === 'pii/sensitive-field') {
        if (scan.seenFields.has(f.fingerprint ?? f.message)) continue;
        scan.seenFields.add(f.fingerprint ?? f.message);
      }
      const severity = effectiveSeverity(policy, f.ruleId, path, ruleById(f.ruleId)?.defaultSeverity ?? f.severity);
      if (severity === 'off') continue;
      const data: DiagnosticData = { ruleId: f.ruleId, fingerprint: f.fingerprint };
      scan.diagnostics.push({
        range: { start: { line: baseLine + f.line, character: f.column }, end: { line: baseLine + f.endLine, character: f.endColumn } },
        severity: SEVERITY[severity], source: DIAGNOSTIC_SOURCE, code: f.ruleId,
        codeDescription: { href: ruleDocUrl(f.ruleId, SHIPPED_DOCS_BASE) }, message: f.message, data,
      });
    }
    scan.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}
