import { PolicySchema } from '../../../schemas/policy';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../../server/src/engine/check-document';
import { FIXTURES } from '../../helpers/temp-dir';

const TOKEN = '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';

test('a literal Hugging Face token in an Axolotl config is found at its exact range, redacted', () => {
  const text = readFileSync(join(FIXTURES, 'configs/axolotl-with-token.yaml'), 'utf8');
  const result = checkDocument({ path: 'train.yaml', text });
  assert.equal(result.format, 'axolotl');
  assert.equal(result.findings.length, 1);
  const [finding] = result.findings;
  assert.equal(finding.ruleId, 'secrets/huggingface-token');
  assert.equal(finding.severity, 'error');
  assert.equal(text.slice(finding.start, finding.end), TOKEN);
  assert.ok(!finding.message.includes(TOKEN.slice(3, -4)), 'message must not contain the token');
  assert.match(finding.message, /…UiOp/);
  assert.deepEqual(finding.fix, { kind: 'move-secret', variable: 'HF_TOKEN', keyPath: ['hub_token'] });
});

test('OpenAI project keys and legacy keys are found; placeholders are not', () => {
  const project = 'sk-proj-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9oPq2r';
  const legacy = 'sk-' + 'Ab3dEf6hIj9kLm2nOp5q' + 'T3BlbkFJ' + 'Rs8tUv1wXy4zAb7cDe0f';
  const text = `openai_api_key: ${project}\nother: ${legacy}\nplaceholder: sk-...\nexample: sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n`;
  const ids = checkDocument({ path: 'job.yaml', text }).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);
  assert.deepEqual(ids, [['secrets/openai-project-key', project], ['secrets/openai-api-key', legacy]]);
});

test('a W&B key is a finding under a W&B key, and the same hex under revision is not', () => {
  const hex = '3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c9e1b3d5f7a';
  const found = checkDocument({ path: 'a.yaml', text: `wandb_api_key: ${hex}\n` }).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['secrets/wandb-api-key']);
  assert.deepEqual(checkDocument({ path: 'a.yaml', text: `revision: ${hex}\nsha256: ${hex}\n` }).findings, []);
});

test('references and placeholders are never findings', () => {
  const text = [
    'hub_token: ${HF_TOKEN}', 'hf_token: ${oc.env:HF_TOKEN}', 'token: "{{ secrets.HF_TOKEN }}"',
    'hub_token: hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'hub_token: <YOUR_TOKEN>', 'api_key: your-api-key',
    'wandb_api_key: op://ml/wandb/credential', 'pad_token: "<|end_of_text|>"', 'push_to_hub: true', 'hub_token: null',
  ].join('\n');
  assert.deepEqual(checkDocument({ path: 'c.yaml', text }).findings, []);
});

test('secrets are found line by line in .env files and in unparseable YAML', () => {
  const env = checkDocument({ path: '.env', text: `export HF_TOKEN="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"\n` });
  assert.deepEqual(env.findings.map((f) => f.ruleId), ['secrets/huggingface-token']);
  const broken = checkDocument({ path: 'b.yaml', text: `base_model: x\n  bad: [\nhub_token: ${TOKEN}\n` });
  assert.ok(broken.findings.some((f) => f.ruleId === 'secrets/huggingface-token'));
  assert.ok(broken.findings.some((f) => f.ruleId === 'governance/unparseable-file'));
});

test('policy severities and allowlisted values apply', () => {
  const text = `hub_token: ${TOKEN}\n`;
  const policy = PolicySchema.parse({ classification: { levels: ['public'] }, rules: { 'secrets/*': 'warning' }, overrides: [{ files: ['legacy/**'], rules: { 'secrets/huggingface-token': 'off' } }] });
  assert.equal(checkDocument({ path: 'a.yaml', text }, { policy }).findings[0].severity, 'warning');
  assert.deepEqual(checkDocument({ path: 'legacy/a.yaml', text }, { policy }).findings, []);
  const allow = { ...policy, rules: {}, allowlist: { ...policy.allowlist, values: [TOKEN] } };
  assert.deepEqual(checkDocument({ path: 'a.yaml', text }, { policy: allow }).findings, []);
});
