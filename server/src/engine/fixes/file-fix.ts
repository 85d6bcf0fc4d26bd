import type { ParsedDocument } from '../parse/parse-document';
import type { Finding } from '../types';
import { entryAt, planMove, removeEntry, type PlannedMove } from './move-secret';
import type { TextEdit } from './text-edit';

/** Every movable secret of one file, fixed by one edit after one batch store. */
export interface FilePlan {
  moves: PlannedMove[];
  /** The file's edits, given the final variable of each move (same order as `moves`). */
  edits(variables: readonly string[]): TextEdit[];
}

/**
 * Plan the whole file. Moves whose edits would overlap an earlier one are left out (they stay
 * reported and a second run fixes them); an `env:` block emptied by the batch goes entirely,
 * since TRL iterates the block and an empty `env:` is null.
 */
export function planFileFix(doc: ParsedDocument, findings: readonly Finding[]): FilePlan {
  const candidates: PlannedMove[] = [];
  const seen = new Set<number>();
  for (const finding of findings) {
    if (seen.has(finding.start)) continue;
    const move = planMove(doc, finding);
    if (!move) continue;
    seen.add(finding.start);
    candidates.push(move);
  }
  const blockRemovals = emptiedBlocks(doc, candidates);
  const moves: PlannedMove[] = [];
  const taken: TextEdit[] = [];
  for (const move of candidates) {
    const block = move.strategy === 'env-block' ? blockRemovals.get(blockKey(move)) : undefined;
    const edits = block ? [] : move.edits(move.variable);
    if (edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end))) continue;
    taken.push(...edits);
    moves.push(move);
  }
  return {
    moves,
    edits(variables) {
      const out: TextEdit[] = [];
      const blocksDone = new Set<string>();
      moves.forEach((move, i) => {
        const key = move.strategy === 'env-block' ? blockKey(move) : undefined;
        const block = key ? blockRemovals.get(key) : undefined;
        if (block && key) {
          if (!blocksDone.has(key)) out.push(block);
          blocksDone.add(key);
        } else {
          out.push(...move.edits(variables[i] ?? move.variable));
        }
      });
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

function blockKey(move: PlannedMove): string {
  return JSON.stringify(move.removal?.parentPath ?? []);
}

/** `env:` blocks all of whose entries move out, mapped to the removal of the whole block. */
function emptiedBlocks(doc: ParsedDocument, moves: readonly PlannedMove[]): Map<string, TextEdit> {
  const byBlock = new Map<string, PlannedMove[]>();
  for (const move of moves) {
    if (move.strategy !== 'env-block' || !move.removal) continue;
    const key = blockKey(move);
    byBlock.set(key, [...(byBlock.get(key) ?? []), move]);
  }
  const removals = new Map<string, TextEdit>();
  for (const [key, group] of byBlock) {
    const parentPath = group[0].removal!.parentPath;
    const blockEntry = parentPath.length > 0 ? entryAt(doc, parentPath) : undefined;
    if (!blockEntry || blockEntry.value.kind !== 'map') continue;
    const moved = new Set(group.map((m) => m.removal!.entry.key));
    if (!blockEntry.value.entries.every((e) => moved.has(e.key))) continue;
    const edit = removeEntry(doc, blockEntry);
    if (edit) removals.set(key, edit);
  }
  return removals;
}
