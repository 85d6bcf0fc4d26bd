import type { ParsedDocument } from '../parse/parse-document';
import type { KeyPath, TreeNode } from '../parse/tree';
import type { SecretCandidate } from './secret-rule';
import { inlineAssignments } from './inline-assignments';
import { lineCandidates } from './line-candidates';
import { normaliseKey } from './normalise-key';

/** Shorter strings cannot hold a credential worth reporting (the shortest rule value is 6). */
const MIN_LENGTH = 6;

/**
 * The strings a secret can hide in: every string scalar of a YAML/JSON/JSONL tree with its key
 * path and context, or every `key = value` / free line of the text formats (.env, TOML, INI, text).
 */
export function* secretCandidates(doc: ParsedDocument): Generator<SecretCandidate> {
  if (doc.tree.roots.length > 0) {
    // Records of a JSONL dataset are prose, not scripts: assignments inside them are not looked for.
    const scripts = doc.syntax !== 'jsonl';
    for (const root of doc.tree.roots) yield* treeCandidates(root, scripts);
    return;
  }
  // Text formats, and unparseable YAML/JSON: lines, so a syntax error does not hide a secret.
  yield* lineCandidates(doc.text, doc.syntax);
}

interface Frame {
  node: TreeNode;
  path: KeyPath;
  /** Normalised ancestor keys joined by `/`. */
  keys: string;
  /** `_component_` (torchtune) or `type` (service-account JSON) of the nearest enclosing map. */
  component: string;
}

/** Iterative walk (deep documents cannot overflow the stack) that keeps each value's context. */
function* treeCandidates(root: TreeNode, scripts: boolean): Generator<SecretCandidate> {
  const stack: Frame[] = [{ node: root, path: [], keys: '', component: '' }];
  while (stack.length > 0) {
    const { node, path, keys, component } = stack.pop()!;
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string' && node.value.length >= MIN_LENGTH) {
        yield { value: node.value, start: node.start, end: node.end, path, context: `${keys}|${component}` };
        // Scripts and command lines in a value (`run: |`, `command:`): the names assigned inside them.
        if (scripts && node.value.length >= 12 && /[\s=:]/.test(node.value)) yield* inlineAssignments(node.value, { path, keys, component, at: node });
      }
    } else if (node.kind === 'map') {
      const own = marker(node) ?? component;
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i];
        stack.push({ node: entry.value, path: [...path, entry.key], keys: keys ? `${keys}/${normaliseKey(entry.key)}` : normaliseKey(entry.key), component: own });
      }
    } else {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i], keys, component });
    }
  }
}

function marker(node: Extract<TreeNode, { kind: 'map' }>): string | undefined {
  for (const entry of node.entries) {
    if ((entry.key === '_component_' || entry.key === 'type' || entry.key === '_target_') && entry.value.kind === 'scalar' && typeof entry.value.value === 'string') {
      return entry.value.value.toLowerCase().slice(0, 200);
    }
  }
  return undefined;
}
