/**
 * Characters that write an ASCII digit, space, dash or symbol another way: no-break and other
 * typographic spaces (French and German text put them inside numbers: `06 12 34 56 78`), Unicode
 * dashes and the minus sign, full-width forms (`０９０－１２３４－５６７８` in Japanese text) and the
 * decimal digits of other scripts (Arabic-Indic `٠١٢`, Devanagari `०१२`). Full-width quotes,
 * brackets, braces, backslash, comma, semicolon, bar and backtick are left alone: folded, they
 * would read as the structure of the JSON, CSV, HTML or table around them.
 */
// The `v` flag's set difference (Node 20 has it; the TypeScript target does not, hence the constructor).
const FOLDABLE = new RegExp(
  '[\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff01\\uff03-\\uff06\\uff08-\\uff0b' +
    '\\uff0d-\\uff1a\\uff1d\\uff1f-\\uff3a\\uff3f\\uff41-\\uff5a\\uff5e[\\p{Nd}--[0-9]]]',
  'gv',
);
const SPACES = /^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;
const DASHES = /^[\u2010-\u2015\u2212\ufe58\ufe63]$/;
const DIGIT = /^\p{Nd}$/u;
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;

/**
 * `text` with each such character replaced by its ASCII form, one UTF-16 unit for one, so offsets
 * into the result are offsets into `text`. The same string when there is nothing to fold (always
 * for ASCII text: pass `ascii` when it is known, to skip the look).
 */
export function foldCompatibilityForms(text: string, ascii = false): string {
  if (ascii) return text;
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  return text.replace(FOLDABLE, asciiForm);
}

function asciiForm(char: string): string {
  if (char.length !== 1) return char; // a digit outside the BMP: two units, kept so offsets hold
  const code = char.charCodeAt(0);
  if (code >= 0xff01) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  if (SPACES.test(char)) return ' ';
  if (DASHES.test(char)) return '-';
  return DIGIT.test(char) ? String(digitValue(code)) : char;
}

/**
 * A decimal digit's value: Unicode encodes each script's digits as a contiguous run from zero to
 * nine (a stability guarantee), and adjacent runs start at multiples of ten from the first.
 */
function digitValue(code: number): number {
  let start = code;
  while (start > 0 && DIGIT.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}
