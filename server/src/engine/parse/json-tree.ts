import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { MapEntry, ParsedTree, ParseProblem, TreeNode } from './tree';

/** JSON -> tree with offsets, using Microsoft's jsonc-parser (the one VS Code itself uses). */
export function parseJsonTree(text: string, baseOffset = 0): ParsedTree {
  const tooDeep = offsetBeyondDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const start = baseOffset + tooDeep;
    return { roots: [], problems: [{ message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels; not checked.`, start, end: start + 1 }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // An error at the end of the input (unclosed bracket) is reported one past the text: keep it inside.
  const problems: ParseProblem[] = errors.map((e) => ({
    message: `JSON syntax error: ${printParseErrorCode(e.error)}`,
    start: baseOffset + Math.min(e.offset, text.length),
    end: baseOffset + Math.min(e.offset + Math.max(e.length, 1), text.length),
  }));
  const converted = root ? convert(root, baseOffset) : undefined;
  return { roots: converted ? [converted] : [], problems };
}

/** jsonc-parser recurses once per level; far deeper than any real config, still far from the stack limit. */
const MAX_JSON_DEPTH = 1000;

/** Offset of the bracket that opens level `limit + 1`, skipping strings and comments; undefined if none. */
function offsetBeyondDepth(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

function convert(root: JsonNode, base: number): TreeNode | undefined {
  // Iterative conversion so deeply nested input cannot overflow the stack.
  const made = new Map<JsonNode, TreeNode>();
  const order: JsonNode[] = [];
  const stack: JsonNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    for (const child of node.children ?? []) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const start = base + node.offset;
    const end = start + node.length;
    switch (node.type) {
      case 'object': {
        const entries: MapEntry[] = [];
        for (const property of node.children ?? []) {
          const [keyNode, valueNode] = property.children ?? [];
          if (!keyNode) continue;
          const value = (valueNode && made.get(valueNode)) ?? { kind: 'scalar' as const, value: null, start: base + keyNode.offset + keyNode.length, end: base + keyNode.offset + keyNode.length };
          entries.push({
            key: String(keyNode.value), keyStart: base + keyNode.offset, keyEnd: base + keyNode.offset + keyNode.length,
            value, start: base + property.offset, end: base + property.offset + property.length,
          });
        }
        made.set(node, { kind: 'map', entries, start, end });
        break;
      }
      case 'array':
        made.set(node, { kind: 'seq', items: (node.children ?? []).map((c) => made.get(c)).filter((c): c is TreeNode => !!c), start, end });
        break;
      case 'string':
        made.set(node, { kind: 'scalar', value: node.value as string, start, end, quoted: true });
        break;
      case 'number':
      case 'boolean':
      case 'null':
        made.set(node, { kind: 'scalar', value: node.value as number | boolean | null, start, end });
        break;
      default:
        break;
    }
  }
  return made.get(root);
}
