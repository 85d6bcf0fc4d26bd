import type { KeyPath, MapEntry, ScalarNode, TreeNode } from '../parse/tree';

/** Training configs nest a few levels; deeper (hostile) nesting is not walked, so paths stay short. */
const MAX_DEPTH = 24;

export interface FoundEntry {
  entry: MapEntry;
  path: KeyPath;
}

/**
 * Walks are memoised per tree: every governance rule looks up keys in the same config, and the
 * parse of an unchanged text is shared, so each tree is walked once.
 */
const entriesByRoot = new WeakMap<TreeNode, readonly FoundEntry[]>();
const scalarsByRoot = new WeakMap<TreeNode, readonly { node: ScalarNode; path: KeyPath }[]>();

function memo<T>(cache: WeakMap<TreeNode, readonly T[]>, root: TreeNode | undefined, walk: (root: TreeNode) => Generator<T>): readonly T[] {
  if (!root) return [];
  let found = cache.get(root);
  if (!found) {
    found = [...walk(root)];
    cache.set(root, found);
  }
  return found;
}

/** Every mapping entry down to MAX_DEPTH (configs nest settings under `trl:`, `training:`, `args:`...). */
export function walkEntries(root: TreeNode | undefined): readonly FoundEntry[] {
  return memo(entriesByRoot, root, collectEntries);
}

/** Every scalar with its key path, down to MAX_DEPTH. */
export function walkScalarsBounded(root: TreeNode | undefined): readonly { node: ScalarNode; path: KeyPath }[] {
  return memo(scalarsByRoot, root, collectScalars);
}

function* collectEntries(root: TreeNode): Generator<FoundEntry> {
  const stack: { node: TreeNode; path: KeyPath }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (path.length >= MAX_DEPTH) continue;
    if (node.kind === 'map') {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i];
        stack.push({ node: entry.value, path: [...path, entry.key] });
      }
      for (const entry of node.entries) yield { entry, path: [...path, entry.key] };
    } else if (node.kind === 'seq') {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
}

function* collectScalars(root: TreeNode): Generator<{ node: ScalarNode; path: KeyPath }> {
  const stack: { node: TreeNode; path: KeyPath }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.kind === 'scalar') yield { node, path };
    else if (path.length >= MAX_DEPTH) continue;
    else if (node.kind === 'map') for (let i = node.entries.length - 1; i >= 0; i--) stack.push({ node: node.entries[i].value, path: [...path, node.entries[i].key] });
    else for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
  }
}

/** Entries whose key is one of `keys`, at any depth. */
export function entriesNamed(root: TreeNode | undefined, keys: readonly string[]): FoundEntry[] {
  const wanted = new Set(keys);
  return walkEntries(root).filter((f) => wanted.has(f.entry.key));
}

export function scalarOf(node: TreeNode | undefined): ScalarNode | undefined {
  return node?.kind === 'scalar' ? node : undefined;
}

/** YAML/JSON truthiness as the training tools read it (`true`, `"true"`, `yes`, 1). */
export function isTrue(node: TreeNode | undefined): boolean {
  const s = scalarOf(node);
  if (!s) return false;
  if (typeof s.value === 'boolean') return s.value;
  if (typeof s.value === 'number') return s.value !== 0;
  return typeof s.value === 'string' && /^(true|yes|on|1)$/i.test(s.value.trim());
}

export function isFalse(node: TreeNode | undefined): boolean {
  const s = scalarOf(node);
  if (!s) return false;
  if (typeof s.value === 'boolean') return !s.value;
  return typeof s.value === 'string' && /^(false|no|off|0)$/i.test(s.value.trim());
}

/** String items of a scalar or a list (also comma-separated strings, as `report_to: wandb,mlflow`). */
export function stringItems(node: TreeNode | undefined): { value: string; node: ScalarNode }[] {
  if (!node) return [];
  const nodes = node.kind === 'seq' ? node.items : [node];
  const out: { value: string; node: ScalarNode }[] = [];
  for (const n of nodes) {
    if (n.kind !== 'scalar' || typeof n.value !== 'string') continue;
    for (const part of n.value.split(',')) if (part.trim()) out.push({ value: part.trim(), node: n });
  }
  return out;
}
