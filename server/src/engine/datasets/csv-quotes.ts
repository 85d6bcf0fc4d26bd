import { csvFields } from './csv-fields';
import { forEachCsvRecord } from './csv-records';
import { sniffCsvDelimiter, type CsvDelimiter } from './csv-delimiter';

const QUOTE = 34;

/**
 * CSV text with every doubled quote inside a quoted cell (`""`, which stands for one quote) read
 * in place as a space and the quote, the length kept: `"api_key=""k3y"""` reads
 * `"api_key= "k3y ""`. Detectors then see the code a cell holds as it was written
 * (`Mistral(api_key="…")`), with the offsets of the raw text; the CSV analogue of
 * `neutralizeJsonEscapes`. Quotes outside quoted cells, and empty cells (`,"",`), stay as they are.
 */
export function neutralizeCsvQuotes(text: string, delimiter?: CsvDelimiter): string {
  if (!text.includes('""')) return text;
  const cellDelimiter = delimiter ?? sniffCsvDelimiter(text);
  const pairs: number[] = [];
  let next = text.indexOf('""');
  forEachCsvRecord(text, 0, text.length, (start, end) => {
    if (next !== -1 && next < start) next = text.indexOf('""', start);
    if (next === -1 || next >= end) return; // most records hold none: only those are split into cells
    for (const field of csvFields(text, start, end, cellDelimiter) ?? []) {
      if (text.charCodeAt(field.start - 1) !== QUOTE) continue; // an unquoted cell: its quotes are literal
      for (let at = field.start; at + 1 < field.end; at++) {
        if (text.charCodeAt(at) === QUOTE && text.charCodeAt(at + 1) === QUOTE) pairs.push(at++);
      }
    }
  }, cellDelimiter);
  if (pairs.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const at of pairs) {
    parts.push(text.slice(copied, at), ' "');
    copied = at + 2;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
