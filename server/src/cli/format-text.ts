import type { FileReport } from './report';

/** Compiler-style lines (`path:line:col: severity rule: message`), clickable in terminals and editors. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    if (report.skipped) lines.push(`${report.path}: skipped (${report.skipped})`);
    const count = (severity: string, n: number) => {
      if (severity === 'error') errors += n;
      else if (severity === 'warning') warnings += n;
      else infos += n;
    };
    for (const f of report.findings) {
      lines.push(`${report.path}:${f.line}:${f.column}: ${f.severity} ${f.ruleId}: ${f.message}`);
      count(f.severity, 1);
    }
    for (const more of report.omitted ?? []) {
      lines.push(`${report.path}: ${more.count} more ${more.severity} ${more.ruleId} finding(s) not listed.`);
      count(more.severity, more.count);
    }
  }
  const total = errors + warnings + infos;
  lines.push(total === 0
    ? `No findings in ${reports.length} file(s).`
    : `${total} finding(s) in ${reports.length} file(s): ${errors} error(s), ${warnings} warning(s), ${infos} info.`);
  return `${lines.join('\n')}\n`;
}
