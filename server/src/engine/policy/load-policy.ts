import { DEFAULT_POLICY, PolicySchema, type Policy } from '../../../../schemas/policy';
import { parseYamlTree } from '../parse/yaml-tree';
import { getIn, type KeyPath, type TreeNode } from '../parse/tree';

export interface PolicyProblem {
  message: string;
  start: number;
  end: number;
}

export interface LoadedPolicy {
  policy: Policy;
  /** Problems to show in the policy file itself; the policy still works with defaults. */
  problems: PolicyProblem[];
}

/**
 * Parse `.tuneguard.yaml`. Never throws: a malformed section falls back to its default and is
 * reported at its exact range; the valid sections still apply.
 */
export function loadPolicy(text: string): LoadedPolicy {
  const tree = parseYamlTree(text);
  const problems: PolicyProblem[] = tree.problems.map((p) => ({ message: `YAML: ${p.message}`, start: p.start, end: p.end }));
  const root = tree.roots[0];
  if (!root) return { policy: DEFAULT_POLICY, problems };
  if (root.kind !== 'map') {
    problems.push({ message: 'The policy must be a mapping of settings.', start: root.start, end: root.end });
    return { policy: DEFAULT_POLICY, problems };
  }
  const raw = toPlain(root) as Record<string, unknown>;
  const whole = PolicySchema.safeParse(raw);
  if (whole.success) return { policy: whole.data, problems };

  for (const issue of whole.error.issues) {
    const node = nearestNode(root, issue.path as KeyPath);
    problems.push({ message: `${issue.path.join('.') || 'policy'}: ${issue.message}`, start: node.start, end: node.end });
  }
  // Keep every top-level section that is valid on its own; reset the broken ones.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const candidate = PolicySchema.safeParse({ ...kept, [key]: value });
    if (candidate.success) kept[key] = value;
  }
  const partial = PolicySchema.safeParse(kept);
  return { policy: partial.success ? partial.data : DEFAULT_POLICY, problems };
}

function nearestNode(root: TreeNode, path: KeyPath): TreeNode {
  for (let n = path.length; n >= 0; n--) {
    const node = getIn(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}

/** Tree -> plain JS values (policy files are small; recursion depth is the nesting depth). */
export function toPlain(root: TreeNode): unknown {
  const build = (node: TreeNode): unknown => {
    if (node.kind === 'scalar') return node.value;
    if (node.kind === 'seq') return node.items.map(build);
    const out: Record<string, unknown> = {};
    for (const entry of node.entries) out[entry.key] = build(entry.value);
    return out;
  };
  return build(root);
}
