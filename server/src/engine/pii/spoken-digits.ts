/**
 * Numbers read out digit by digit, as call transcripts write them: `8 4 8 9 5 5 6 6 2`,
 * `four four five, one six, oh three oh one`, `six five double two uh three`, `4-4-5-1-6`.
 */

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const DIGIT = String.raw`(?:\d|zero|oh|o|one|two|three|four|five|six|seven|eight|nine)\b`;
/** One digit, or one said twice or three times (`double five`). */
const TOKEN = String.raw`(?:(?:double|triple) )?${DIGIT}`;
/** What speech puts between digits: a space, a comma or pause, a dash; a dot or ellipsis only before a space (`1.2.3` is a version). */
const GAP = String.raw`(?:(?:,|\.{1,3}|…)? {1,2}| ?[-–—] ?|,)`;
/** A hesitation between digits (`four, uh, four`). */
const FILLER = String.raw`(?:uh|um|umm|uhm|er|erm|ah|hmm|mm)`;
/** Tokens needed before the digits are counted; six tokens can hold eight digits (`double`). */
const MIN_TOKENS = 6;
const MAX_TOKENS = 40;
/** The longest a token (`triple seven`) and a gap with a filler before one (`..., umm, `) can be. */
const LONGEST_TOKEN = 12;
const LONGEST_GAP = 14;
/** The most characters the tokens a match needs can take: a sequence starts no later than this before the end of text it was found in. */
export const SPOKEN_SEQUENCE_PREFIX = LONGEST_TOKEN + (MIN_TOKENS - 1) * (LONGEST_GAP + LONGEST_TOKEN);

/**
 * Read-out digits: single digits or digit words, one gap (and perhaps a filler) between each two;
 * not starting inside a token or right after a separator (`4,2` or `v1.2` continue something else).
 * The leading `\b` repeats what the look-behind says, but lets the engine skip positions fast (3x).
 */
export const SPOKEN_SEQUENCE = new RegExp(
  String.raw`\b(?<![\w.,-])${TOKEN}(?:${GAP}(?:${FILLER}${GAP})?${TOKEN}){${MIN_TOKENS - 1},${MAX_TOKENS - 1}}`,
  'gi',
);

/** The first two tokens of a `SPOKEN_SEQUENCE`: where none starts, no sequence does (cheaper to look for). */
export const SPOKEN_PAIR = new RegExp(String.raw`\b(?<![\w.,-])${TOKEN}${GAP}(?:${FILLER}${GAP})?${TOKEN}`, 'gi');
/** The most characters a `SPOKEN_PAIR` match can take. */
export const SPOKEN_PAIR_LONGEST = 2 * LONGEST_TOKEN + LONGEST_GAP;

/** The tokens of a `SPOKEN_SEQUENCE` match, fillers among them. */
export const SPOKEN_TOKENS = new RegExp(String.raw`\b(?:(double|triple) )?(\d|[a-z]+)\b`, 'gi');

export interface SpokenDigits {
  digits: string;
  /** Offsets of the first and last digit tokens in the text the sequence was read from. */
  start: number;
  end: number;
}

interface Token {
  word: string;
  digits: string;
  start: number;
  end: number;
}

/**
 * The digits a `SPOKEN_SEQUENCE` match says, the match found at `offset`. An `oh` set off by a
 * comma at either end is an interjection (`oh, four four five…`, `…nine eight, oh`), not a zero.
 */
export function readSpokenDigits(sequence: string, offset: number): SpokenDigits {
  const tokens: Token[] = [];
  SPOKEN_TOKENS.lastIndex = 0;
  for (let m = SPOKEN_TOKENS.exec(sequence); m; m = SPOKEN_TOKENS.exec(sequence)) {
    const word = m[2].toLowerCase();
    const digit = DIGIT_WORDS[word] ?? (/^\d$/.test(word) ? word : undefined);
    if (digit === undefined) continue; // a filler
    const times = m[1] === undefined ? 1 : m[1].toLowerCase() === 'double' ? 2 : 3;
    tokens.push({ word, digits: digit.repeat(times), start: m.index, end: m.index + m[0].length });
  }
  if (tokens.length > 1 && isOh(tokens[0]) && sequence[tokens[0].end] === ',') tokens.shift();
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && isOh(last) && /,\s*$/.test(sequence.slice(0, last.start))) tokens.pop();
  return { digits: tokens.map((t) => t.digits).join(''), start: offset + tokens[0].start, end: offset + tokens[tokens.length - 1].end };
}

function isOh(token: Token): boolean {
  return (token.word === 'oh' || token.word === 'o') && token.digits.length === 1;
}
