/**
 * Whether a value is typed by counting: every run of letters or of digits goes up one at a time
 * (`abc123def456ghi789`, `abcdef-123456`, `xyz_789012`), a prefix such as `sk-proj-` aside. A
 * generated value has runs of one or two characters that do not count, so `abc` or `123` inside
 * it changes nothing; the last run may be cut short (a value truncated to a length).
 */
export function isCountingRuns(value: string): boolean {
  const body = value.replace(/^(?:[a-z]{2,6}\d{0,2}[-_]){1,3}/i, '');
  const runs = body.match(/[A-Za-z]+|[0-9]+|[^A-Za-z0-9]+/g);
  if (!runs) return false;
  let counted = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (!/[A-Za-z0-9]/.test(run[0])) {
      if (run.length > 1) return false; // a lone separator between runs
      continue;
    }
    if (!counts(run) || (run.length < 3 && i < runs.length - 1)) return false;
    counted += run.length;
  }
  return counted >= 12;
}

/** Each character one after the one before (letters in either case, digits wrapping from 9 to 0). */
function counts(run: string): boolean {
  for (let i = 1; i < run.length; i++) {
    const before = run.charCodeAt(i - 1) | (run.charCodeAt(i - 1) >= 65 ? 0x20 : 0);
    const now = run.charCodeAt(i) | (run.charCodeAt(i) >= 65 ? 0x20 : 0);
    if (now !== before + 1 && !(before === 57 && now === 48)) return false;
  }
  return true;
}
