import { netrcCandidates } from './netrc-candidates';
import type { SecretCandidate } from './secret-rule';

/** A line that opens a netrc entry: `machine HOST`, alone or with its `login` and `password`. */
export const MACHINE_LINE = /^[ \t]{0,20}machine[ \t]{1,20}[^\s]/gm;
/** The lines of an entry: each starts with one of netrc's keywords. */
export const ENTRY_LINE = /^[ \t]{0,20}(?:machine|login|password|account|default)(?:[ \t]|$)/;

/**
 * netrc content inside other text (`!cat ~/.netrc` printed in a notebook's output, a file pasted
 * in a README or a record): from a `machine` line, the lines that go on with netrc keywords, up to
 * the first line that does not. Each block is read as a netrc file (netrc-candidates.ts); offsets
 * are those of `text`. Prose that merely mentions a password has no `machine` line before it.
 */
export function* embeddedNetrcCandidates(text: string): Generator<SecretCandidate> {
  if (!text.includes('machine') || !text.includes('password')) return;
  MACHINE_LINE.lastIndex = 0;
  for (let m = MACHINE_LINE.exec(text); m; m = MACHINE_LINE.exec(text)) {
    const start = m.index;
    let end = start;
    while (end < text.length) {
      let lineEnd = text.indexOf('\n', end);
      if (lineEnd === -1) lineEnd = text.length;
      if (!ENTRY_LINE.test(text.slice(end, Math.min(lineEnd, end + 40)))) break;
      end = lineEnd === text.length ? lineEnd : lineEnd + 1;
    }
    for (const candidate of netrcCandidates(text.slice(start, end))) {
      yield { ...candidate, start: candidate.start + start, end: candidate.end + start };
    }
    MACHINE_LINE.lastIndex = Math.max(end, start + 1);
  }
}
