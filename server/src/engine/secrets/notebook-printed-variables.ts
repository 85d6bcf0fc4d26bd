import type { KeyPath, TreeNode } from '../parse/tree';
import { normaliseKey } from './normalise-key';
import type { SecretCandidate } from './secret-rule';

type MapNode = Extract<TreeNode, { kind: 'map' }>;
type ScalarNode = Extract<TreeNode, { kind: 'scalar' }>;

/**
 * A notebook statement that shows an environment variable's value: `print(os.environ.get("X"))`,
 * `os.getenv("X")` as the cell's last expression, `!echo $X`, `!printenv X`, `%env X`.
 */
export const SHOWS_VARIABLE = [
  /^(?:print\([ \t]{0,3})?os\.(?:environ\.get|getenv)\([ \t]{0,3}["']([A-Za-z_]\w{0,80})["'][ \t]{0,3}\)(?:[ \t]{0,3}\))?[ \t]{0,3}$/,
  /^(?:print\([ \t]{0,3})?os\.environ\[[ \t]{0,3}["']([A-Za-z_]\w{0,80})["'][ \t]{0,3}\](?:[ \t]{0,3}\))?[ \t]{0,3}$/,
  /^!(?:echo[ \t]{1,3}"?\$\{?([A-Za-z_]\w{0,80})\}?"?|printenv[ \t]{1,3}([A-Za-z_]\w{0,80}))[ \t]{0,3}$/,
  /^%env[ \t]{1,3}([A-Za-z_]\w{0,80})[ \t]{0,3}$/,
];

/**
 * A code cell whose last line shows an environment variable, and whose output is one token: that
 * token is the variable's value, a candidate under its name (`print(os.environ.get("WANDB_API_KEY"))`
 * printing the key). A cell printing a digest (`print(hashlib.sha256(…).hexdigest())`) names no
 * variable, so its output is never read as one.
 */
export function* printedVariableCandidates(cell: MapNode, path: KeyPath): Generator<SecretCandidate> {
  if (entry(cell, 'cell_type')?.kind !== 'scalar') return;
  const source = textOf(entry(cell, 'source'));
  const outputs = entry(cell, 'outputs');
  if (!source || outputs?.kind !== 'seq' || outputs.items.length !== 1) return;
  const lastLine = source.trimEnd().split('\n').pop()!.trim();
  const name = SHOWS_VARIABLE.map((re) => re.exec(lastLine)).find(Boolean)?.slice(1).find(Boolean);
  if (!name) return;
  const output = outputs.items[0];
  if (output.kind !== 'map') return;
  const data = entry(output, 'data');
  const shown = entry(output, 'text') ?? (data?.kind === 'map' ? entry(data, 'text/plain') : undefined);
  const lines = linesOf(shown);
  if (lines.length !== 1) return;
  const value = (lines[0].value as string).trim().replace(/^(["'])(.*)\1$/, '$2');
  if (value.length < 6 || /\s/.test(value)) return;
  const key = normaliseKey(name);
  yield { value, start: lines[0].start, end: lines[0].end, path: [...path, 'outputs', 0], key: name, context: `env/${key}|` };
}

function entry(node: MapNode, key: string): TreeNode | undefined {
  return node.entries.find((e) => e.key === key)?.value;
}

/** A notebook text: one string, or the array of its lines. */
function textOf(node: TreeNode | undefined): string | undefined {
  const lines = linesOf(node);
  return lines.length > 0 ? lines.map((line) => line.value as string).join('') : undefined;
}

/** The non-blank strings of a notebook text. */
function linesOf(node: TreeNode | undefined): ScalarNode[] {
  const items = node?.kind === 'seq' ? node.items : node ? [node] : [];
  return items.filter((item): item is ScalarNode => item.kind === 'scalar' && typeof item.value === 'string' && item.value.trim() !== '');
}
