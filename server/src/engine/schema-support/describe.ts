import type { Policy } from '../../../../schemas/policy';
import type { ParsedDocument } from '../parse/parse-document';
import { expand, schemaForFormat, schemasAt, typesOf, type JsonSchema } from './json-schema';
import { nodeAtOffset } from './node-at-offset';
import { keyWords, valueWords } from './vocabularies';

export interface SchemaHover {
  /** Markdown. */
  contents: string;
  start: number;
  end: number;
}

/** Hover documentation for a key or value of a Tuneguard file, from the schema's `.describe()` texts. */
export function describeFromSchema(doc: ParsedDocument, offset: number, policy: Policy): SchemaHover | undefined {
  const schema = schemaForFormat(doc.format);
  const root = doc.tree.roots[0];
  if (!schema || !root) return undefined;
  const at = nodeAtOffset(root, offset);
  if (!at || at.path.length === 0) return undefined;
  const key = at.path[at.path.length - 1];
  const alternatives = schemasAt(schema, at.path);
  const parts: string[] = [];
  const dynamic = keyWords(schemasAt(schema, at.path.slice(0, -1)), policy)?.find((w) => w.word === key);
  if (at.onKey && typeof key === 'string') parts.push(`**${key}**`);
  if (at.onKey && dynamic?.documentation) parts.push(dynamic.documentation);
  // An item of a list is documented by the list (`requiredFields: [owner]`).
  const description = alternatives.map((s) => s.description).find(Boolean)
    ?? (typeof key === 'number' ? schemasAt(schema, at.path.slice(0, -1)).map((s) => s.description).find(Boolean) : undefined);
  if (description) parts.push(description);
  const detail = typeLine(alternatives);
  if (detail) parts.push(detail);
  if (!at.onKey) {
    const levels = valueWords(alternatives, policy);
    if (levels) parts.push(`Allowed by the policy: ${levels.map((l) => `\`${l.word}\``).join(', ')}`);
  }
  if (parts.length <= 1 && !description && !dynamic) return undefined;
  return { contents: parts.join('\n\n'), start: at.start, end: at.end };
}

function typeLine(alternatives: JsonSchema[]): string | undefined {
  if (alternatives.length === 0) return undefined;
  const enums = alternatives.flatMap((s) => s.enum ?? (s.const !== undefined ? [s.const] : []));
  const types = [...new Set(alternatives.flatMap((s) => typesOf(s).map((t) => (t === 'array' ? arrayType(s) : t))))];
  const lines: string[] = [];
  if (enums.length) lines.push(`One of: ${enums.map((v) => `\`${String(v)}\``).join(', ')}`);
  else if (types.length) lines.push(`Type: ${types.map((t) => `\`${t}\``).join(' or ')}`);
  const fallback = alternatives.find((s) => s.default !== undefined)?.default;
  if (fallback !== undefined) lines.push(`Default: \`${JSON.stringify(fallback)}\``);
  return lines.join(' · ') || undefined;
}

function arrayType(schema: JsonSchema): string {
  const items = !schema.items || Array.isArray(schema.items) ? undefined : expand(schema.items, schema)[0];
  const inner = items ? typesOf(items)[0] : undefined;
  return inner ? `${inner}[]` : 'array';
}
