/**
 * The shared prefilter passes. Each runs once over a text; detectors inspect only where it hits.
 * A number run: digits with the separators numbers are printed with, at least 6 characters.
 */
export const NUMBER_RUN = /[+(]?\d[\d ().\/-]{4,48}\d/g;

/** Words before the text a candidate may need, and the characters after it, kept in a window. */
const LOOK_BEHIND = 48;

/**
 * Run `pattern` (global) over the run's neighbourhood and call `onMatch` with matches that
 * overlap the run, offsets already mapped back to `text`.
 */
export function matchesAroundRun(
  text: string, runStart: number, runEnd: number, pattern: RegExp,
  onMatch: (match: RegExpExecArray) => void,
): void {
  const from = Math.max(0, runStart - LOOK_BEHIND);
  const to = Math.min(text.length, runEnd + 1);
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
