import type { SecretCandidate } from './secret-rule';

/** `hostname:port:database:username:password`, PostgreSQL's password file line (port a number or `*`). */
export const PGPASS_LINE = /^[ \t]{0,8}[^\s:#]{1,253}:(?:\d{1,5}|\*):[^\s:]{1,63}:[^\s:]{1,63}:((?:[^\s:\\]|\\.){4,128})[ \t]*\r?$/gm;

/** The passwords of PostgreSQL password file lines, in a `.pgpass` file or pasted into a runbook. */
export function* pgpassCandidates(text: string): Generator<SecretCandidate> {
  if (!text.includes(':')) return;
  PGPASS_LINE.lastIndex = 0;
  for (let m = PGPASS_LINE.exec(text); m; m = PGPASS_LINE.exec(text)) {
    const value = m[1];
    const start = m.index + m[0].trimEnd().length - value.length;
    yield { value, start, end: start + value.length, path: [], key: 'password', context: 'pgpass/password|' };
  }
}
