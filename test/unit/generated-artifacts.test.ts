import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configurationContribution, jsonSchemaFiles } from '../../schemas/generated-artifacts';
import { parseSettings, DEFAULT_SETTINGS } from '../../schemas/settings';
import { RuleMetaSchema } from '../../schemas/rule-catalogue';
import { allRules } from '../../server/src/engine/rules/catalogue';
import { ruleDocFiles } from '../../scripts/rule-doc-files';

const ROOT = join(__dirname, '..', '..');

test('package.json contributes.configuration is generated from the settings schema (run `npm run generate`)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.configuration, configurationContribution());
});

test('shipped JSON Schemas match the zod schemas (run `npm run generate`)', () => {
  for (const { file, schema } of jsonSchemaFiles()) {
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), schema, file);
  }
});

test('a bad setting falls back to its default with one warning, keeping the others', () => {
  const { settings, warnings } = parseSettings({ maxFindingsPerFile: -3, run: 'onSave' });
  assert.equal(settings.maxFindingsPerFile, DEFAULT_SETTINGS.maxFindingsPerFile);
  assert.equal(settings.run, 'onSave');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /tuneguard\.maxFindingsPerFile/);
});

test('every rule has valid metadata, a unique id and a generated doc page (run `npm run generate`)', () => {
  const ids = new Set<string>();
  for (const rule of allRules()) {
    const parsed = RuleMetaSchema.safeParse(rule);
    assert.ok(parsed.success, `${rule.id}: ${parsed.error?.issues.map((i) => i.message).join(', ')}`);
    assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
    ids.add(rule.id);
  }
  const expected = ruleDocFiles();
  for (const { file, content } of expected) assert.equal(readFileSync(join(ROOT, file), 'utf8'), content, file);
  const onDisk: string[] = [];
  const visit = (dir: string) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? visit(join(dir, n)) : onDisk.push(join(dir, n))));
  visit(join(ROOT, 'docs/rules'));
  assert.equal(onDisk.length, expected.length, 'stale doc pages in docs/rules');
});

test('the shipped WebAssembly modules are assembled from their .wat sources (run `npm run generate`)', async () => {
  const { wasmModuleFiles } = await import('../../scripts/wasm-modules');
  for (const { file, content } of await wasmModuleFiles()) {
    assert.equal(readFileSync(join(ROOT, file), 'utf8'), content, file);
  }
});

test("the built-in secret patterns' stored facts are what reading the patterns gives (run `npm run generate`)", async () => {
  const { patternFactsFile } = await import('../../scripts/pattern-facts');
  const { file, content } = patternFactsFile();
  assert.equal(readFileSync(join(ROOT, file), 'utf8'), content, file);
});
