import { parseYamlTree } from './yaml-tree';
import type { ParsedTree, TreeNode } from './tree';

export interface FrontMatter {
  /** Offsets of the YAML between the `---` fences, in the whole document. */
  start: number;
  end: number;
  tree: ParsedTree;
}

/** `---` on the first line, YAML, then `---` (or `...`) on a line of its own. */
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * The YAML front matter of a Markdown file (Hugging Face dataset and model cards), parsed with
 * offsets into the whole document, so findings in it land on the right characters.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  const rest = text.slice(start);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index);
  const tree = parseYamlTree(yaml);
  return {
    start,
    end: start + yaml.length,
    tree: {
      roots: tree.roots.map((root) => shift(root, start)),
      problems: tree.problems.map((p) => ({ ...p, start: p.start + start, end: p.end + start })),
    },
  };
}

/** Move every offset of a tree by `delta` (iterative; front matter can be deep). */
function shift(root: TreeNode, delta: number): TreeNode {
  const copy = structuredClone(root);
  const stack: TreeNode[] = [copy];
  while (stack.length) {
    const node = stack.pop()!;
    node.start += delta;
    node.end += delta;
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        entry.start += delta;
        entry.end += delta;
        entry.keyStart += delta;
        entry.keyEnd += delta;
        stack.push(entry.value);
      }
    } else if (node.kind === 'seq') {
      stack.push(...node.items);
    }
  }
  return copy;
}
