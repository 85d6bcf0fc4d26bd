import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from './workspace';

const POLICY = `credentials:
  maxAgeDays: 90
  inventory:
    - name: HF_TOKEN
      owner: ml-platform@acme.example
      lastRotated: 2025-12-01
    - name: WANDB_API_KEY
      lastRotated: 2026-05-20
`;
const TRL = `model_name_or_path: Qwen/Qwen2.5-0.5B
model_revision: v1
learning_rate: 1.0e-5
num_train_epochs: 1
bf16: true
output_dir: out
report_to: wandb
push_to_hub: true
hub_model_id: acme/bot
env:
  HF_TOKEN: hf_literalvaluethatisnotreal
  OPENAI_API_KEY: \${oc.env:OPENAI_API_KEY}
  TOKENIZERS_PARALLELISM: "false"
`;

test('credential-in-env-block: a literal credential-named value in env:, not references or non-credentials', () => {
  const ws = new MemoryWorkspace({ 'sft.yaml': TRL });
  const findings = ws.governance('sft.yaml', 'governance/credential-in-env-block');
  assert.deepEqual(findings.map((f) => TRL.slice(f.start, f.end)), ['HF_TOKEN']);
  assert.ok(!findings[0].message.includes('literalvalue'), 'the value is never repeated');
});

test('credential-rotation-overdue: on the inventory entry and where configs use the credential, explicitly or implied', () => {
  const ws = new MemoryWorkspace({ 'sft.yaml': TRL, '.tuneguard.yaml': POLICY }, new Date('2026-06-01T00:00:00Z'));
  const inPolicy = ws.governance('.tuneguard.yaml', 'governance/credential-rotation-overdue');
  assert.deepEqual(inPolicy.map((f) => POLICY.slice(f.start, f.end)), ['2025-12-01']);
  assert.match(inPolicy[0].message, /182 days ago; the policy allows 90/);
  const inConfig = ws.governance('sft.yaml', 'governance/credential-rotation-overdue');
  assert.deepEqual(inConfig.map((f) => TRL.slice(f.start, f.end)).sort(), ['HF_TOKEN', 'hub_model_id: acme/bot'].sort());
  const fresh = new MemoryWorkspace(ws.files, new Date('2026-01-15T00:00:00Z'));
  assert.deepEqual(fresh.governance('.tuneguard.yaml', 'governance/credential-rotation-overdue'), []);
});

test('credential-without-owner and untracked-credential-reference', () => {
  const ws = new MemoryWorkspace({ 'sft.yaml': TRL, '.tuneguard.yaml': POLICY });
  assert.deepEqual(ws.governance('.tuneguard.yaml', 'governance/credential-without-owner').map((f) => POLICY.slice(f.start, f.end)), ['WANDB_API_KEY']);
  const untracked = ws.governance('sft.yaml', 'governance/untracked-credential-reference');
  assert.deepEqual(untracked.map((f) => TRL.slice(f.start, f.end)), ['OPENAI_API_KEY']);
  const noInventory = new MemoryWorkspace({ 'sft.yaml': TRL });
  assert.deepEqual(noInventory.governance('sft.yaml', 'governance/untracked-credential-reference'), []);
});
