import { getIn, type KeyPath, type TreeNode } from '../parse/tree';

/**
 * The exact range a schema issue belongs on: the value at its path; for a missing key, the key
 * of the mapping that should hold it (or the mapping's first key); else the nearest ancestor.
 */
export function issueRange(root: TreeNode, path: KeyPath): { start: number; end: number } {
  const node = getIn(root, path);
  if (node && node.end > node.start) return { start: node.start, end: node.end };
  if (node) {
    // An empty value (`key:` with nothing after it): underline the key.
    const parent = getIn(root, path.slice(0, -1));
    const entry = parent?.kind === 'map' ? parent.entries.find((e) => e.value === node) : undefined;
    if (entry) return { start: entry.keyStart, end: entry.keyEnd };
  }
  for (let n = path.length - 1; n >= 0; n--) {
    const parent = getIn(root, path.slice(0, n));
    if (!parent) continue;
    if (parent.kind === 'map') {
      const owner = n > 0 ? getIn(root, path.slice(0, n - 1)) : undefined;
      const ownerEntry = owner?.kind === 'map' ? owner.entries.find((e) => e.value === parent) : undefined;
      if (ownerEntry) return { start: ownerEntry.keyStart, end: ownerEntry.keyEnd };
      const first = parent.entries[0];
      if (first) return { start: first.keyStart, end: first.keyEnd };
    }
    return { start: parent.start, end: Math.min(parent.end, parent.start + 1) };
  }
  return { start: root.start, end: Math.min(root.end, root.start + 1) };
}
