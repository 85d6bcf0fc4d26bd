import type { KeyPath } from '../parse/tree';
import { normaliseKey } from './normalise-key';
import type { SecretCandidate } from './secret-rule';

/** `NAME=value`, `name: value`, `name="value"` inside a line: shell lines, scripts, keyword arguments. */
export const INLINE_ASSIGNMENT = /(?:^|[\s,;({[`"'|&])([A-Za-z_][\w.-]{0,60})[ \t]{0,3}(?:=|:(?!\/\/))[ \t]{0,3}["'`]?([^\s"'`,;()[\]{}<>]{6,400})/g;
/** `--name value` and `-name value` command-line flags (`--name=value` is an assignment). */
export const INLINE_FLAG = /(?:^|\s)--?([A-Za-z][\w-]{0,60})[ \t]{1,3}["']?([^\s"'`,;()[\]{}<>-][^\s"'`,;()[\]{}<>]{5,399})/g;

/** Where the enclosing value sits, for the candidates found inside it. */
export interface Enclosing {
  path: KeyPath;
  /** Normalised ancestor keys joined by `/` (may be empty). */
  keys: string;
  component: string;
  /**
   * Offset of `text` in the document when it is verbatim source; otherwise the span of the
   * enclosing value (quoted or escaped), in which the rules find the secret's text themselves.
   */
  at: number | { start: number; end: number };
}

/**
 * Values assigned to a name inside free text, each a candidate under that name, so the rules
 * that need a credential key (`WANDB_API_KEY`, `hub_token`, `api_key`...) see one in a script
 * or a command line too. The whole text is still a candidate of its own for the shape rules.
 */
export function* inlineAssignments(text: string, where: Enclosing): Generator<SecretCandidate> {
  if (text.length > 100_000) return; // one huge line: the shape rules still see it
  for (const pattern of [INLINE_ASSIGNMENT, INLINE_FLAG]) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const [whole, key, value] = m;
      const inText = (m.index ?? 0) + whole.length - value.length;
      const start = typeof where.at === 'number' ? where.at + inText : where.at.start;
      const end = typeof where.at === 'number' ? start + value.length : where.at.end;
      const keys = where.keys ? `${where.keys}/${normaliseKey(key)}` : normaliseKey(key);
      yield { value, start, end, path: where.path, key, context: `${keys}|${where.component}` };
    }
  }
}
