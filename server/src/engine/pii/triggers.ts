/**
 * The shared prefilter passes. Each runs once over a text; detectors inspect only where it hits.
 * A number run: digits with the separators numbers are printed with, at least 6 characters.
 */
export const NUMBER_RUN = /[+(]?\d[\d ().\/-]{4,48}\d/g;

/** Every number detector needs this many digits in its match (phone 8, SSN 9, card 12). */
const MIN_DIGITS = 8;

/**
 * Whether a `NUMBER_RUN` match may hold a number a detector reports. Each detector's match lies
 * in the run (it cannot start earlier: the run would have) and must not touch a letter, digit or
 * underscore. So when a letter touches the run's start, a match starts after the run's first digit
 * group (else it touches the letter or a digit); when one touches its end, a match ends before the
 * last group. Too few digits left, and no detector can report anything: `2024-01-15T10:00`,
 * `ab12345678cd`. Runs at the length limit are kept (the regex may have cut them).
 */
export function numberRunMayQualify(text: string, start: number, run: string): boolean {
  let digits = 0;
  for (let i = 0; i < run.length; i++) if (isDigit(run.charCodeAt(i))) digits++;
  if (digits < MIN_DIGITS) return false;
  if (run.length >= 40) return true;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const end = start + run.length;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  const trimFirst = isWordLetter(before) && isDigit(run.charCodeAt(0));
  const trimLast = isWordLetter(after) && !EXTENSION_AFTER.test(text.slice(end, end + 6));
  if (!trimFirst && !trimLast) return true;
  let first = 0;
  if (trimFirst) while (first < run.length && isDigit(run.charCodeAt(first))) first++;
  let last = run.length;
  if (trimLast) while (last > first && isDigit(run.charCodeAt(last - 1))) last--;
  return digits - first - (run.length - last) >= MIN_DIGITS;
}

/** A phone extension written against the number (`555-2671x204`, `555-2671ext.204`): the letter does not end the number. */
const EXTENSION_AFTER = /^(?:x|ext\.?) ?\d/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Words before the text a candidate may need, and the characters after it, kept in a window. */
const LOOK_BEHIND = 48;
/** Characters after the run a match may take (a phone extension, ` extension 12345`) and look at. */
const LOOK_AHEAD = 17;

/**
 * Run `pattern` (global) over the run's neighbourhood and call `onMatch` with matches that
 * overlap the run, offsets already mapped back to `text`.
 */
export function matchesAroundRun(
  text: string, runStart: number, runEnd: number, pattern: RegExp,
  onMatch: (match: RegExpExecArray) => void,
): void {
  const from = Math.max(0, runStart - LOOK_BEHIND);
  const to = Math.min(text.length, runEnd + LOOK_AHEAD);
  const window = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    if (m[0].length === 0) pattern.lastIndex++;
    const start = from + m.index;
    if (start + m[0].length <= runStart || start >= runEnd) continue;
    m.index = start;
    onMatch(m);
  }
}
