import type { Finding, FormatId, Severity } from '../engine/types';
import { LineIndex } from '../engine/text/line-index';

/** One finding as the CLI reports it: 1-based lines and columns (UTF-16 code units). */
export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fingerprint?: string;
}

/** Findings of one rule in a file beyond those listed (a streamed dataset lists a bounded number per rule). */
export interface OmittedFindings {
  ruleId: string;
  severity: Severity;
  count: number;
}

export interface FileReport {
  /** Relative to the current directory, `/` separators. */
  path: string;
  format: FormatId;
  findings: ReportedFinding[];
  omitted?: OmittedFindings[];
  /** Why the file was not checked (binary, too large, unreadable). */
  skipped?: string;
}

export function toReportedFindings(text: string, findings: readonly Finding[]): ReportedFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const start = index.position(f.start);
    const end = index.position(f.end);
    return {
      ruleId: f.ruleId, severity: f.severity,
      line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
      message: f.message, fingerprint: f.fingerprint,
    };
  });
}

export function hasErrors(reports: readonly FileReport[]): boolean {
  return reports.some((r) => r.findings.some((f) => f.severity === 'error'));
}
