import type { Policy } from '../../../../schemas/policy';
import type { ParsedDocument } from '../parse/parse-document';
import { cursorContext } from './document-cursor';
import { declaredProperties, schemaForFormat, schemasAt, typesOf, type JsonSchema } from './json-schema';
import { keyWords, valueWords } from './vocabularies';

export interface SchemaCompletion {
  label: string;
  kind: 'property' | 'value';
  /** Text that replaces what was typed (for keys: `key: `, or `key:` for a section the user continues on the next line). */
  insertText: string;
  /** Offsets of the typed text the completion replaces. */
  replaceStart: number;
  replaceEnd: number;
  detail?: string;
  documentation?: string;
}

/** Completion of keys and values for files whose schema lives in `schemas/`, read from the schema itself. */
export function completeFromSchema(doc: ParsedDocument, offset: number, policy: Policy): SchemaCompletion[] {
  const schema = schemaForFormat(doc.format);
  if (!schema) return [];
  const context = cursorContext(doc, offset);
  if (!context) return [];
  const replaceStart = offset - context.prefix.length;
  // Replace the whole word under the cursor, not just what precedes it (`con|fidential`).
  const replaceEnd = offset + (/^[^\s:#,"'\]}]*/.exec(doc.text.slice(offset, offset + 256))?.[0].length ?? 0);
  const make = (label: string, kind: SchemaCompletion['kind'], insertText: string, detail?: string, documentation?: string): SchemaCompletion =>
    ({ label, kind, insertText, replaceStart, replaceEnd, detail, documentation });

  if (context.kind === 'key') {
    const alternatives = schemasAt(schema, context.path);
    const itemValues = context.sequenceItem && !alternatives.some((s) => typesOf(s).includes('object'))
      ? valueCompletions(alternatives, policy).map((v) => make(v.label, 'value', v.label, v.detail, v.documentation))
      : [];
    const keys = [...declaredProperties(alternatives)]
      .filter(([key]) => !context.presentKeys.has(key))
      .map(([key, child]) => make(key, 'property', keyInsertText(key, child, doc.syntax === 'json'), describeType(child), child.description));
    const dynamic = (keyWords(alternatives, policy) ?? [])
      .filter(({ word }) => !context.presentKeys.has(word))
      .map(({ word, documentation }) => make(word, 'property', doc.syntax === 'json' ? `"${word}": ` : `${word}: `, undefined, documentation));
    return [...keys, ...dynamic, ...itemValues];
  }
  return valueCompletions(schemasAt(schema, context.path), policy)
    .map((v) => make(v.label, 'value', doc.syntax === 'json' && typeof v.value === 'string' ? JSON.stringify(v.value) : v.label, v.detail, v.documentation));
}

interface ValueCandidate { label: string; value: unknown; detail?: string; documentation?: string }

function valueCompletions(alternatives: JsonSchema[], policy: Policy): ValueCandidate[] {
  const out = new Map<string, ValueCandidate>();
  const add = (value: unknown, detail?: string, documentation?: string) => {
    const label = typeof value === 'string' ? value : JSON.stringify(value);
    if (!out.has(label)) out.set(label, { label, value, detail, documentation });
  };
  for (const word of valueWords(alternatives, policy) ?? []) add(word.word, 'policy', word.documentation);
  for (const schema of alternatives) {
    for (const value of schema.enum ?? []) add(value, undefined, schema.description);
    if (schema.const !== undefined) add(schema.const, undefined, schema.description);
    if (typesOf(schema).includes('boolean')) {
      add(true, undefined, schema.description);
      add(false, undefined, schema.description);
    }
    if (schema.default !== undefined && (typeof schema.default !== 'object' || schema.default === null)) add(schema.default, 'default', schema.description);
  }
  return [...out.values()];
}

function keyInsertText(key: string, schema: JsonSchema, json: boolean): string {
  if (json) return `"${key}": `;
  const types = typesOf(schema);
  if (types.length === 1 && (types[0] === 'object' || types[0] === 'array')) return `${key}:`;
  return `${key}: `;
}

function describeType(schema: JsonSchema): string | undefined {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const types = typesOf(schema);
  return types.length ? types.join(' | ') : undefined;
}
