import { getLocation } from 'jsonc-parser';
import { parseYamlTree } from '../parse/yaml-tree';
import type { KeyPath, TreeNode } from '../parse/tree';

/** Where the cursor is, in schema terms: completing a key of a mapping, or the value at a path. */
export interface CursorContext {
  kind: 'key' | 'value';
  /** For `key`: path of the mapping being completed. For `value`: path of the value. */
  path: KeyPath;
  /** What is already typed of the key or value, ending at the cursor. */
  prefix: string;
  /** Keys already present in the mapping (never proposed again). */
  presentKeys: Set<string>;
  /** For `key`: the text is a bare item of a sequence (`- ite|`), which may be a scalar item instead. */
  sequenceItem?: boolean;
}

const MARKER = '\u2063tg\u2063';

/**
 * YAML: re-parse the document with a marker typed at the cursor, so half-written lines still
 * produce a tree, and read the marker's place in it. The real parser decides indentation and
 * nesting (the approach of yaml-language-server, not a line-by-line guess).
 */
export function yamlCursorContext(text: string, offset: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  if (before.trimStart().startsWith('#')) return undefined;
  const body = before.replace(/^\s*(?:-\s+)*/, '');
  const isValue = /^("[^"]*"|'[^']*'|[^\s#:"'][^#:]*?)\s*:(\s|$)/.test(body);
  const patchedLine = before + MARKER + (isValue ? '' : ':');
  const patched = text.slice(0, lineStart) + patchedLine + text.slice(lineEnd);
  const root = parseYamlTree(patched).roots[0];
  if (!root) return { kind: 'key', path: [], prefix: body, presentKeys: new Set() };
  return findMarker(root, /^\s*-\s/.test(before) && !isValue);
}

function findMarker(root: TreeNode, sequenceItem: boolean): CursorContext | undefined {
  const stack: { node: TreeNode; path: KeyPath }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string' && node.value.includes(MARKER)) {
        return { kind: 'value', path, prefix: node.value.slice(0, node.value.indexOf(MARKER)), presentKeys: new Set() };
      }
    } else if (node.kind === 'map') {
      const marked = node.entries.find((e) => e.key.includes(MARKER));
      if (marked) {
        const presentKeys = new Set(node.entries.filter((e) => e !== marked).map((e) => e.key));
        return { kind: 'key', path, prefix: marked.key.slice(0, marked.key.indexOf(MARKER)), presentKeys, sequenceItem: sequenceItem && node.entries.length === 1 };
      }
      for (const entry of node.entries) stack.push({ node: entry.value, path: [...path, entry.key] });
    } else {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return undefined;
}

/** JSON: jsonc-parser's own location (the one VS Code's JSON service uses). */
export function jsonCursorContext(text: string, offset: number): CursorContext | undefined {
  const location = getLocation(text, offset);
  const previous = location.previousNode;
  const typed = previous && typeof previous.value === 'string' ? text.slice(previous.offset + 1, offset) : '';
  if (location.isAtPropertyKey) {
    return { kind: 'key', path: location.path.slice(0, -1), prefix: typed, presentKeys: new Set() };
  }
  return { kind: 'value', path: location.path, prefix: typed, presentKeys: new Set() };
}
