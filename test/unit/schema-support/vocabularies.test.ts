import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { PolicySchema } from '../../../schemas/policy';
import { ClassificationLevelSchema, RuleIdSchema } from '../../../schemas/vocabulary';
import { schemasAt, type JsonSchema } from '../../../server/src/engine/schema-support/json-schema';
import { keyWords, valueWords } from '../../../server/src/engine/schema-support/vocabularies';

/** A schema shaped like a section another engineer could add: the marker is all it takes. */
const Section = z.object({
  publishing: z.object({
    maxPublicLevel: ClassificationLevelSchema.default('public').describe('Highest level that may be pushed publicly.'),
    byLevel: z.record(ClassificationLevelSchema, z.boolean()).default({}),
    levels: z.array(ClassificationLevelSchema).optional(),
    severities: z.record(RuleIdSchema, z.string()).optional(),
  }),
});
const json = z.toJSONSchema(Section, { io: 'input' }) as JsonSchema;
const policy = PolicySchema.parse({ classification: { levels: ['open', 'sensitive', 'secret'] } });
const words = (list: { word: string }[] | undefined) => list?.map((w) => w.word);

test('any field marked as a classification level offers the policy levels, wherever it sits', () => {
  assert.deepEqual(words(valueWords(schemasAt(json, ['publishing', 'maxPublicLevel']), policy)), ['open', 'sensitive', 'secret']);
  assert.deepEqual(words(valueWords(schemasAt(json, ['publishing', 'levels', 0]), policy)), ['open', 'sensitive', 'secret']);
  assert.deepEqual(words(keyWords(schemasAt(json, ['publishing', 'byLevel']), policy)), ['open', 'sensitive', 'secret']);
  assert.equal(valueWords(schemasAt(json, ['publishing', 'byLevel', 'open']), policy), undefined);
});

test('maps keyed by rule ids offer the catalogue', () => {
  const ids = words(keyWords(schemasAt(json, ['publishing', 'severities']), policy))!;
  assert.ok(ids.includes('governance/invalid-dataset-manifest'));
  assert.ok(ids.includes('secrets/*'));
});
