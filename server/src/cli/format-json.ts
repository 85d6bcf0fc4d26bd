import type { FileReport } from './report';

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    format: r.format,
    ...(r.skipped ? { skipped: r.skipped } : {}),
    findings: r.findings.map(({ ruleId, severity, line, column, endLine, endColumn, message, fingerprint }) => ({
      ruleId, severity, line, column, endLine, endColumn, message, ...(fingerprint ? { fingerprint } : {}),
    })),
    ...(r.omitted ? { omitted: r.omitted } : {}),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
