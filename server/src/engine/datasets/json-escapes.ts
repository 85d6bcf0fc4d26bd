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
