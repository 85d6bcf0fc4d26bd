import type { ParsedDocument } from '../parse/parse-document';
import { getIn, type KeyPath, type MapEntry, type TreeNode } from '../parse/tree';
import type { Finding } from '../types';
import { lineStartOf, nextLineStartOf, type TextEdit } from './text-edit';

export interface MoveSecretPlan {
  /** The literal to store before the config is edited. */
  value: string;
  variable: string;
  /** Edits of the config that remove the literal. */
  edits: TextEdit[];
  /** What the fix does, for its title. */
  title: string;
}

/**
 * Plan moving a literal credential out of a config whose tool reads it from the environment
 * (Axolotl, LLaMA-Factory, TRL, ...): the field is removed, the value goes to an env file.
 * Returns undefined when the field cannot be removed cleanly (flow style, list item, ...).
 */
export function planMoveSecret(doc: ParsedDocument, finding: Finding): MoveSecretPlan | undefined {
  if (finding.fix?.kind !== 'move-secret') return undefined;
  const value = doc.text.slice(finding.start, finding.end);
  const entry = entryAt(doc, finding.fix.keyPath);
  if (!entry || entry.value.kind !== 'scalar') return undefined;
  const edit = doc.syntax === 'yaml' ? removeYamlEntry(doc.text, entry) : doc.syntax === 'json' ? removeJsonEntry(doc.text, entry) : undefined;
  if (!edit) return undefined;
  const variable = finding.fix.variable;
  return {
    value, variable, edits: [edit],
    title: `Move ${variable} to the local env file and remove \`${entry.key}\` from the config`,
  };
}

function entryAt(doc: ParsedDocument, path: KeyPath): MapEntry | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  for (const root of doc.tree.roots) {
    const parent: TreeNode | undefined = getIn(root, path.slice(0, -1));
    if (parent?.kind === 'map') {
      const entry = parent.entries.find((e) => e.key === key);
      if (entry) return entry;
    }
  }
  return undefined;
}

/**
 * Remove the whole lines of a block-mapping entry. Refuses an entry that does not start its line
 * (flow mapping `{a: b}`, first key of a list item `- a: b`): removing it would change the structure.
 */
function removeYamlEntry(text: string, entry: MapEntry): TextEdit | undefined {
  const start = lineStartOf(text, entry.keyStart);
  if (text.slice(start, entry.keyStart).trim() !== '') return undefined;
  const end = nextLineStartOf(text, Math.max(entry.value.end - 1, entry.keyEnd));
  return { start, end, newText: '' };
}

/** Remove a JSON property with its separating comma. */
function removeJsonEntry(text: string, entry: MapEntry): TextEdit | undefined {
  let start = entry.start;
  let end = entry.end;
  const after = /^\s*,/.exec(text.slice(end));
  if (after) {
    end += after[0].length;
  } else {
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
  }
  // Take the whole line when the property stood alone on it.
  const lineStart = lineStartOf(text, start);
  if (text.slice(lineStart, start).trim() === '') {
    const lineEnd = nextLineStartOf(text, end);
    if (text.slice(end, lineEnd).trim() === '') return { start: lineStart, end: lineEnd, newText: '' };
  }
  return { start, end, newText: '' };
}
