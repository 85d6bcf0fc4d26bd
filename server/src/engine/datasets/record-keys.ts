import { csvFields } from './csv-fields';
import type { CsvDelimiter } from './csv-delimiter';

const KEY_NAME = /^[A-Za-z_$][\w .$-]{0,63}$/;

export interface KeyHit {
  key: string;
  /** Offsets of the key's name (without quotes). */
  start: number;
  end: number;
}

/**
 * Every key of every JSON record in the text, in order, as the offsets of its name (without
 * quotes), names up to 64 characters. Keys repeat: callers memoise by name, and check
 * `isKeyName` once per distinct name.
 */
export function forEachJsonKey(text: string, onKey: (start: number, end: number) => void): void {
  // `":` is a fast literal search; most keys are written without space before the colon.
  for (let colon = text.indexOf('":'); colon !== -1; colon = text.indexOf('":', colon + 2)) {
    const open = text.lastIndexOf('"', colon - 1);
    if (open === -1 || colon - open > 65) continue;
    onKey(open + 1, colon);
  }
}

/** A record key worth a look: a name, not a quoted sentence or a value that happens to precede `":`. */
export function isKeyName(key: string): boolean {
  return KEY_NAME.test(key);
}

/** Column names of a CSV header line, with their offsets in it (empty where a column has none, so the list lines up with the cells). */
export function csvHeader(line: string, delimiter: CsvDelimiter = ','): KeyHit[] {
  const to = line.endsWith('\r') ? line.length - 1 : line.length;
  const hits: KeyHit[] = [];
  for (const field of csvFields(line, 0, to, delimiter) ?? []) {
    const raw = line.slice(field.start, field.end);
    const key = raw.trim();
    const start = field.start + raw.indexOf(key);
    hits.push({ key, start, end: start + key.length });
  }
  return hits;
}

/** The column names of a CSV header line (unquoted, trimmed; empty where a column has none). */
export function csvColumnNames(line: string, delimiter: CsvDelimiter = ','): string[] {
  return csvHeader(line, delimiter).map((hit) => hit.key);
}
