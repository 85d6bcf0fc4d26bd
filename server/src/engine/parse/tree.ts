/**
 * One tree shape for YAML and JSON documents, with source offsets, so rules never care which
 * syntax a config was written in.
 */

export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  /** Offsets of the node's source text (for a quoted string: including the quotes). */
  start: number;
  end: number;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
  /** True for strings written with quotes or as a block scalar; false for plain scalars. */
  quoted?: boolean;
}

export interface MapEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: TreeNode;
  /** Offset where the whole entry starts (key) and ends (end of value). */
  start: number;
  end: number;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: MapEntry[];
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: TreeNode[];
}

export type TreeNode = ScalarNode | MapNode | SeqNode;

export type KeyPath = (string | number)[];

export interface ParseProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedTree {
  /** The root of each document (YAML multi-doc files and JSONL give several). */
  roots: TreeNode[];
  problems: ParseProblem[];
}

export function mapGet(node: TreeNode | undefined, key: string): TreeNode | undefined {
  if (!node || node.kind !== 'map') return undefined;
  for (const entry of node.entries) if (entry.key === key) return entry.value;
  return undefined;
}

export function mapEntry(node: TreeNode | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  return node.entries.find((e) => e.key === key);
}

export function getIn(node: TreeNode | undefined, path: KeyPath): TreeNode | undefined {
  let current = node;
  for (const segment of path) {
    if (!current) return undefined;
    if (typeof segment === 'number') current = current.kind === 'seq' ? current.items[segment] : undefined;
    else current = mapGet(current, segment);
  }
  return current;
}

export function scalarString(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function topLevelKeys(node: TreeNode | undefined): Set<string> {
  return new Set(node?.kind === 'map' ? node.entries.map((e) => e.key) : []);
}

export interface VisitedScalar {
  node: ScalarNode;
  path: KeyPath;
}

/** Depth-first walk over every scalar with its key path. Iterative: deep documents cannot overflow the stack. */
export function* walkScalars(root: TreeNode): Generator<VisitedScalar> {
  const stack: { node: TreeNode; path: KeyPath }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.kind === 'scalar') {
      yield { node, path };
    } else if (node.kind === 'map') {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i];
        stack.push({ node: entry.value, path: [...path, entry.key] });
      }
    } else {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
}
