import { csvFields } from '../datasets/csv-fields';
import { forEachCsvRecord } from '../datasets/csv-records';
import { sniffCsvDelimiter } from '../datasets/csv-delimiter';
import { normaliseKey } from './normalise-key';
import type { SecretCandidate } from './secret-rule';

/** An environment variable's name as a cell holds it: upper case, words joined by `_` (`WANDB_API_KEY`). */
const ENV_NAME = /^[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6}$/;
/** Where such a name may end a cell (before `,`, `;`, a tab or `|`): only the rows holding one are split into cells. */
export const NAME_BEFORE_DELIMITER = /[A-Z0-9]_[A-Z0-9]{1,30}"? {0,3}[,;\t|]/g;

/**
 * CSV rows that list variables and their values (an inventory of secrets, an export of a
 * platform's environment): `WANDB_API_KEY,6b1d…,trainer`. A cell holding a variable's name that
 * `watchedName` accepts makes the next cell a candidate under that name, judged as a variable of an
 * environment block, as in a `.env` file. The value's own detectors decide: a description, a
 * reference or a placeholder in the next cell is no credential.
 */
export function* csvNameValueCandidates(text: string, watchedName: (name: string) => boolean): Generator<SecretCandidate> {
  const hints: number[] = [];
  NAME_BEFORE_DELIMITER.lastIndex = 0;
  for (let m = NAME_BEFORE_DELIMITER.exec(text); m; m = NAME_BEFORE_DELIMITER.exec(text)) hints.push(m.index);
  if (hints.length === 0) return;
  const delimiter = sniffCsvDelimiter(text);
  const records: [number, number][] = [];
  let hint = 0;
  forEachCsvRecord(text, 0, text.length, (start, end) => {
    while (hint < hints.length && hints[hint] < start) hint++;
    if (hint < hints.length && hints[hint] < end) records.push([start, end]);
  }, delimiter);
  for (const [start, end] of records) {
    const fields = csvFields(text, start, end, delimiter);
    if (fields) yield* nameValueCells(text, fields, watchedName);
  }
}

/**
 * Along a row's cells (offsets into `text`): each cell holding a variable's name that `watchedName`
 * accepts makes the next cell a candidate under that name, judged as an environment block's
 * variable. `unwrap` takes off what the format puts around a cell's text (markdown's code backticks).
 */
export function* nameValueCells(text: string, cells: readonly { start: number; end: number }[], watchedName: (name: string) => boolean, unwrap = (cell: string) => cell): Generator<SecretCandidate> {
  for (let i = 0; i + 1 < cells.length; i++) {
    const name = unwrap(text.slice(cells[i].start, cells[i].end).trim());
    if (name.length < 4 || !ENV_NAME.test(name) || !watchedName(name)) continue;
    const next = cells[i + 1];
    const raw = text.slice(next.start, next.end);
    const value = unwrap(raw.trim());
    if (value.length < 6) continue;
    const valueStart = next.start + raw.indexOf(value);
    yield { value, start: valueStart, end: valueStart + value.length, path: [name], key: name, context: `env/${normaliseKey(name)}|` };
  }
}
