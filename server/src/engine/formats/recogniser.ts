import type { FormatId, Syntax } from '../types';
import type { TreeNode } from '../parse/tree';

/** What a recogniser may look at: name and parsed content, never the file system. */
export interface RecognitionInput {
  /** Path with `/` separators (relative to the workspace when known). */
  path: string;
  /** Lower-cased base name. */
  fileName: string;
  syntax: Syntax;
  /** First document root, if the text parsed to one. */
  root?: TreeNode;
  /** Top-level keys of the first root when it is a mapping. */
  keys: Set<string>;
  text: string;
}

/**
 * One file per format. `score` returns 0 when the content is not this format, otherwise a
 * confidence; the highest wins. Scores from content signatures are in [1, 10]; a file-name
 * convention alone (e.g. `*.dataset.yaml`) scores 20 so it beats content heuristics.
 */
export interface FormatRecogniser {
  id: FormatId;
  /** Human name for hovers and reports. */
  label: string;
  score(input: RecognitionInput): number;
}

/** Count how many of the given keys are present at the top level. */
export function countKeys(keys: Set<string>, candidates: readonly string[]): number {
  let n = 0;
  for (const k of candidates) if (keys.has(k)) n++;
  return n;
}

/** True when `_component_` appears as a key anywhere (cheap textual check first). */
export function hasComponentKey(input: RecognitionInput): boolean {
  return input.text.includes('_component_');
}
