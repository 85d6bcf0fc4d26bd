import type { TreeNode } from '../parse/tree';
import type { Finding } from '../types';
import { declaredProperties, schemasAt, typesOf, type JsonSchema } from './json-schema';
import { UNKNOWN_SETTING } from './rules';

/**
 * Keys the schema does not declare, wherever the schema says which keys a mapping has (open
 * maps such as `rules:` accept any key). Walks tree and schema together, iteratively.
 */
export function unknownKeyFindings(root: TreeNode, schema: JsonSchema): Finding[] {
  const findings: Finding[] = [];
  const stack: { node: TreeNode; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.kind === 'seq') {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
      continue;
    }
    if (node.kind !== 'map') continue;
    const alternatives = schemasAt(schema, path).filter((s) => typesOf(s).includes('object') || s.properties);
    const closed = alternatives.length > 0 && alternatives.every((s) => s.properties && !s.patternProperties && typeof s.additionalProperties !== 'object');
    const declared = declaredProperties(alternatives);
    for (const entry of node.entries) {
      if (closed && !declared.has(entry.key)) {
        const suggestion = closest(entry.key, [...declared.keys()]);
        findings.push({
          ruleId: UNKNOWN_SETTING.id, severity: UNKNOWN_SETTING.defaultSeverity, start: entry.keyStart, end: entry.keyEnd,
          message: `Unknown key \`${entry.key}\`${path.length ? ` in \`${path.join('.')}\`` : ''}; it is ignored.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
        });
        continue;
      }
      stack.push({ node: entry.value, path: [...path, entry.key] });
    }
  }
  return findings;
}

/** The known key within edit distance 2 (or a third of its length), if any. */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
