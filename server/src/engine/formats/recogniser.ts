import type { FormatId, Syntax } from '../types';
import { mapGet, topLevelKeys, type TreeNode } from '../parse/tree';

/** What a recogniser may look at: name and parsed content, never the file system. */
export interface RecognitionInput {
  /** Path with `/` separators (relative to the workspace when known). */
  path: string;
  /** Lower-cased base name. */
  fileName: string;
  syntax: Syntax;
  /** First document root, if the text parsed to one (for Markdown: the YAML front matter). */
  root?: TreeNode;
  /** Top-level keys of the first root when it is a mapping. */
  keys: Set<string>;
  text: string;
}

/**
 * One file per format. `score` returns 0 when the content is not this format, otherwise a
 * confidence; the highest wins. Scores from content signatures are in [1, 15]; a file-name
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

/** Keys of the mapping under a top-level key (empty when absent or not a mapping). */
export function sectionKeys(root: TreeNode | undefined, key: string): Set<string> {
  return topLevelKeys(mapGet(root, key));
}

/** The string value of a top-level key, if it is a string. */
export function stringAt(root: TreeNode | undefined, key: string): string | undefined {
  const node = mapGet(root, key);
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** True for structured text (YAML or JSON) whose first root is a mapping. */
export function isStructuredMap(input: RecognitionInput): boolean {
  return (input.syntax === 'yaml' || input.syntax === 'json') && input.root?.kind === 'map';
}
