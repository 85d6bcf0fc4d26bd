import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../parse/parse-document';
import type { Cancellation, Finding } from '../types';
import { secretCandidates } from './candidates';
import { isPlaceholder, isReference } from './placeholders';
import { redact } from './redact';
import type { SecretCandidate, SecretRule } from './secret-rule';
import { SECRET_RULES } from './rules';

export interface SecretMatch {
  rule: SecretRule;
  secret: string;
  start: number;
  end: number;
  path: SecretCandidate['path'];
}

/** Find every credential in the document. Findings carry redacted messages only. */
export function scanSecrets(
  doc: ParsedDocument,
  cancellation: Cancellation,
  rules: readonly SecretRule[] = SECRET_RULES,
  allowlistedValues: ReadonlySet<string> = new Set(),
): Finding[] {
  const findings: Finding[] = [];
  for (const candidate of secretCandidates(doc)) {
    if (cancellation.isCancellationRequested) break;
    for (const match of matchCandidate(candidate, doc.text, rules)) {
      if (!allowlistedValues.has(match.secret)) findings.push(toFinding(match, doc.path));
    }
  }
  return findings;
}

export function matchCandidate(candidate: SecretCandidate, text: string, rules: readonly SecretRule[]): SecretMatch[] {
  if (isReference(candidate.value)) return [];
  const lower = candidate.value.toLowerCase();
  const key = lastKey(candidate.path);
  const matches: SecretMatch[] = [];
  const taken: [number, number][] = [];
  for (const rule of rules) {
    if (rule.keyPattern && !(key !== undefined && rule.keyPattern.test(key))) continue;
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k))) continue;
    rule.pattern.lastIndex = 0;
    for (const m of candidate.value.matchAll(rule.pattern)) {
      const secret = m[0];
      if (isPlaceholder(secret) || (rule.validate && !rule.validate(secret))) continue;
      const [start, end] = locate(text, candidate, m.index ?? 0, secret);
      if (taken.some(([s, e]) => start < e && end > s)) continue; // first (most specific) rule wins
      taken.push([start, end]);
      matches.push({ rule, secret, start, end, path: candidate.path });
    }
  }
  return matches;
}

/** Map a match inside the decoded value back to source offsets (escapes and quotes shift them). */
function locate(text: string, candidate: SecretCandidate, indexInValue: number, secret: string): [number, number] {
  const source = text.slice(candidate.start, candidate.end);
  if (source === candidate.value) return [candidate.start + indexInValue, candidate.start + indexInValue + secret.length];
  const at = source.indexOf(secret);
  if (at >= 0) return [candidate.start + at, candidate.start + at + secret.length];
  return [candidate.start, candidate.end];
}

function lastKey(path: SecretCandidate['path']): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

export function fingerprint(ruleId: string, path: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${secret}`).digest('hex').slice(0, 32);
}

function toFinding(match: SecretMatch, path: string): Finding {
  const { rule } = match;
  const where = match.path.length > 0 ? ` under \`${match.path.join('.')}\`` : '';
  return {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message: `${rule.title} (${redact(match.secret)}) is written in the file${where}. Move it to a secrets manager${rule.envVar ? ` and supply it as ${rule.envVar} at launch` : ''}.`,
    start: match.start,
    end: match.end,
    fingerprint: fingerprint(rule.id, path, match.secret),
    fix: rule.envVar ? { kind: 'move-secret', variable: rule.envVar, keyPath: match.path } : undefined,
  };
}
