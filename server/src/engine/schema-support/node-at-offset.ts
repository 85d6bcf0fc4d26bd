import type { KeyPath, TreeNode } from '../parse/tree';

export interface NodeAtOffset {
  path: KeyPath;
  /** The cursor is on the key of the last path segment (not on its value). */
  onKey: boolean;
  start: number;
  end: number;
}

/** The innermost key or value under the cursor, with its key path. */
export function nodeAtOffset(root: TreeNode, offset: number): NodeAtOffset | undefined {
  let node: TreeNode = root;
  const path: KeyPath = [];
  for (;;) {
    if (node.kind === 'map') {
      const entry = node.entries.find((e) => offset >= e.keyStart && offset <= Math.max(e.end, e.keyEnd));
      if (!entry) return undefined;
      path.push(entry.key);
      if (offset <= entry.keyEnd) return { path, onKey: true, start: entry.keyStart, end: entry.keyEnd };
      if (offset < entry.value.start) return { path, onKey: true, start: entry.keyStart, end: entry.keyEnd };
      node = entry.value;
    } else if (node.kind === 'seq') {
      const index = node.items.findIndex((item) => offset >= item.start && offset <= item.end);
      if (index === -1) return undefined;
      path.push(index);
      node = node.items[index];
    } else {
      return { path, onKey: false, start: node.start, end: node.end };
    }
  }
}
