import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicySchema } from '../../../schemas/policy';
import { inventoryToCsv, inventoryToJson } from '../../../schemas/credential-inventory-format';
import { CredentialInventorySchema } from '../../../schemas/credential-inventory';
import { collectInventory } from '../../../server/src/engine/inventory/collect-inventory';

const HF = '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';
const WANDB = '3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';

const FILES = [
  { path: 'configs/axolotl.yaml', text: `base_model: x/y\nsequence_len: 1\nmicro_batch_size: 1\nhub_token: ${HF}\n` },
  { path: 'configs/recipe.yaml', text: `model:\n  _component_: torchtune.models.llama3.lora_llama3_8b\ntokenizer:\n  _component_: a.b\n  hf_token: \${oc.env:HF_TOKEN}\n` },
  { path: 'sky.yaml', text: `name: ft\nresources:\n  accelerators: A100:1\nenvs:\n  WANDB_API_KEY: null\n  MODEL: x\nrun: train\n` },
  { path: '.env.tuneguard', text: `HF_TOKEN=op://ml/HF_TOKEN/credential\n` },
  { path: '.env.local', text: `WANDB_API_KEY=${WANDB}\nDEBUG=1\n` },
];

const POLICY = PolicySchema.parse({
  credentials: { inventory: [
    { name: 'HF_TOKEN', owner: 'ml-platform@acme.test', lastRotated: '2026-01-01', provider: '1password' },
    { name: 'OPENAI_API_KEY', owner: 'llm-team' },
  ] },
});

test('the inventory lists literals, references and env-file entries by credential, with the policy\'s owner and rotation', () => {
  const inventory = collectInventory(FILES, POLICY, new Date('2026-03-02T00:00:00Z'));
  CredentialInventorySchema.parse(inventory);
  const hf = inventory.credentials.find((c) => c.name === 'HF_TOKEN')!;
  assert.deepEqual(hf.files, ['.env.tuneguard', 'configs/axolotl.yaml', 'configs/recipe.yaml']);
  assert.equal(hf.literals, 1);
  assert.deepEqual(hf.stores, ['1password', 'environment', 'literal']);
  assert.equal(hf.issuer, 'Hugging Face');
  assert.equal(hf.owner, 'ml-platform@acme.test');
  assert.equal(hf.ageDays, 60);
  assert.equal(hf.inPolicy, true);
  assert.deepEqual(hf.uses.find((u) => u.kind === 'literal'), { path: 'configs/axolotl.yaml', line: 4, kind: 'literal', format: 'axolotl', redacted: '…UiOp', ruleId: 'secrets/huggingface-token' });

  const wandb = inventory.credentials.find((c) => c.name === 'WANDB_API_KEY')!;
  assert.deepEqual(wandb.files, ['.env.local', 'sky.yaml']);
  assert.ok(wandb.uses.some((u) => u.kind === 'env-file' && u.path === '.env.local'));
  assert.equal(wandb.inPolicy, false);

  const unused = inventory.credentials.find((c) => c.name === 'OPENAI_API_KEY')!;
  assert.deepEqual(unused.files, []);
  assert.equal(unused.owner, 'llm-team');
  assert.ok(!inventory.credentials.some((c) => c.name === 'DEBUG' || c.name === 'MODEL'), 'non-credential variables are left out');
});

test('JSON and CSV exports hold no value', () => {
  const inventory = collectInventory(FILES, POLICY, new Date('2026-03-02T00:00:00Z'));
  const json = inventoryToJson(inventory);
  const csv = inventoryToCsv(inventory);
  for (const out of [json, csv]) {
    assert.ok(!out.includes(HF) && !out.includes(WANDB), 'no value in an export');
    assert.ok(!out.includes(HF.slice(0, 12)) && !out.includes(WANDB.slice(0, 12)));
  }
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(inventory)));
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'name,issuer,stores,literals,files,uses,owner,lastRotated,ageDays,inPolicy');
  assert.equal(lines.length, inventory.credentials.length + 1);
  assert.match(csv, /^HF_TOKEN,Hugging Face,"?1password; environment; literal"?,1,/m);
});

test('CSV cells that a spreadsheet would run as formulas are neutralised', () => {
  const csv = inventoryToCsv({ generatedAt: 'x', credentials: [{ name: '=HYPERLINK("x")', stores: [], files: [], uses: [], literals: 0, inPolicy: true }] });
  assert.match(csv, /^"'=HYPERLINK\(""x""\)",/m);
});
