import { foldCompatibilityForms } from '../text/compatibility-forms';

/** Every escape sequence, left to right (`\\\\n` is an escaped backslash, then the letter n). */
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const SIMPLE: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A piece of raw JSON string text as the parser will read it (`\n` a line break, `\/` a slash,
 * `\u0041` an A), for checks made on raw data text before anything is parsed. Incomplete escapes
 * at the edges of the piece stay as they are.
 */
export function decodeJsonEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(ESCAPE, (_, hex: string | undefined, simple: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : SIMPLE[simple!]));
}

/**
 * A two-character escape as a space and the character it stands for, by the escape's letter;
 * line breaks as tabs: a detector's context ("patient id:", "born") may sit on the line before,
 * within the same message, but numbers on two lines must not join into one (no number pattern
 * takes a tab).
 */
const IN_PLACE: Record<number, string> = { 34: ' "', 92: ' \\', 47: ' /', 98: ' \b', 102: ' \f', 110: ' \t', 114: ' \t', 116: ' \t' };
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** What a number is written with, read as ASCII: digits and the separators of phone numbers, cards and IBANs. */
const NUMBER_CHAR = /^[0-9 ().\/+-]$/;
const DIGIT = /\d/;

/** The ASCII reading of the character `code` when it writes a digit or a number's separator, else undefined. */
function numberChar(code: number): string | undefined {
  if (code >= 0x4e00 && code <= 0xd7ff) return undefined; // ideographs and Hangul, most escapes of CJK text: no look
  const folded = foldCompatibilityForms(String.fromCharCode(code));
  return NUMBER_CHAR.test(folded) ? folded : undefined;
}

/**
 * A number written partly with `\uXXXX` escapes (`\uff10\uff19\uff10…`, full-width digits under
 * ensure_ascii; `06\u00a012\u00a034`, no-break spaces), from the digits before the escape at `at`
 * (back to `from`) through its last digit or separator: its ASCII reading and where it ends.
 * Undefined when the escape writes no such character or the run holds no digit.
 */
function escapedNumberRun(raw: string, from: number, at: number): { start: number; end: number; ascii: string } | undefined {
  if (!numberChar(parseInt(raw.slice(at + 2, at + 6), 16))) return undefined;
  let start = at;
  while (start > from && NUMBER_CHAR.test(raw[start - 1])) start--;
  let ascii = raw.slice(start, at);
  let end = at;
  for (;;) {
    if (raw.charCodeAt(end) === 92) {
      if (raw[end + 1] !== 'u' || !HEX4.test(raw.slice(end + 2, end + 6))) break;
      const char = numberChar(parseInt(raw.slice(end + 2, end + 6), 16));
      if (!char) break;
      ascii += char;
      end += 6;
    } else if (end < raw.length && NUMBER_CHAR.test(raw[end])) {
      ascii += raw[end++];
    } else {
      break;
    }
  }
  return DIGIT.test(ascii) && ascii.trim().length >= 2 ? { start, end, ascii } : undefined;
}

/**
 * Raw JSON text with each escape sequence replaced in place by the character it stands for
 * (line breaks by tabs), spaces before it keeping the length: `SSN:\n727…` reads `SSN:`, a space, a tab, `727…`.
 * A number written with escapes (full-width digits, no-break spaces) reads as ASCII, the room its escapes took after it.
 * Offsets stay those of the raw text, and detectors see the separators the parsed strings hold
 * (the `n` of `\n` is not a letter touching the number after it). A loop over the backslashes,
 * not a regular expression: chat data has thousands of escapes per megabyte.
 */
export function neutralizeJsonEscapes(raw: string): string {
  return readJsonEscapes(raw).text;
}

/**
 * `neutralizeJsonEscapes`, whether it read any `\\uXXXX` escape (so the result may hold characters
 * the raw text did not), and whether a number written with escapes was read (it is in no byte pass over `raw`).
 */
export function readJsonEscapes(raw: string): { text: string; unicodeEscapes: boolean; escapedNumbers: boolean } {
  let at = raw.indexOf('\\');
  if (at === -1) return { text: raw, unicodeEscapes: false, escapedNumbers: false };
  let unicodeEscapes = false;
  let escapedNumbers = false;
  const parts: string[] = [];
  let copied = 0;
  while (at !== -1) {
    const letter = raw.charCodeAt(at + 1);
    const inPlace = IN_PLACE[letter];
    if (inPlace !== undefined) {
      parts.push(raw.slice(copied, at), inPlace);
      copied = at + 2;
    } else if (letter === 117 && HEX4.test(raw.slice(at + 2, at + 6))) { // \uXXXX
      unicodeEscapes = true;
      const run = escapedNumberRun(raw, copied, at);
      if (run) {
        // The number read together, the room its escapes took after it.
        parts.push(raw.slice(copied, run.start), run.ascii, ' '.repeat(run.end - run.start - run.ascii.length));
        copied = run.end;
        escapedNumbers = true;
      } else {
        parts.push(raw.slice(copied, at), '     ', String.fromCharCode(parseInt(raw.slice(at + 2, at + 6), 16)));
        copied = at + 6;
      }
    } else {
      at = raw.indexOf('\\', at + 1); // not an escape: left as it is
      continue;
    }
    at = raw.indexOf('\\', copied);
  }
  parts.push(raw.slice(copied));
  return { text: parts.join(''), unicodeEscapes, escapedNumbers };
}
