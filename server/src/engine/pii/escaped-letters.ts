/**
 * The dataset scan reads a JSON-escaped letter (`m\u00f3vil`, `\u96fb\u8a71`, written so by
 * `ensure_ascii`) as five spaces and the letter, keeping offsets (datasets/json-escapes.ts). A
 * pattern source for words with letters outside ASCII that matches them written either way.
 */
export function orEscaped(source: string): string {
  return source.replace(/[^\x00-\x7f]/g, (letter) => `(?: {5})?${letter}`);
}

/** A word matched by an `orEscaped` pattern, as written in plain text. */
export function unescapedWord(matched: string): string {
  return matched.includes('     ') ? matched.replace(/ {5}(?=[^\x00-\x7f])/g, '') : matched;
}
