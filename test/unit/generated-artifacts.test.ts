import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationContribution, jsonSchemaFiles } from '../../schemas/generated-artifacts';
import { parseSettings, DEFAULT_SETTINGS } from '../../schemas/settings';

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
