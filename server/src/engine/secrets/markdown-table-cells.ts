import { nameValueCells } from './csv-name-value-cells';
import type { SecretCandidate } from './secret-rule';

/** A markdown table row: starts with `|` (after indentation), cells split on unescaped `|`. */
const TABLE_ROW = /^[ \t]{0,3}\|.*\|[ \t]*$/gm;
const CELL_SPLIT = /(?<!\\)\|/g;
const withoutBackticks = (cell: string) => cell.replace(/^`(.*)`$/, '$1');

/**
 * Markdown tables that list variables and their values (a runbook's or a post-mortem's
 * `| WANDB_API_KEY | \`6b1d…\` | rotated |`): a cell holding a variable's name that `watchedName`
 * accepts makes the next cell, without its code backticks, a candidate under that name.
 */
export function* markdownTableNameValueCandidates(text: string, watchedName: (name: string) => boolean): Generator<SecretCandidate> {
  if (!text.includes('|')) return;
  TABLE_ROW.lastIndex = 0;
  for (let row = TABLE_ROW.exec(text); row; row = TABLE_ROW.exec(text)) {
    if (!/[A-Z0-9]_[A-Z0-9]/.test(row[0])) continue;
    const cells: { start: number; end: number }[] = [];
    let from = row.index + row[0].indexOf('|') + 1;
    CELL_SPLIT.lastIndex = 0;
    const line = row[0];
    for (let bar = CELL_SPLIT.exec(line); bar; bar = CELL_SPLIT.exec(line)) {
      const at = row.index + bar.index;
      if (at >= from) cells.push({ start: from, end: at });
      from = at + 1;
    }
    yield* nameValueCells(text, cells, watchedName, withoutBackticks);
  }
}
