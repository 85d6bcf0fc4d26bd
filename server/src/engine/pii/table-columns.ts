import { sensitiveField } from './sensitive-field';

/** Where a line of text ends: a line break, a tab (the dataset scan's reading of an escaped break) or an escaped break (`\n`). */
const LINE_BREAK = /\r?\n|\t|(?:\\r)?\\n/g;
/** Cell delimiters a table inside text uses: markdown's `|`, a pasted CSV's `,` or `;`. */
const DELIMITERS = ['|', ',', ';'] as const;
/** Rows of one table read at most, and how far into the text after the header. */
const MAX_ROWS = 500;
const MAX_SPAN = 64 * 1024;
/** A markdown table's rule under its header (`|---|:--:|`). */
const RULE_ROW = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;

/**
 * The cells of a table column whose header names the kind (`| Name | DOB |`, `name,email,dob` in a
 * pasted CSV): the header word at `at` is a whole cell of a delimited line; each row below with as
 * many cells gives the cell in that column to `onCell`, until the table ends.
 */
export function columnCells(text: string, at: number, category: string, onCell: (start: number, end: number) => void): void {
  const header = lineAround(text, at);
  if (!header) return;
  for (const delimiter of DELIMITERS) {
    const cells = splitCells(text, header.start, header.end, delimiter);
    if (cells.length < (delimiter === '|' ? 2 : 3)) continue; // a markdown row's outer pipes mark a table of two columns too
    const column = cells.findIndex((c) => c.start <= at && at < c.end);
    if (column === -1 || sensitiveField(text.slice(cells[column].start, cells[column].end).trim())?.category !== category) continue;
    let rows = 0;
    for (const line of linesAfter(text, header.end)) {
      if (RULE_ROW.test(text.slice(line.start, line.end))) continue;
      const row = splitCells(text, line.start, line.end, delimiter);
      if (row.length !== cells.length || ++rows > MAX_ROWS) return;
      onCell(row[column].start, row[column].end);
    }
    return;
  }
}

/** The header's line: between line breaks, and within the JSON string that holds it (`"content":"name,dob\n…`). */
function lineAround(text: string, at: number): { start: number; end: number } | undefined {
  const from = Math.max(0, at - 2048);
  const before = text.slice(from, at);
  let start = from;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(before); m; m = LINE_BREAK.exec(before)) start = from + m.index + m[0].length;
  start = Math.max(start, text.lastIndexOf('"', at - 1) + 1);
  LINE_BREAK.lastIndex = at;
  const next = LINE_BREAK.exec(text);
  const end = withinString(text, at, next ? next.index : text.length);
  return end - start <= 2048 ? { start, end } : undefined;
}

/** Where a line from `start` to `end` ends inside its JSON string: at a quote, if one comes first. */
function withinString(text: string, start: number, end: number): number {
  const quote = text.indexOf('"', start);
  return quote !== -1 && quote < end ? quote : end;
}

function* linesAfter(text: string, headerEnd: number): Generator<{ start: number; end: number }> {
  const limit = Math.min(text.length, headerEnd + MAX_SPAN);
  LINE_BREAK.lastIndex = headerEnd;
  let start = -1;
  for (let m = LINE_BREAK.exec(text); m && m.index <= limit; m = LINE_BREAK.exec(text)) {
    if (start !== -1) yield { start, end: withinString(text, start, m.index) };
    start = m.index + m[0].length;
    LINE_BREAK.lastIndex = start;
  }
  if (start !== -1 && start < limit) yield { start, end: withinString(text, start, limit) };
}

/** The cells of a line, trimmed of spaces; a markdown row's outer pipes open and close it. */
function splitCells(text: string, start: number, end: number, delimiter: string): { start: number; end: number }[] {
  let line = text.slice(start, end);
  let offset = start;
  if (delimiter === '|') {
    const open = line.indexOf('|');
    const close = line.lastIndexOf('|');
    if (open === -1 || open === close || line.slice(0, open).trim() || line.slice(close + 1).trim()) return [];
    offset += open + 1;
    line = line.slice(open + 1, close);
  }
  const cells: { start: number; end: number }[] = [];
  let cellStart = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== delimiter) continue;
    const raw = line.slice(cellStart, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ start: offset + cellStart + lead, end: offset + cellStart + lead + raw.trim().length });
    cellStart = i + 1;
  }
  return cells;
}

