import { closingQuote, textSource } from './csv-records';
import type { CsvDelimiter } from './csv-delimiter';

/** A field's content in the text (inside its quotes when quoted). */
export interface CsvField {
  start: number;
  end: number;
}

const QUOTE = 34;
const SPACE = 32;

/**
 * The fields of the CSV record `text[from, to)` (RFC 4180 quoting, `""` inside quotes; a quoted
 * cell may hold line breaks and the delimiter), or undefined when a quote stays open before `to`.
 */
export function csvFields(text: string, from: number, to: number, delimiter: CsvDelimiter = ','): CsvField[] | undefined {
  const source = textSource(text);
  const separator = delimiter.charCodeAt(0);
  const fields: CsvField[] = [];
  let at = from;
  for (;;) {
    let end: number;
    let quote = at;
    while (quote < to && text.charCodeAt(quote) === SPACE) quote++; // `a, "b"`: blanks before a quote are layout
    if (quote < to && text.charCodeAt(quote) === QUOTE) {
      at = quote;
      const close = closingQuote(source, at + 1, to);
      if (close === -1) return undefined;
      fields.push({ start: at + 1, end: close });
      end = close + 1;
      while (end < to && text.charCodeAt(end) !== separator) end++;
    } else {
      end = at;
      while (end < to && text.charCodeAt(end) !== separator) end++;
      fields.push({ start: at, end });
    }
    if (end >= to) return fields;
    at = end + 1;
  }
}
