import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY, PolicySchema } from '../../../schemas/policy';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import { completeFromSchema } from '../../../server/src/engine/schema-support/complete';
import { describeFromSchema } from '../../../server/src/engine/schema-support/describe';
import { DatasetManifestSchema } from '../../../schemas/dataset-manifest';

/** `|` marks the cursor. */
function at(path: string, withCursor: string) {
  const offset = withCursor.indexOf('|');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  return { doc: parseDocument({ path, text }), offset, text };
}

const labels = (items: { label: string }[]) => items.map((i) => i.label);
const CUSTOM = PolicySchema.parse({ classification: { levels: ['open', 'sensitive', 'secret'] } });

test('top-level keys of the policy come from the schema, minus the ones already written', () => {
  const { doc, offset } = at('.tuneguard.yaml', 'version: 1\n|\n');
  const keys = labels(completeFromSchema(doc, offset, DEFAULT_POLICY));
  assert.deepEqual(keys.sort(), Object.keys(PolicySchema.shape).filter((k) => k !== 'version').sort());
});

test('nested keys complete inside their section, with the typed prefix replaced', () => {
  const { doc, offset } = at('.tuneguard.yaml', 'secrets:\n  prov|\n');
  const items = completeFromSchema(doc, offset, DEFAULT_POLICY);
  const provider = items.find((i) => i.label === 'provider');
  assert.ok(provider, labels(items).join(','));
  assert.equal(provider!.replaceStart, offset - 'prov'.length);
  assert.match(provider!.documentation ?? '', /quick fixes move credentials/);
});

test('enum values complete from the schema', () => {
  const { doc, offset } = at('.tuneguard.yaml', 'secrets:\n  provider: |\n');
  const values = labels(completeFromSchema(doc, offset, DEFAULT_POLICY));
  for (const provider of ['vault', 'aws-secrets-manager', '1password', 'env-file']) assert.ok(values.includes(provider), provider);
});

test('severity maps complete rule ids as keys and severities as values', () => {
  const keys = at('.tuneguard.yaml', 'rules:\n  sec|\n');
  const ids = labels(completeFromSchema(keys.doc, keys.offset, DEFAULT_POLICY));
  assert.ok(ids.includes('governance/invalid-policy'), ids.join(','));
  assert.ok(ids.includes('secrets/*'));
  const values = at('.tuneguard.yaml', 'overrides:\n  - files: ["**/*.yaml"]\n    rules:\n      secrets/*: |\n');
  assert.deepEqual(labels(completeFromSchema(values.doc, values.offset, DEFAULT_POLICY)).sort(), ['error', 'info', 'off', 'warning']);
});

test('keys of an object inside a sequence item complete', () => {
  const { doc, offset } = at('.tuneguard.yaml', 'overrides:\n  - fi|\n');
  assert.ok(labels(completeFromSchema(doc, offset, DEFAULT_POLICY)).includes('files'));
});

test("a manifest's classification completes with the policy's own levels", () => {
  const { doc, offset } = at('data/tickets.dataset.yaml', 'name: Tickets\nclassification: |\n');
  assert.deepEqual(labels(completeFromSchema(doc, offset, CUSTOM)), ['open', 'sensitive', 'secret']);
  assert.deepEqual(labels(completeFromSchema(doc, offset, DEFAULT_POLICY)), ['public', 'internal', 'confidential', 'restricted']);
});

test('manifest keys come from the dataset manifest schema', () => {
  const { doc, offset } = at('data/tickets.dataset.yaml', 'name: Tickets\n|');
  const keys = labels(completeFromSchema(doc, offset, DEFAULT_POLICY));
  assert.deepEqual(keys.sort(), Object.keys(DatasetManifestSchema.shape).filter((k) => k !== 'name').sort());
});

test('JSON manifests complete too', () => {
  const { doc, offset } = at('data/tickets.dataset.json', '{ "name": "Tickets", "classification": "|" }');
  assert.deepEqual(labels(completeFromSchema(doc, offset, CUSTOM)), ['open', 'sensitive', 'secret']);
});

test('no completion for files without a schema', () => {
  const { doc, offset } = at('axolotl.yaml', 'base_model: x\n|');
  assert.deepEqual(completeFromSchema(doc, offset, DEFAULT_POLICY), []);
});

test('hover on a key shows its schema description, type and default', () => {
  const { doc, offset, text } = at('.tuneguard.yaml', 'secrets:\n  envF|ile: .env.local\n');
  const hover = describeFromSchema(doc, offset, DEFAULT_POLICY)!;
  assert.ok(hover);
  assert.match(hover.contents, /\*\*envFile\*\*/);
  assert.match(hover.contents, /Git-ignored env file/);
  assert.match(hover.contents, /Default: `".env.local"`/);
  assert.equal(text.slice(hover.start, hover.end), 'envFile');
});

test('hover on a manifest classification value lists the policy levels', () => {
  const { doc, offset, text } = at('x.dataset.yaml', 'name: T\nclassification: sec|ret\n');
  const hover = describeFromSchema(doc, offset, CUSTOM)!;
  assert.match(hover.contents, /Classification level/);
  assert.match(hover.contents, /`open`, `sensitive`, `secret`/);
  assert.equal(text.slice(hover.start, hover.end), 'secret');
});

test('hover on a rule id key of the severity map explains the rule', () => {
  const { doc, offset } = at('.tuneguard.yaml', 'rules:\n  governance/invalid-pol|icy: warning\n');
  const hover = describeFromSchema(doc, offset, DEFAULT_POLICY)!;
  assert.match(hover.contents, /Policy file is invalid/);
});

test('JSON manifests do not propose keys already written', () => {
  const { doc, offset } = at('data/tickets.dataset.json', '{ "name": "Tickets", "own|" }');
  const keys = labels(completeFromSchema(doc, offset, DEFAULT_POLICY));
  assert.ok(keys.includes('owner'));
  assert.ok(!keys.includes('name'));
});

test('hover on an item of a list shows the documentation of the list', () => {
  const { doc, offset, text } = at('.tuneguard.yaml', 'allowlist:\n  paths:\n    - "fixtures/*|*"\n');
  const hover = describeFromSchema(doc, offset, DEFAULT_POLICY)!;
  assert.match(hover.contents, /Glob patterns of files that are never checked/);
  assert.equal(text.slice(hover.start, hover.end), '"fixtures/**"');
});

test('a completion replaces the whole word under the cursor', () => {
  const { doc, offset, text } = at('x.dataset.yaml', 'name: T\nclassification: sen|sitve\nowner: x\n');
  const [first] = completeFromSchema(doc, offset, CUSTOM);
  assert.equal(text.slice(first.replaceStart, first.replaceEnd), 'sensitve');
});
