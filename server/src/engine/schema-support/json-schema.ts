import { z } from 'zod';
import { DatasetManifestSchema } from '../../../../schemas/dataset-manifest';
import { PolicySchema } from '../../../../schemas/policy';
import { VOCABULARY_KEY } from '../../../../schemas/vocabulary';
import type { FormatId } from '../types';
import type { KeyPath } from '../parse/tree';

/** The subset of JSON Schema (draft 2020-12, as zod 4 writes it) that completion and hover read. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  /** Set by schemas/vocabulary.ts: the values live in the policy or the rule catalogue. */
  [VOCABULARY_KEY]?: string;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  required?: string[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
}

/** The Tuneguard files whose schema lives in `schemas/` (generated from zod, so always in step). */
const SCHEMAS: Partial<Record<FormatId, () => z.ZodType>> = {
  'tuneguard-policy': () => PolicySchema,
  'tuneguard-dataset-manifest': () => DatasetManifestSchema,
};

const cache = new Map<FormatId, JsonSchema>();

export function schemaForFormat(format: FormatId): JsonSchema | undefined {
  const source = SCHEMAS[format];
  if (!source) return undefined;
  let schema = cache.get(format);
  if (!schema) {
    // `input`: what a person writes (defaults make keys optional), not what the parser returns.
    schema = z.toJSONSchema(source(), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(format, schema);
  }
  return schema;
}

/**
 * Every alternative a value at `path` may match: `$ref`s followed, `anyOf`/`oneOf`/`allOf`
 * flattened. Array indices walk into `items`; keys into `properties`, then
 * `patternProperties`, then `additionalProperties`.
 */
export function schemasAt(root: JsonSchema, path: KeyPath): JsonSchema[] {
  let current = expand(root, root);
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const schema of current) {
      const child = typeof segment === 'number' ? itemSchema(schema, segment) : propertySchema(schema, segment);
      if (child) next.push(...expand(child, root));
    }
    if (next.length === 0) return [];
    current = next;
  }
  return current;
}

/** Alternatives of one schema, with references resolved (depth-limited: schemas can be recursive). */
export function expand(schema: JsonSchema, root: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 16) return [];
  if (schema.$ref) {
    const target = resolveRef(root, schema.$ref);
    return target ? expand({ ...target, description: schema.description ?? target.description }, root, depth + 1) : [];
  }
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (alternatives.length > 0) {
    const { anyOf: _a, oneOf: _o, ...rest } = schema;
    return alternatives.flatMap((alt) => expand({ description: rest.description, default: rest.default, ...alt }, root, depth + 1));
  }
  if (schema.allOf?.length) {
    const { allOf, ...rest } = schema;
    return [allOf.reduce<JsonSchema>((merged, part) => mergeSchemas(merged, expand(part, root, depth + 1)[0] ?? {}), rest)];
  }
  return [schema];
}

function mergeSchemas(a: JsonSchema, b: JsonSchema): JsonSchema {
  return { ...b, ...a, properties: { ...(b.properties ?? {}), ...(a.properties ?? {}) }, required: [...(a.required ?? []), ...(b.required ?? [])] };
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (ref === '#') return root;
  const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  if (!match) return undefined;
  const defs = match[1] === '$defs' ? root.$defs : root.definitions;
  return defs?.[decodeURIComponent(match[2]).replace(/~1/g, '/').replace(/~0/g, '~')];
}

function propertySchema(schema: JsonSchema, key: string): JsonSchema | undefined {
  const declared = schema.properties?.[key];
  if (declared) return declared;
  for (const [pattern, child] of Object.entries(schema.patternProperties ?? {})) {
    if (safeTest(pattern, key)) return child;
  }
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

function itemSchema(schema: JsonSchema, index: number): JsonSchema | undefined {
  if (schema.prefixItems?.[index]) return schema.prefixItems[index];
  if (Array.isArray(schema.items)) return schema.items[index];
  return schema.items;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

/** Declared keys of the object alternatives, first declaration wins. */
export function declaredProperties(schemas: JsonSchema[]): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const schema of schemas) for (const [key, child] of Object.entries(schema.properties ?? {})) if (!out.has(key)) out.set(key, child);
  return out;
}

export function typesOf(schema: JsonSchema): string[] {
  if (schema.type) return Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.const !== undefined) return [typeof schema.const];
  if (schema.enum) return [...new Set(schema.enum.map((v) => typeof v))];
  return [];
}
