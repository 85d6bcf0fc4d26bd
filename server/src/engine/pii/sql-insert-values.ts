import type { PiiDetector } from './pii-kind';
import { sensitiveField } from './sensitive-field';
import { birthDateCell } from './date-of-birth';

/** The column list and the start of the values: `INSERT INTO customers (id, name, date_of_birth) VALUES`. */
export const SQL_COLUMNS = /^[ \t]{1,3}[\w."`[\]]{1,64}[ \t]{0,3}\(([^()]{1,2000})\)\s{0,20}values\s{0,20}/i;
/** The longest quoted value read, and an unquoted one (a number, NULL, a function's name). */
const LONGEST_QUOTED = 400;
const UNQUOTED = /^[\w.+-]{1,64}/;
/** Where the next row opens: after a comma, line breaks (also JSON-escaped ones). */
const ROW_OPEN = /^\s*,?\s*(?:\\[nrt]\s*)*\(/;
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
    let next = from + head[0].length;
    for (let rows = 0; rows < MAX_ROWS; rows++) {
      const open = ROW_OPEN.exec(text.slice(next, next + 40));
      if (!open) return;
      next += open[0].length;
      const row = readRow(text, next, limit);
      if (!row) return;
      const cell = row.cells[birth];
      const detection = row.cells.length === columns.length && cell ? birthDateCell(text, cell.start, cell.end) : undefined;
      if (detection) found.push(detection);
      next = row.end;
    }
  },
};

type Cell = { start: number; end: number } | undefined;

/** The values of a row from `from` (after its `(`) to its `)`: quoted ones as text ranges (`''` a quote inside), others undefined. */
function readRow(text: string, from: number, limit: number): { cells: Cell[]; end: number } | undefined {
  const cells: Cell[] = [];
  let i = skipBlanks(text, from, limit);
  while (i < limit) {
    if (text[i] === "'") {
      const start = i + 1;
      let j = start;
      for (; j < limit && j - start <= LONGEST_QUOTED; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === "'") {
          if (text[j + 1] !== "'") break;
          j++;
        }
      }
      if (text[j] !== "'") return undefined;
      cells.push({ start, end: j });
      i = j + 1;
    } else {
      const value = UNQUOTED.exec(text.slice(i, i + 64));
      if (!value) return undefined;
      cells.push(undefined);
      i += value[0].length;
    }
    i = skipBlanks(text, i, limit);
    if (text[i] === ')') return { cells, end: i + 1 };
    if (text[i] !== ',') return undefined;
    i = skipBlanks(text, i + 1, limit);
  }
  return undefined;
}

function skipBlanks(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
