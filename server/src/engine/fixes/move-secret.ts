import type { ParsedDocument } from '../parse/parse-document';
import { getIn, type KeyPath, type MapEntry, type TreeNode } from '../parse/tree';
import type { Finding } from '../types';
import { describeStrategy, replacementFor, strategyFor, type FixStrategy } from './format-strategy';
import { lineStartOf, nextLineStartOf, type TextEdit } from './text-edit';
import { variableFor } from './variable-name';

/** One literal credential planned to leave the file. Holds the value: never log or send it. */
export interface PlannedMove {
  finding: Finding;
  /** The literal to store before the file is edited. */
  value: string;
  /** Variable proposed for it; the store may answer with another (HF_TOKEN_2) when the name is taken. */
  variable: string;
  strategy: FixStrategy;
  /** Last key of the field, for titles. */
  field: string;
  /** The entry removed by `remove-field` / `env-block`, so a batch can merge removals. */
  removal?: { parentPath: KeyPath; entry: MapEntry };
  /** Edits of the file once the final variable name is known. */
  edits(variable: string): TextEdit[];
  /** What the fix does, for its title. */
  describe(variable: string): string;
}

/**
 * Plan moving one literal out of a YAML/JSON file, the way the tool that reads it supports.
 * Undefined when it cannot be done cleanly (flow style, list item, part of a longer value the
 * tool cannot interpolate): then nothing is offered rather than a broken config.
 */
export function planMove(doc: ParsedDocument, finding: Finding): PlannedMove | undefined {
  if (finding.fix?.kind !== 'move-secret') return undefined;
  if (doc.syntax !== 'yaml' && doc.syntax !== 'json') return undefined;
  const path = finding.fix.keyPath;
  const value = doc.text.slice(finding.start, finding.end);
  const node = nodeAt(doc, path);
  if (!node || node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  const whole = node.value === value;
  let strategy = strategyFor(doc.format, path);
  if (strategy === 'launch-env' && !whole) strategy = 'placeholder';
  const variable = variableFor(doc, path, finding.fix.variable);
  const field = String([...path].reverse().find((k) => typeof k === 'string') ?? variable);
  const base = { finding, value, variable, strategy, field, describe: (v: string) => describeStrategy(strategy, v, field) };

  if (strategy === 'remove-field' || strategy === 'env-block') {
    if (!whole) return undefined;
    const parentPath = path.slice(0, -1);
    const entry = entryAt(doc, path);
    if (!entry) return undefined;
    const edit = removeEntry(doc, entry);
    if (!edit) return undefined;
    return { ...base, removal: { parentPath, entry }, edits: () => [edit] };
  }
  const flow = isInFlowCollection(doc, path);
  return {
    ...base,
    edits: (v) => {
      const replacement = replacementFor(strategy, v)!;
      if (strategy === 'launch-env') return [{ start: node.start, end: node.end, newText: replacement }];
      // A plain `${...}` inside a YAML flow collection would be read as a mapping: quote it there.
      if (doc.syntax === 'yaml' && !node.quoted && whole && flow) return [{ start: node.start, end: node.end, newText: JSON.stringify(replacement) }];
      return [{ start: finding.start, end: finding.end, newText: replacement }];
    },
  };
}

export function nodeAt(doc: ParsedDocument, path: KeyPath): TreeNode | undefined {
  for (const root of doc.tree.roots) {
    const node = getIn(root, path);
    if (node) return node;
  }
  return undefined;
}

export function entryAt(doc: ParsedDocument, path: KeyPath): MapEntry | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  return parent?.kind === 'map' ? parent.entries.find((e) => e.key === key) : undefined;
}

function isInFlowCollection(doc: ParsedDocument, path: KeyPath): boolean {
  if (doc.syntax !== 'yaml') return false;
  for (let n = path.length - 1; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    if (node && /^[{[]/.test(doc.text.slice(node.start, node.start + 1))) return true;
  }
  return false;
}

export function removeEntry(doc: ParsedDocument, entry: MapEntry): TextEdit | undefined {
  return doc.syntax === 'yaml' ? removeYamlEntry(doc.text, entry) : doc.syntax === 'json' ? removeJsonEntry(doc.text, entry) : undefined;
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
