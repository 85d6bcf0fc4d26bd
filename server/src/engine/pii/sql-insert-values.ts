import type { PiiDetection, PiiDetector } from './pii-kind';
import { sensitiveField } from './sensitive-field';
import { birthDate, DATE } from './date-of-birth';

/** The column list and the start of the values: `INSERT INTO customers (id, name, date_of_birth) VALUES`. */
export const SQL_COLUMNS = /^[ \t]{1,3}[\w."`[\]]{1,64}[ \t]{0,3}\(([^()]{1,2000})\)\s{0,20}values\s{0,20}/i;
/** A row's values: literals in single quotes (`''` a quote inside), numbers, NULL. */
export const SQL_VALUE = /\s*(?:'((?:[^'\\]|''|\\.){0,400})'|([\w.+-]{1,64}))\s*(,|\))/y;
/** Rows of one statement read at most, and how far into the text. */
const MAX_ROWS = 500;
const MAX_SPAN = 64 * 1024;

/**
 * Seed data pasted into code datasets (`INSERT INTO customers (id, name, date_of_birth) VALUES
 * (1, 'Marie Weber', '1943-02-03'), …`): the column list names each value, as a CSV header does, so
 * a date in a birth-date column is a date of birth.
 */
export const sqlInsertDetector: PiiDetector = {
  kind: 'date-of-birth',
  trigger: /insert into/gi,
  literals: ['insert into'],
  inspect(text, at, found) {
    const from = at.index + at[0].length;
    const head = SQL_COLUMNS.exec(text.slice(from, from + 2200));
    if (!head) return;
    const columns = head[1].split(',').map((name) => sensitiveField(name.trim().replace(/^[`"[]|[`"\]]$/g, ''))?.category);
    const birth = columns.indexOf('date of birth');
    if (birth === -1) return;
    const limit = Math.min(text.length, from + MAX_SPAN);
    let at2 = from + head[0].length;
    for (let rows = 0; rows < MAX_ROWS; rows++) {
      const open = /^\s*,?\s*(?:\\[nrt]\s*)*\(/.exec(text.slice(at2, at2 + 40));
      if (!open) return;
      at2 += open[0].length;
      const row = readRow(text, at2, limit);
      if (!row) return;
      const cell = row.cells[birth];
      if (row.cells.length === columns.length && cell) dateCell(text, cell, found);
      at2 = row.end;
    }
  },
};

/** The quoted values of a row from `from` (after its `(`) to its `)`, as text ranges; undefined when it is no row. */
function readRow(text: string, from: number, limit: number): { cells: ({ start: number; end: number } | undefined)[]; end: number } | undefined {
  const cells: ({ start: number; end: number } | undefined)[] = [];
  SQL_VALUE.lastIndex = from;
  while (SQL_VALUE.lastIndex < limit) {
    const start = SQL_VALUE.lastIndex;
    const m = SQL_VALUE.exec(text);
    if (!m) return undefined;
    const quoted = m[1];
    const valueStart = quoted === undefined ? -1 : text.indexOf("'", start) + 1;
    cells.push(quoted === undefined ? undefined : { start: valueStart, end: valueStart + quoted.length });
    if (m[3] === ')') return { cells, end: SQL_VALUE.lastIndex };
  }
  return undefined;
}

function dateCell(text: string, cell: { start: number; end: number }, found: PiiDetection[]): void {
  const m = DATE.exec(text.slice(cell.start, cell.end));
  if (!m || m.index !== 0 || m[0].length !== cell.end - cell.start) return;
  const detection = birthDate(m, cell.start, cell.end);
  if (detection) found.push(detection);
}
