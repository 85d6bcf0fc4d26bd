import type { SecretMatch } from './match-candidate';
import { redact } from './redact';

const ID = 'secrets/aws-access-key-id';
const SECRET = 'secrets/aws-secret-access-key';

/**
 * An AWS access key id and secret access key in the same file are one credential: each finding
 * names the other (redacted), so they are rotated together.
 */
export function describeAwsPairs(matches: readonly SecretMatch[]): Map<SecretMatch, string> {
  const notes = new Map<SecretMatch, string>();
  const ids = matches.filter((m) => m.rule.id === ID);
  const secrets = matches.filter((m) => m.rule.id === SECRET);
  if (ids.length === 0 || secrets.length === 0) return notes;
  for (const id of ids) {
    const secret = nearest(id, secrets);
    notes.set(id, `Its secret access key (${redact(secret.secret)}) is in the same file: together they are a working AWS credential pair.`);
  }
  for (const secret of secrets) {
    const id = nearest(secret, ids);
    notes.set(secret, `It pairs with access key id ${redact(id.secret)} in the same file: together they are a working AWS credential pair.`);
  }
  return notes;
}

function nearest(from: SecretMatch, candidates: readonly SecretMatch[]): SecretMatch {
  return candidates.reduce((best, c) => (Math.abs(c.start - from.start) < Math.abs(best.start - from.start) ? c : best));
}
