import type { ParsedDocument } from '../parse/parse-document';
import { getIn, scalarString, type KeyPath } from '../parse/tree';
import { envBlockIndex } from './format-strategy';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The environment variable a moved credential is supplied as. The field wins when it already
 * names a variable (an `env:` block's `HF_TOKEN:` key, a `{name: HF_TOKEN, value: …}` pair);
 * otherwise the variable the tool reads for this credential (the rule's `envVar`).
 */
export function variableFor(doc: ParsedDocument, path: KeyPath, ruleVariable: string): string {
  if (envBlockIndex(path) < 0) return ruleVariable;
  const last = path[path.length - 1];
  if (last === 'value' || last === 'Value') {
    const sibling = siblingName(doc, path.slice(0, -1));
    if (sibling && ENV_NAME.test(sibling)) return sibling;
  }
  if (typeof last === 'string' && ENV_NAME.test(last) && last !== 'value') return last;
  return ruleVariable;
}

function siblingName(doc: ParsedDocument, parentPath: KeyPath): string | undefined {
  for (const root of doc.tree.roots) {
    const parent = getIn(root, parentPath);
    const name = scalarString(getIn(parent, ['name'])) ?? scalarString(getIn(parent, ['Name']));
    if (name) return name;
  }
  return undefined;
}
