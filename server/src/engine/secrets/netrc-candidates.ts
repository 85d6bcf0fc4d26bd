import { normaliseKey } from './normalise-key';
import type { SecretCandidate } from './secret-rule';

/** Tokens of a netrc file whose next token is their value. */
const KEYWORDS = new Set(['machine', 'login', 'password', 'account']);
/** `macdef NAME` starts a macro, whose lines run to the next blank line. */
const MACRO_END = /\n[ \t]*\n/g;
/** The values that are credentials (`login` is a user name). */
const SECRETS = new Set(['password', 'account']);

/**
 * A netrc file (`~/.netrc`, where `wandb login` and `huggingface-cli` store keys): whitespace
 * separated `machine HOST login USER password SECRET` entries, on one line or several. Each
 * password is a candidate under its key, with the machine it belongs to in its context.
 */
export function* netrcCandidates(text: string): Generator<SecretCandidate> {
  let machine = 'default';
  let pending: string | undefined;
  // Comments are read too: a commented-out password is still in the file.
  const tokens = /\S+/g;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    const token = m[0];
    if (token === 'macdef') {
      MACRO_END.lastIndex = m.index;
      if (!MACRO_END.exec(text)) return;
      tokens.lastIndex = MACRO_END.lastIndex;
      pending = undefined;
      continue;
    }
    // A keyword where a value should be: the value was left out (`password` then `machine`).
    if (pending === undefined || KEYWORDS.has(token) || token === 'default') {
      pending = undefined;
      if (token === 'default') machine = 'default';
      else if (KEYWORDS.has(token)) pending = token;
      continue;
    }
    if (pending === 'machine') machine = token;
    else if (SECRETS.has(pending)) {
      const start = m.index;
      yield { value: token, start, end: start + token.length, path: [machine, pending], key: pending, context: `netrc/${normaliseKey(machine)}/${pending}|` };
    }
    pending = undefined;
  }
}
