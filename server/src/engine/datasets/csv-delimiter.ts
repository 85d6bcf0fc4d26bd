import { csvFields } from './csv-fields';
import { forEachCsvRecord } from './csv-records';
import { utf8Text } from '../text/utf8-text';

/**
 * What separates a CSV file's cells: `,` (RFC 4180), `;` (Excel where the decimal mark is a
 * comma: German, French, ... exports), a tab (TSV) or `|`.
 */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** Tried in this order: a tie goes to the file's preferred delimiter, then to the earlier one. */
const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';', '|'];
/** The header and this many records after it are enough to tell; a file's head is read no further. */
const SAMPLED_ROWS = 9;
const SAMPLED_CHARS = 64 * 1024;

/**
 * The delimiter of a CSV file from its start: the candidate that splits the header into the most
 * fields (at least two) with the records after it split into as many, quoted text ignored. A
 * single-column file, or one no candidate splits, keeps `preferred`.
 */
export function sniffCsvDelimiter(head: string, preferred: CsvDelimiter = ','): CsvDelimiter {
  let best = preferred;
  let bestFields = 1;
  let bestAgreed = false;
  for (const delimiter of [preferred, ...CANDIDATES.filter((c) => c !== preferred)]) {
    const [header = 0, ...rows] = sampledFieldCounts(head, delimiter);
    if (header < 2) continue;
    // Rows that split as the header does count for more than a header with more fields: a
    // delimiter that only appears in the header's names is no delimiter. Ragged rows (unquoted
    // commas in a comma file's text) still leave the header's best split.
    const agreed = rows.every((count) => count === header);
    if ((agreed && !bestAgreed) || (agreed === bestAgreed && header > bestFields)) {
      best = delimiter;
      bestFields = header;
      bestAgreed = agreed;
    }
  }
  return best;
}

/** The delimiter of the CSV (or TSV) file at `path`, from the start of its text. */
export function csvDelimiterOf(path: string, head: string): CsvDelimiter {
  return sniffCsvDelimiter(head, /\.tsv$/i.test(path) ? '\t' : ',');
}

/** The same, from the file's first bytes (a chunk read from disk). */
export function csvDelimiterOfBytes(path: string, bytes: Uint8Array): CsvDelimiter {
  return csvDelimiterOf(path, utf8Text(bytes.subarray(0, SAMPLED_CHARS)));
}

/**
 * Fields per record of the header and the rows after it, as read with `delimiter`. A record cut
 * by the end of the sample, and what follows a quote left open, are not counted: the head of a
 * file may stop anywhere.
 */
function sampledFieldCounts(head: string, delimiter: CsvDelimiter): number[] {
  const to = Math.min(head.length, SAMPLED_CHARS);
  const counts: number[] = [];
  let open = false;
  forEachCsvRecord(head, 0, to, (start, end) => {
    if (open || counts.length > SAMPLED_ROWS || (end === to && counts.length > 0)) return;
    const last = end > start && head.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (last === start && counts.length > 0) return; // a blank line
    const fields = csvFields(head, start, last, delimiter);
    if (fields) counts.push(fields.length);
    else open = true;
  }, delimiter);
  return counts;
}
