import type { CsvDelimiter } from './csv-delimiter';

/**
 * Where a CSV file's records end. A quoted cell may hold line breaks (a prompt or a reply over
 * several lines), so a record is not a line: it ends at a line feed outside quoted cells. As
 * `csvFields` reads them, a quote opens a quoted cell only at the cell's start (after blanks), so
 * `5'11"` in an unquoted cell quotes nothing, and `""` inside quotes is a quote.
 */
export interface CsvSource {
  codeAt(index: number): number;
  /** The first index of the ASCII `code` at or after `from`, or -1. */
  find(code: number, from: number): number;
}

const LF = 10;
const SPACE = 32;
const QUOTE = 34;

export function textSource(text: string): CsvSource {
  return { codeAt: (i) => text.charCodeAt(i), find: (code, from) => text.indexOf(String.fromCharCode(code), from) };
}

export function bytesSource(bytes: Uint8Array): CsvSource {
  return { codeAt: (i) => bytes[i], find: (code, from) => bytes.indexOf(code, from) };
}

/**
 * Calls `onBreak` with every line feed in `[from, to)` that ends a record (`from` starts one), in
 * order. Returns the quote of a quoted cell still open at `to`, or -1. Each quote and line feed is
 * found once, with the source's own search.
 */
export function csvRecordBreaks(source: CsvSource, from: number, to: number, onBreak: (lineFeed: number) => void, delimiter: CsvDelimiter = ','): number {
  const separator = delimiter.charCodeAt(0);
  const below = (index: number) => (index === -1 || index >= to ? to : index);
  let lineFeed = below(source.find(LF, from));
  let quote = below(source.find(QUOTE, from));
  let at = from;
  while (at < to) {
    if (lineFeed < at) lineFeed = below(source.find(LF, at));
    if (quote < at) quote = below(source.find(QUOTE, at));
    if (lineFeed < quote) {
      onBreak(lineFeed);
      at = lineFeed + 1;
    } else if (quote === to) {
      return -1;
    } else if (opensCell(source, from, quote, separator)) {
      const close = closingQuote(source, quote + 1, to);
      if (close === -1) return quote;
      at = close + 1;
    } else {
      at = quote + 1;
    }
  }
  return -1;
}

/** The index after the last record-ending line feed in `[from, to)` (`from` starts a record), or -1. */
export function lastCsvRecordEnd(source: CsvSource, from: number, to: number, delimiter: CsvDelimiter = ','): number {
  let last = -1;
  csvRecordBreaks(source, from, to, (lineFeed) => { last = lineFeed + 1; }, delimiter);
  return last;
}

/**
 * Each record of `text[from, to)` as `[start, end)`, line feed excluded (a last record without one
 * ends at `to`). The text holds whole records, so a quote still open at its end is a stray one: the
 * walk goes on from the next line, as if it had been closed there, rather than make the rest one record.
 */
export function forEachCsvRecord(text: string, from: number, to: number, visit: (start: number, end: number) => void, delimiter: CsvDelimiter = ','): void {
  const source = textSource(text);
  let start = from;
  const onBreak = (lineFeed: number) => {
    visit(start, lineFeed);
    start = lineFeed + 1;
  };
  for (let open = csvRecordBreaks(source, from, to, onBreak, delimiter); open !== -1; open = csvRecordBreaks(source, start, to, onBreak, delimiter)) {
    const lineFeed = text.indexOf('\n', open);
    if (lineFeed === -1 || lineFeed >= to) break;
    onBreak(lineFeed);
  }
  if (start < to) visit(start, to);
}

function opensCell(source: CsvSource, from: number, quote: number, separator: number): boolean {
  let i = quote - 1;
  while (i >= from && source.codeAt(i) === SPACE) i--;
  if (i < from) return true;
  const before = source.codeAt(i);
  return before === separator || before === LF;
}

/** The quote closing a quoted cell whose content starts at `from` (`""` inside is a quote), or -1 when it stays open before `to`. */
export function closingQuote(source: CsvSource, from: number, to: number): number {
  for (let at = from; ;) {
    const quote = source.find(QUOTE, at);
    if (quote === -1 || quote >= to) return -1;
    if (quote + 1 < to && source.codeAt(quote + 1) === QUOTE) at = quote + 2;
    else return quote;
  }
}
