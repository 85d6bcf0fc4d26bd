import type { RuleMeta } from '../types';

/** The documentation page of a rule, generated into docs/rules/<id>.md and shipped with the extension. */
export function renderRuleDoc(rule: RuleMeta): string {
  const standards = rule.standards ?? {};
  const rows = [
    ['OWASP Non-Human Identity Top 10', standards.owaspNhi],
    ['OWASP Top 10 for LLM Applications 2025', standards.owaspLlm],
    ['NIST CSF 2.0', standards.nistCsf],
  ].filter((row): row is [string, string[]] => Array.isArray(row[1]) && row[1].length > 0);
  return [
    `# ${rule.id}`,
    '',
    `**${rule.title}** · default severity: \`${rule.defaultSeverity}\``,
    '',
    rule.description,
    '',
    ...(rows.length > 0 ? ['## Standards', '', '| framework | reference |', '|---|---|', ...rows.map(([f, refs]) => `| ${f} | ${refs.join(', ')} |`), ''] : []),
    '## Configure',
    '',
    'Change the severity in `.tuneguard.yaml` (`off`, `info`, `warning`, `error`), for all files or some:',
    '',
    '```yaml',
    'rules:',
    `  ${rule.id}: warning`,
    'overrides:',
    '  - files: ["experiments/**"]',
    `    rules: { ${rule.id}: off }`,
    '```',
    '',
    ...(rule.family === 'governance' ? [] : [
      'Suppress one accepted finding with an inline comment where the format has comments,',
      `\`# tuneguard-ignore ${rule.id}\`, or with a baseline file (\`tuneguard baseline\`).`,
      '',
    ]),
  ].join('\n');
}

export function renderRuleIndex(rules: readonly RuleMeta[]): string {
  const lines = ['# Tuneguard rules', '', `${rules.length} rules.`, '', '| rule | severity | title |', '|---|---|---|'];
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.title} |`);
  }
  return `${lines.join('\n')}\n`;
}
