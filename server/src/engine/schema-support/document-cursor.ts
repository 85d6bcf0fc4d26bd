import type { ParsedDocument } from '../parse/parse-document';
import { getIn } from '../parse/tree';
import { jsonCursorContext, yamlCursorContext, type CursorContext } from './cursor-context';

export function cursorContext(doc: ParsedDocument, offset: number): CursorContext | undefined {
  if (doc.syntax === 'yaml') return yamlCursorContext(doc.text, offset);
  if (doc.syntax !== 'json') return undefined;
  const context = jsonCursorContext(doc.text, offset);
  if (context?.kind !== 'key') return context;
  // jsonc-parser gives the path only; the keys already written come from the parsed tree.
  const parent = getIn(doc.tree.roots[0], context.path);
  const present = parent?.kind === 'map'
    ? parent.entries.filter((e) => !(offset >= e.keyStart && offset <= e.keyEnd)).map((e) => e.key)
    : [];
  return { ...context, presentKeys: new Set(present) };
}
