import { parseAllDocuments, isMap, isSeq, isScalar, isPair, isAlias, Scalar, type Node as YamlNode } from 'yaml';
import type { MapEntry, ParsedTree, ParseProblem, TreeNode } from './tree';

/**
 * YAML -> tree with offsets, using the `yaml` package's CST-backed documents. Aliases are not
 * expanded (an alias bomb stays small); the anchored node is walked once where it is defined.
 */
export function parseYamlTree(text: string): ParsedTree {
  const problems: ParseProblem[] = [];
  const roots: TreeNode[] = [];
  const documents = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  const list = Array.isArray(documents) ? documents : [documents];
  for (const doc of list) {
    for (const error of doc.errors) {
      // The yaml package reports an unexpected end of input one past the text: keep ranges inside it.
      const start = Math.min(error.pos[0], text.length);
      const message = /call stack/i.test(error.message) ? 'YAML nested too deeply to parse; not checked.' : error.message.split('\n')[0];
      problems.push({ message, start, end: Math.min(Math.max(error.pos[1], start), text.length) });
    }
    if (doc.contents) {
      const root = convert(doc.contents as YamlNode);
      if (root) roots.push(root);
    }
  }
  return { roots, problems };
}

function convert(node: YamlNode | null | undefined): TreeNode | undefined {
  if (!node || isAlias(node)) return undefined;
  const [start, valueEnd] = node.range ?? [0, 0];
  if (isScalar(node)) {
    const value = node.value;
    const scalarValue = value === null || value === undefined ? null
      : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value
      : String(value);
    return { kind: 'scalar', value: scalarValue, start, end: valueEnd, quoted: node.type !== Scalar.PLAIN && node.type !== undefined };
  }
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      if (!keyNode || !isScalar(keyNode)) continue;
      const [keyStart, keyEnd] = keyNode.range ?? [start, start];
      const converted = convert(pair.value as YamlNode | null);
      const value: TreeNode = converted ?? { kind: 'scalar', value: null, start: keyEnd, end: keyEnd };
      entries.push({ key: String(keyNode.value), keyStart, keyEnd, value, start: keyStart, end: Math.max(value.end, keyEnd) });
    }
    return { kind: 'map', entries, start, end: valueEnd };
  }
  if (isSeq(node)) {
    const items: TreeNode[] = [];
    for (const item of node.items) {
      const converted = convert(item as YamlNode);
      if (converted) items.push(converted);
    }
    return { kind: 'seq', items, start, end: valueEnd };
  }
  return undefined;
}
