import type { SecretCandidate } from './secret-rule';

/**
 * `<label>: <value>` as a whole line of prose or a comment: `# wandb key for the shared runner:
 * 6b1d…`. The value is one token closing the line; the label, a few words before the colon.
 */
export const LABELLED_VALUE = /^[ \t]{0,40}(?:(?:#{1,3}|\/\/|;|--)[ \t]{0,5})?([A-Za-z][A-Za-z0-9&'. _-]{0,79})[:=][ \t]{0,3}["'`]?([^\s"'`,;()[\]{}<>]{6,400})["'`]?[ \t]{0,3}$/;

/** Where the noun phrase of a label ends: `wandb key | for the shared runner`. */
const PHRASE_END = new Set(['for', 'of', 'to', 'on', 'in', 'from', 'with', 'at', 'used', 'that', 'which', 'is', 'was', 'are', 'we', 'i', 'as', 'by', 'when', 'if', '-']);
/** Determiners before the noun phrase: `my hf token`, `the api key`. */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'their', 'his', 'her', 'its', 'new', 'old', 'current']);
/** What the phrase must end with to name a credential. */
const CREDENTIAL_NOUN = /^(?:key|apikey|token|secret|password|passwd|passphrase|pwd|pat)$/;

/**
 * The value a line of prose labels as a credential, as a candidate under the name the label
 * gives it: the noun phrase before the colon, cut at its first preposition, without determiners,
 * ending in a credential noun (`wandb key for the shared runner` names `wandb_key`). The keyed
 * detectors judge name and value as for a key: `sha256 for the shared runner` names no
 * credential, `cache key` none a detector watches.
 */
export function labelledValue(line: string, lineStart: number, keys: string): SecretCandidate | undefined {
  if (line.length > 600 || !/[:=]/.test(line)) return undefined;
  const m = LABELLED_VALUE.exec(line);
  if (!m) return undefined;
  const words = m[1].trim().toLowerCase().split(/[ \t]+/);
  const end = words.findIndex((word) => PHRASE_END.has(word));
  const phrase = (end === -1 ? words : words.slice(0, end)).filter((word, i, all) => !(DETERMINERS.has(word) && all.slice(0, i).every((w) => DETERMINERS.has(w))));
  if (phrase.length < 2 || phrase.length > 4 || !CREDENTIAL_NOUN.test(phrase[phrase.length - 1])) return undefined;
  if (!phrase.every((word) => /^[a-z0-9][a-z0-9&._-]{0,30}$/.test(word))) return undefined;
  const key = phrase.join('_');
  const value = m[2];
  const start = lineStart + m.index + m[0].lastIndexOf(value);
  return { value, start, end: start + value.length, path: [], key, context: `${keys ? `${keys}/` : ''}${key}|` };
}
