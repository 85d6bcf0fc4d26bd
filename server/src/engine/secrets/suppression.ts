import type { Syntax } from '../types';

/**
 * Inline suppression where the format has comments: `# tuneguard-ignore secrets/<rule>` (or
 * `// …`, `; …`) at the end of the finding's line or alone on the line above. Several ids may be
 * listed, separated by spaces or commas; `secrets/*` covers every secret rule; no id at all
 * covers every rule. JSON and JSONL have no comments: use the baseline or `allowlist.fingerprints`.
 */
const DIRECTIVE = /(?:#|\/\/|;)\s{0,10}tuneguard-ignore(?![\w-])([^\n]{0,400})/;
const COMMENTED_SYNTAXES: ReadonlySet<Syntax> = new Set(['yaml', 'env', 'toml', 'ini', 'netrc', 'text', 'csv']);

export function supportsInlineSuppression(syntax: Syntax): boolean {
  return COMMENTED_SYNTAXES.has(syntax);
}

export function isSuppressedInline(text: string, offset: number, ruleId: string): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (covers(text.slice(lineStart, lineEnd), ruleId)) return true;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = text.slice(previousStart, lineStart - 1);
  return /^\s*(?:#|\/\/|;)/.test(previous) && covers(previous, ruleId);
}

function covers(line: string, ruleId: string): boolean {
  if (!line.includes('tuneguard-ignore')) return false;
  const directive = DIRECTIVE.exec(line);
  if (!directive) return false;
  const ids = directive[1].split(/[\s,]+/).filter((id) => /^[a-z]+\/[\w*-]+$/.test(id) || id === '*');
  if (ids.length === 0) return true;
  const family = ruleId.split('/')[0];
  return ids.some((id) => id === ruleId || id === '*' || id === `${family}/*`);
}
