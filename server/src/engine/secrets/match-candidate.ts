import { shannonEntropy } from './checks';
import { isPlaceholder, isReference, isSpecialToken } from './placeholders';
import type { SecretRuleSet } from './rule-set';
import type { SecretCandidate, SecretRule } from './secret-rule';

export interface SecretMatch {
  rule: SecretRule;
  secret: string;
  /** Source offsets of the secret. */
  start: number;
  end: number;
  path: SecretCandidate['path'];
  /** The name it is assigned to when that is not the path's last key (`SecretCandidate.key`). */
  key?: string;
  /** Found through the key it sits under rather than by its own shape. */
  keyed?: boolean;
  /** Found in a decoded value (a Kubernetes Secret's base64): the file holds its encoding, which no reference can replace. */
  encoded?: true;
}

// `+` with a separate length check: V8 overflows its stack on `{2000,}` against multi-megabyte values.
const BASE64_BLOB = /^[A-Za-z0-9+/=\s]+$/;

/** Every rule match in one candidate value, before overlaps between rules are resolved. */
export function matchCandidate(candidate: SecretCandidate, text: string, ruleSet: SecretRuleSet): SecretMatch[] {
  const { value } = candidate;
  // A script's line that reads a reference (`url."https://${GH_PAT}@…"`) does not vouch for its other lines: each match is checked.
  if ((!value.includes('\n') && isReference(value)) || isInlineData(value)) return [];
  const matches: SecretMatch[] = [];
  // Once per candidate, not per match: the comparison costs the length of the value.
  const verbatim = candidate.end - candidate.start === value.length && text.startsWith(value, candidate.start);
  const locate = (index: number, secret: string) => locateInSource(text, candidate, verbatim, index, secret);
  for (const rule of ruleSet.patternRulesFor(value)) {
    for (const { index, text: secret } of findAll(rule, value)) {
      if (isPlaceholder(secret) || isReference(secret) || (rule.validate && !rule.validate(secret, { value, index }))) continue;
      const [start, end] = locate(index, secret);
      matches.push({ rule, secret, start, end, path: candidate.path, key: candidate.key });
    }
  }
  const key = candidate.key ?? lastKey(candidate.path);
  if (key !== undefined) {
    const trimmed = value.trim();
    for (const rule of ruleSet.keyedRulesFor(key)) {
      if (keyedMatches(rule, trimmed, candidate.context ?? '')) {
        const [start, end] = locate(value.indexOf(trimmed), trimmed);
        matches.push({ rule, secret: trimmed, start, end, path: candidate.path, key: candidate.key, keyed: true });
      }
    }
  }
  return matches;
}

function keyedMatches(rule: SecretRule, value: string, context: string): boolean {
  const keyed = rule.keyed!;
  if (keyed.context && !keyed.context.test(context)) return false;
  if (!keyed.value.test(value)) return false;
  if (keyed.minEntropy !== undefined && shannonEntropy(value) < keyed.minEntropy) return false;
  if (isPlaceholder(value) || isSpecialToken(value) || isReference(value)) return false;
  return !rule.validate || rule.validate(value);
}

function* findAll(rule: SecretRule, value: string): Generator<{ index: number; text: string }> {
  if (rule.find) {
    yield* rule.find(value);
    return;
  }
  const pattern = rule.pattern!;
  pattern.lastIndex = 0;
  for (const m of value.matchAll(pattern)) {
    let secret = m[0];
    let index = m.index ?? 0;
    if (rule.group !== undefined) {
      const group = m.slice(1).find((g) => g !== undefined);
      if (group === undefined) continue;
      // The group is the last occurrence of its text in the match (it follows the context before it).
      index += m[0].lastIndexOf(group);
      secret = group;
    }
    yield { index, text: secret };
  }
}

/** Base64 image or audio data in datasets: `data:image/png;base64,…` and long bare blobs. */
function isInlineData(value: string): boolean {
  if (value.startsWith('data:') && value.slice(0, 100).includes(';base64,')) return true;
  return value.length >= 2000 && BASE64_BLOB.test(value);
}

/** Map a match inside the decoded value back to source offsets (escapes and quotes shift them). */
function locateInSource(text: string, candidate: SecretCandidate, verbatim: boolean, indexInValue: number, secret: string): [number, number] {
  if (verbatim) return [candidate.start + indexInValue, candidate.start + indexInValue + secret.length];
  const source = text.slice(candidate.start, candidate.end);
  // Quoted or escaped source: find the secret's text in the source near where it should be.
  const at = source.indexOf(secret, Math.max(0, indexInValue - 2));
  const fallback = at >= 0 ? at : source.indexOf(secret);
  if (fallback >= 0) return [candidate.start + fallback, candidate.start + fallback + secret.length];
  return [candidate.start, candidate.end];
}

function lastKey(path: SecretCandidate['path']): string | undefined {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : undefined;
}
