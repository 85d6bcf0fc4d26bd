import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../../schemas/policy';
import { addEnvEntry, ensureGitignored, readEnvEntries } from '../../../server/src/engine/fixes/env-file';
import { planFixAt } from '../../../server/src/engine/fixes/plan-fix';
import { applyEdits } from '../../../server/src/engine/fixes/text-edit';
import { checkDocument } from '../../../server/src/engine/check-document';
import { FIXTURES } from '../../helpers/temp-dir';

const TOKEN = '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';

test('moving a token out of an Axolotl config removes exactly its line and keeps the value', () => {
  const text = readFileSync(join(FIXTURES, 'configs/axolotl-with-token.yaml'), 'utf8');
  const [finding] = checkDocument({ path: 'a.yaml', text }).findings;
  const plan = planFixAt({ path: 'a.yaml', text }, DEFAULT_POLICY, finding.ruleId, finding.start, finding.end);
  assert.ok(plan);
  assert.equal(plan.value, TOKEN);
  assert.equal(plan.variable, 'HF_TOKEN');
  const after = applyEdits(text, plan.edits);
  assert.equal(after, text.replace(`hub_token: ${TOKEN}\n`, ''));
  assert.deepEqual(checkDocument({ path: 'a.yaml', text: after }).findings, []);
});

test('a JSON property is removed with its comma', () => {
  const text = `{\n  "model_name_or_path": "x",\n  "hub_token": "${TOKEN}",\n  "lr": 1\n}\n`;
  const [finding] = checkDocument({ path: 'a.json', text }).findings;
  const plan = planFixAt({ path: 'a.json', text }, DEFAULT_POLICY, finding.ruleId, finding.start, finding.end);
  assert.ok(plan);
  assert.equal(applyEdits(text, plan.edits), `{\n  "model_name_or_path": "x",\n  "lr": 1\n}\n`);
});

test('no plan for a stale range or for a list item, so nothing is edited', () => {
  const text = `hub_token: ${TOKEN}\n`;
  assert.equal(planFixAt({ path: 'a.yaml', text }, DEFAULT_POLICY, 'secrets/huggingface-token', 0, 5), undefined);
  const listed = `tokens:\n  - hub_token: ${TOKEN}\n`;
  const [finding] = checkDocument({ path: 'a.yaml', text: listed }).findings;
  assert.equal(planFixAt({ path: 'a.yaml', text: listed }, DEFAULT_POLICY, finding.ruleId, finding.start, finding.end), undefined);
});

test('env entries are appended, never overwrite a different value, and are reused when equal', () => {
  const first = addEnvEntry('', 'HF_TOKEN', TOKEN);
  assert.equal(first.text, `HF_TOKEN=${TOKEN}\n`);
  assert.deepEqual(addEnvEntry(first.text!, 'HF_TOKEN', TOKEN), { variable: 'HF_TOKEN' });
  const second = addEnvEntry(first.text!, 'HF_TOKEN', 'hf_other value');
  assert.equal(second.variable, 'HF_TOKEN_2');
  assert.equal(readEnvEntries(second.text!).get('HF_TOKEN'), TOKEN);
  assert.equal(readEnvEntries(second.text!).get('HF_TOKEN_2'), 'hf_other value');
  for (const awkward of ["it's", 'a"b$c`d\\e', 'with space']) {
    assert.equal(readEnvEntries(addEnvEntry('A=1', 'B', awkward).text!).get('B'), awkward);
  }
});

test('.gitignore gets the env file once', () => {
  const updated = ensureGitignored('node_modules/\n', '.env.local');
  assert.ok(updated?.includes('/.env.local\n'));
  assert.equal(ensureGitignored(updated!, '.env.local'), undefined);
  assert.equal(ensureGitignored('.env.local', '.env.local'), undefined);
});
