import { normaliseKey } from './normalise-key';
import type { SecretCandidate } from './secret-rule';

/** Tokens of a netrc file whose next token is their value (`macdef` starts a macro: it and what follows are not read). */
const KEYWORDS = new Set(['machine', 'login', 'password', 'account']);
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
  for (const m of text.matchAll(/\S+/g)) {
    const token = m[0];
    if (pending === undefined) {
      if (token === 'default') machine = 'default';
      else if (token === 'macdef') break;
      else if (KEYWORDS.has(token)) pending = token;
      continue;
    }
    if (pending === 'machine') machine = token;
    else if (SECRETS.has(pending)) {
      const start = m.index ?? 0;
      yield { value: token, start, end: start + token.length, path: [machine, pending], key: pending, context: `netrc/${normaliseKey(machine)}/${pending}|` };
    }
    pending = undefined;
  }
}
