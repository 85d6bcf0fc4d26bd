/** Helpers for detectors that need the words around a candidate ("born", "MRN", "ssn"). */

/** The lower-cased text up to `span` characters before `index`, within the same line. */
export function textBefore(text: string, index: number, span: number): string {
  const from = Math.max(0, index - span);
  let before = text.slice(from, index);
  const newline = before.lastIndexOf('\n');
  if (newline >= 0) before = before.slice(newline + 1);
  // Field names label too: `phone_number`, `customerSsn` read as the words they are made of.
  return before.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

/** Characters that, touching a candidate, show it is part of a larger token (id, hash, path). */
export function touchesToken(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  return isTokenChar(before) || isTokenChar(after);
}

function isTokenChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
