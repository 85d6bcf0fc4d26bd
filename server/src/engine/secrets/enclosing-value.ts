import type { KeyPath } from '../parse/tree';

/** Where the enclosing value sits, for the candidates found inside it. */
export interface Enclosing {
  path: KeyPath;
  /** Normalised ancestor keys joined by `/` (may be empty). */
  keys: string;
  component: string;
  /**
   * Offset of `text` in the document when it is verbatim source; otherwise the span of the
   * enclosing value (quoted or escaped), in which the rules find the secret's text themselves.
   */
  at: number | { start: number; end: number };
  /** Only names this accepts become candidates (dataset records: the names a keyed detector watches). */
  names?: (name: string) => boolean;
}

/** Where a value found at `inText` in the enclosing text sits in the document: exactly when the text is verbatim source, else the enclosing value's span. */
export function valueSpan(where: Enclosing, inText: number, length: number): { start: number; end: number } {
  return typeof where.at === 'number' ? { start: where.at + inText, end: where.at + inText + length } : where.at;
}
