/** Characters before a number within which the question of the turn before may name it. */
const SPAN = 140;
/** Where a turn ends: a line break (an escaped one in JSON reads as a tab), or one chat message's object and the next's (`"}, {"role": …`). */
export const TURN_BREAK = /[\n\t]|"\s*\}\s*,\s*\{/;
/** Another number between the question and this one, which the question may be about. */
const OTHER_NUMBER = /\d{3}/;
/** A turn that asks (`can I have your…`, `…please`, `what's your…?`), not a header or a statement naming the kind. */
export const ASKING = /\?|\b(?:what|whats|what's|can|could|may|would|give|need|have|provide|read|verify|confirm|tell|please|go ahead)\b/;

/**
 * Whether the turn before asked for the number at `start` (`agent: can I have your social security
 * number` / `caller: sure it's 417385787`): the last match of `words` (global, lower case) in the
 * 140 characters before it is in a question, followed by the end of that turn and no other number.
 */
export function askedInTurnBefore(text: string, start: number, words: RegExp): boolean {
  const before = text.slice(Math.max(0, start - SPAN), start).toLowerCase();
  let wordsStart = -1;
  let wordsEnd = -1;
  words.lastIndex = 0;
  for (let m = words.exec(before); m; m = words.exec(before)) {
    wordsStart = m.index;
    wordsEnd = m.index + m[0].length;
  }
  if (wordsEnd === -1) return false;
  const between = before.slice(wordsEnd);
  const turnEnd = between.search(TURN_BREAK);
  if (turnEnd === -1 || OTHER_NUMBER.test(between)) return false;
  const turnStart = Math.max(before.lastIndexOf('\n', wordsStart), before.lastIndexOf('\t', wordsStart)) + 1;
  return ASKING.test(before.slice(turnStart, wordsEnd + turnEnd));
}
