import { createHash } from 'node:crypto';
import type { ParsedDocument } from '../parse/parse-document';
import type { Cancellation, Finding } from '../types';
import { secretCandidates } from './candidates';
import { findKeyBlocks } from './key-blocks';
import { matchCandidate, type SecretMatch } from './match-candidate';
import { redact } from './redact';
import { resolveOverlaps } from './resolve-overlaps';
import { SecretRuleSet } from './rule-set';
import type { SecretRule } from './secret-rule';
import { SECRET_RULES, ruleForId } from './rules';
import { describeAwsPairs } from './aws-pairs';
import { isSuppressedInline, supportsInlineSuppression } from './suppression';
import { normaliseKey } from './normalise-key';
import { candidateText } from './candidate-text';
import { isDocumentedExample } from './documented-examples';
import { decodedValueCandidates, kubernetesSecretData } from './kubernetes-secret-data';

export type { SecretMatch } from './match-candidate';

export interface SecretScanOptions {
  /** Rules in addition to the built-in ones (custom patterns of a trusted policy). */
  extraRules?: readonly SecretRule[];
  /** Exact values never reported. */
  allowlistedValues?: ReadonlySet<string>;
  /** Fingerprints of accepted findings (policy `allowlist.fingerprints`). */
  acceptedFingerprints?: ReadonlySet<string>;
}

/** Built on first use: a CLI run over datasets alone may never need it. */
let defaultRuleSet: SecretRuleSet | undefined;
const ruleSets = new Map<readonly SecretRule[], SecretRuleSet>();

function ruleSetFor(rules: readonly SecretRule[], extra: readonly SecretRule[] | undefined): SecretRuleSet {
  if (rules === SECRET_RULES && (!extra || extra.length === 0)) return (defaultRuleSet ??= new SecretRuleSet(SECRET_RULES));
  const all = extra && extra.length > 0 ? [...rules, ...extra] : rules;
  const key = extra && extra.length > 0 ? extra : rules;
  let set = ruleSets.get(key);
  if (!set) {
    if (ruleSets.size > 20) ruleSets.clear();
    set = new SecretRuleSet(all);
    ruleSets.set(key, set);
  }
  return set;
}

/** Every credential in the document, as matches (secret values included: never output these). */
export function findSecrets(doc: ParsedDocument, cancellation: Cancellation, rules: readonly SecretRule[] = SECRET_RULES, extraRules?: readonly SecretRule[]): SecretMatch[] {
  const ruleSet = ruleSetFor(rules, extraRules);
  const matches: SecretMatch[] = [];
  for (const block of findKeyBlocks(doc.text)) {
    const rule = ruleForId(block.ruleId);
    if (rule && ruleSet.order.has(rule) && !isDocumentedExample(block.secret)) matches.push({ rule, secret: block.secret, start: block.start, end: block.end, path: [] });
  }
  const text = candidateText(doc);
  for (const decoded of kubernetesSecretData(doc.tree.roots)) {
    for (const block of findKeyBlocks(decoded.text)) {
      const rule = ruleForId(block.ruleId);
      if (rule && ruleSet.order.has(rule)) matches.push({ rule, secret: block.secret, start: decoded.start, end: decoded.end, path: decoded.path, encoded: true });
    }
    for (const candidate of decodedValueCandidates(decoded)) {
      for (const match of matchCandidate(candidate, text, ruleSet)) matches.push({ ...match, encoded: true });
    }
  }
  let checked = 0;
  const watchedName = (name: string) => ruleSet.keyedRulesFor(name).length > 0;
  for (const candidate of secretCandidates(doc, watchedName, text)) {
    if ((++checked & 255) === 0 && cancellation.isCancellationRequested) break;
    const found = matchCandidate(candidate, text, ruleSet);
    for (const match of found) matches.push(match);
  }
  return resolveOverlaps(matches, ruleSet.order);
}

/** Find every credential in the document. Findings carry redacted messages only. */
export function scanSecrets(
  doc: ParsedDocument,
  cancellation: Cancellation,
  rules: readonly SecretRule[] = SECRET_RULES,
  allowlistedValues: ReadonlySet<string> = new Set(),
  options: SecretScanOptions = {},
): Finding[] {
  const inline = supportsInlineSuppression(doc.syntax) && doc.text.includes('tuneguard-ignore');
  const accepted = options.acceptedFingerprints;
  const allowed = options.allowlistedValues ?? allowlistedValues;
  const matches = findSecrets(doc, cancellation, rules, options.extraRules)
    .filter((m) => !allowed.has(m.secret))
    .filter((m) => !inline || !isSuppressedInline(doc.text, m.start, m.rule.id));
  const notes = describeAwsPairs(matches);
  const findings: Finding[] = [];
  for (const match of matches) {
    const finding = toFinding(match, doc.path, notes.get(match));
    if (!accepted?.has(finding.fingerprint!)) findings.push(finding);
  }
  return findings;
}

export function fingerprint(ruleId: string, path: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${secret}`).digest('hex').slice(0, 32);
}

function toFinding(match: SecretMatch, path: string, note: string | undefined): Finding {
  const { rule } = match;
  const where = match.path.length > 0 ? ` under \`${match.path.join('.')}\`` : '';
  const variable = variableFor(rule, match.key ?? match.path[match.path.length - 1]);
  return {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message: `${rule.title} (${redact(match.secret)}) is written in the file${where}.${note ? ` ${note}` : ''} Move it to a secrets manager${variable ? ` and supply it as ${variable} at launch` : ''}.`,
    start: match.start,
    end: match.end,
    fingerprint: fingerprint(rule.id, path, match.secret),
    fix: variable && !match.encoded ? { kind: 'move-secret', variable, keyPath: match.path } : undefined,
  };
}

/** `key`: the name the secret is assigned to (the last key of its path, or a name inside the value). */
function variableFor(rule: SecretRule, key: string | number | undefined): string | undefined {
  if (rule.envVarFromKey && typeof key === 'string') {
    const name = normaliseKey(key).toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    if (/^[A-Z_][A-Z0-9_]*$/.test(name)) return name;
  }
  return rule.envVar;
}
