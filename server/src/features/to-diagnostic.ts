import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocUrl } from '../../../schemas/rule-catalogue';
import { SHIPPED_DOCS_BASE } from './rule-docs-location';
import type { Finding, FixHint, Severity } from '../engine/types';

export const DIAGNOSTIC_SOURCE = 'tuneguard';

/** What code actions need from a diagnostic; dispatch is on ruleId, never on the message. */
export interface DiagnosticData {
  ruleId: string;
  fingerprint?: string;
  fix?: FixHint;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, fingerprint: finding.fingerprint, fix: finding.fix };
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId, SHIPPED_DOCS_BASE) },
    message: finding.message,
    data,
  };
}

/** At most `max` diagnostics, plus one that says how many more there are, by rule. */
export function capDiagnostics(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const byRule = new Map<string, number>();
  for (const d of diagnostics.slice(max)) byRule.set(String(d.code), (byRule.get(String(d.code)) ?? 0) + 1);
  return [...diagnostics.slice(0, max), moreFindingsDiagnostic(byRule)];
}

/** The summary shown in place of the findings over the cap: "312 more findings not shown (...)". */
export function moreFindingsDiagnostic(hiddenByRule: ReadonlyMap<string, number>): Diagnostic {
  let hidden = 0;
  for (const n of hiddenByRule.values()) hidden += n;
  const summary = [...hiddenByRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${n} ${rule}`).join(', ');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'tuneguard/more-findings',
    message: `${hidden} more findings not shown (${summary}). Run \`tuneguard check\` for the full list or raise tuneguard.maxFindingsPerFile.`,
  };
}
