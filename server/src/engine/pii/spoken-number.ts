import type { PiiDetector } from './pii-kind';
import { OTHER_ID_BEFORE, POSSESSIVE_BEFORE, SPOKEN_CUE, SPOKEN_CUE_LITERALS, spokenCueKind, WORD_AFTER } from './spoken-cues';
import { SPOKEN_PAIR, SPOKEN_SEQUENCE, SPOKEN_TOKENS, type SpokenDigits } from './spoken-digits';
import { ReadOutSequences } from './read-out-sequences';
import { spokenNumberKind } from './spoken-number-kind';

/** Characters after its cue within which the read-out number must start (the answer in the next turn). */
const LOOK_AHEAD = 150;
/** Digits a number read out needs: an SSN's nine (phones need ten, cards twelve). */
const MIN_DIGITS = 9;

/**
 * Numbers read out digit by digit in transcripts (`caller: sure it's 8 4 8 9 5 5 6 6 2`,
 * `four four five one six zero three zero one`, `six five double two…`): after a word naming the
 * kind (SSN words, card words, phone or a bare `number`), the first read-out sequence within the
 * next 150 characters, its kind the one the nearest such word names, validated as the written
 * detectors validate. Counting, quantities (`nine hundred`) and grids of digits are none.
 */
export const spokenNumberDetector: PiiDetector = {
  // Its detections are SSNs and cards too: the kind places it in the overlap order (detectors.ts).
  kind: 'phone-number',
  trigger: SPOKEN_CUE,
  literals: SPOKEN_CUE_LITERALS,
  inspect(text, cue, found) {
    const from = cue.index + cue[0].length;
    const spoken = readOutsOf(text).first(from, from + LOOK_AHEAD, MIN_DIGITS);
    if (!spoken) return;
    const cueKind = spokenCueKind(text, cue.index, cue[0]);
    // A cue between this one and the number is nearer, and names it (its own hit reports it).
    if (!cueKind || cueKind === 'other-id' || cueBetween(text, from, spoken.start) || !readOutAlone(text, spoken)) return;
    const kind = spokenNumberKind(cueKind, spoken.digits);
    if (kind) found.push({ ...kind, start: spoken.start, end: spoken.end });
  },
};

/** The sequences of the text last scanned (kept with it): its cues come in order, and share the reading. */
let readOuts: ReadOutSequences | undefined;

function readOutsOf(text: string): ReadOutSequences {
  if (readOuts?.text !== text) readOuts = new ReadOutSequences(text);
  return readOuts;
}

const CUE_IN_GAP = new RegExp(SPOKEN_CUE.source, SPOKEN_CUE.flags);

function cueBetween(text: string, from: number, to: number): boolean {
  // One character before the gap, for the cue pattern's look-behinds.
  const gap = text.slice(from - 1, to);
  CUE_IN_GAP.lastIndex = 1;
  for (let m = CUE_IN_GAP.exec(gap); m; m = CUE_IN_GAP.exec(gap)) {
    if (spokenCueKind(text, from - 1 + m.index, m[0])) return true;
  }
  return false;
}

const NUMBER_WORD = String.raw`(?:\d{2}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million)`;
/** A larger quantity or number the digits are part of (`…eight nine ten`, `nine hundred`, `2 4 6 8 10`, `1 800 5 5 5…`). */
const QUANTITY_AFTER = new RegExp(String.raw`^[ ,-]{0,3}${NUMBER_WORD}\b`, 'i');
const QUANTITY_BEFORE = new RegExp(String.raw`(?:\b${NUMBER_WORD}|\d{3,19})[ ,-]{0,3}$`, 'i');
const DIGIT_TOKEN = String.raw`(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b`;
/** A row of a grid (sudoku, a matrix): the line next to it starts or ends with digits read the same way. */
const ROW_AFTER = new RegExp(String.raw`^ *\r?[\n\t]\s{0,3}${DIGIT_TOKEN}[ ,]{1,2}${DIGIT_TOKEN}`, 'i');
const ROW_BEFORE = new RegExp(String.raw`(?<![\w.])${DIGIT_TOKEN}[ ,]{1,2}${DIGIT_TOKEN}[ ,]{0,2}\r?[\n\t]\s{0,3}$`, 'i');

/** Whether the sequence is a number read out, not counting, part of a quantity or a grid row. */
function readOutAlone(text: string, spoken: SpokenDigits): boolean {
  const before = text.slice(Math.max(0, spoken.start - 24), spoken.start);
  const after = text.slice(spoken.end, spoken.end + 24);
  return !evenlyStepped(spoken.digits) && !QUANTITY_AFTER.test(after) && !QUANTITY_BEFORE.test(before)
    && !ROW_AFTER.test(after) && !ROW_BEFORE.test(before);
}

/** Counting up or down, or one digit over and over (`1 2 3 4 5 6 7 8 9`, `2 4 6 8…`, `0 0 0 0…`). */
function evenlyStepped(digits: string): boolean {
  const step = digits.charCodeAt(1) - digits.charCodeAt(0);
  for (let i = 2; i < digits.length; i++) if (digits.charCodeAt(i) - digits.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** The patterns this detector runs besides its trigger, for the ReDoS check. */
export const SPOKEN_NUMBER_PATTERNS: readonly [string, RegExp][] = [
  ['spoken sequence', SPOKEN_SEQUENCE], ['spoken pair', SPOKEN_PAIR], ['spoken tokens', SPOKEN_TOKENS], ['spoken cue possessive', POSSESSIVE_BEFORE], ['spoken cue word after', WORD_AFTER],
  ['spoken cue other id', OTHER_ID_BEFORE], ['spoken quantity after', QUANTITY_AFTER], ['spoken quantity before', QUANTITY_BEFORE],
  ['spoken grid row after', ROW_AFTER], ['spoken grid row before', ROW_BEFORE],
];
