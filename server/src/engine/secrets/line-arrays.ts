import type { KeyPath, TreeNode } from '../parse/tree';
import { embeddedNetrcCandidates } from './embedded-netrc';
import type { SecretCandidate } from './secret-rule';

type SeqNode = Extract<TreeNode, { kind: 'seq' }>;

/**
 * A text stored as an array of its lines, as notebooks store a cell's source and outputs
 * (`"text": ["machine api.wandb.ai\n", "  password …\n"]`): content that spans lines is read
 * from the lines joined. Each candidate found there points at the line (the string) it sits in.
 */
export function* lineArrayCandidates(node: SeqNode, path: KeyPath): Generator<SecretCandidate> {
  if (node.items.length < 2 || node.items.length > 10_000) return;
  const lines: Extract<TreeNode, { kind: 'scalar' }>[] = [];
  for (const item of node.items) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string') return;
    lines.push(item);
  }
  if (!lines.some((line) => (line.value as string).includes('machine'))) return; // the only content read across lines so far
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    const value = line.value as string;
    joined += value.endsWith('\n') ? value : `${value}\n`;
  }
  for (const candidate of embeddedNetrcCandidates(joined)) {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > candidate.start) i--;
    yield { ...candidate, start: lines[i].start, end: lines[i].end, path: [...path, i] };
  }
}
