import type { ParsedDocument } from '../parse/parse-document';
import { jsonCursorContext, yamlCursorContext, type CursorContext } from './cursor-context';

export function cursorContext(doc: ParsedDocument, offset: number): CursorContext | undefined {
  if (doc.syntax === 'yaml') return yamlCursorContext(doc.text, offset);
  if (doc.syntax === 'json') return jsonCursorContext(doc.text, offset);
  return undefined;
}
