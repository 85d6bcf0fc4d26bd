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

/**
 * Raw JSON text with each escape sequence replaced in place by the character it stands for
 * (line breaks by tabs), spaces before it keeping the length: `SSN:\n727…` reads `SSN:`, a space, a tab, `727…`.
 * Offsets stay those of the raw text, and detectors see the separators the parsed strings hold
 * (the `n` of `\n` is not a letter touching the number after it). A loop over the backslashes,
 * not a regular expression: chat data has thousands of escapes per megabyte.
 */
export function neutralizeJsonEscapes(raw: string): string {
  let at = raw.indexOf('\\');
  if (at === -1) return raw;
  const parts: string[] = [];
  let copied = 0;
  while (at !== -1) {
    const letter = raw.charCodeAt(at + 1);
    const inPlace = IN_PLACE[letter];
    if (inPlace !== undefined) {
      parts.push(raw.slice(copied, at), inPlace);
      copied = at + 2;
    } else if (letter === 117 && HEX4.test(raw.slice(at + 2, at + 6))) { // \uXXXX
      parts.push(raw.slice(copied, at), '     ', String.fromCharCode(parseInt(raw.slice(at + 2, at + 6), 16)));
      copied = at + 6;
    } else {
      at = raw.indexOf('\\', at + 1); // not an escape: left as it is
      continue;
    }
    at = raw.indexOf('\\', copied);
  }
  parts.push(raw.slice(copied));
  return parts.join('');
}
