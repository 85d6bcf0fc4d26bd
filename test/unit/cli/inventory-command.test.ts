import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CredentialInventorySchema } from '../../../schemas/credential-inventory';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

const HF = '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';

function workspace(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'configs'));
  writeFileSync(join(dir, 'configs', 'axolotl.yaml'), `base_model: x/y\nsequence_len: 1\nmicro_batch_size: 1\nhub_token: ${HF}\n`);
  writeFileSync(join(dir, 'configs', 'recipe.yaml'), 'model:\n  _component_: torchtune.models.llama3.lora_llama3_8b\ntokenizer:\n  _component_: a.b\n  hf_token: ${oc.env:HF_TOKEN}\n');
  writeFileSync(join(dir, '.env.tuneguard'), 'WANDB_API_KEY=op://ml/WANDB_API_KEY/credential\n');
  writeFileSync(join(dir, '.gitignore'), '.env.tuneguard\n');
  writeFileSync(join(dir, '.tuneguard.yaml'), 'credentials:\n  inventory:\n    - name: HF_TOKEN\n      owner: ml-platform\n      lastRotated: 2026-01-01\n');
  return dir;
}

test('tuneguard inventory: JSON by default, with files, stores, owner and rotation; no value in the output', (t) => {
  const dir = workspace(t);
  const { status, stdout, stderr } = runCli(['inventory', '.'], dir);
  assert.equal(status, 0, stderr);
  const inventory = CredentialInventorySchema.parse(JSON.parse(stdout));
  const hf = inventory.credentials.find((c) => c.name === 'HF_TOKEN')!;
  assert.deepEqual(hf.files, ['configs/axolotl.yaml', 'configs/recipe.yaml']);
  assert.equal(hf.owner, 'ml-platform');
  assert.equal(hf.lastRotated, '2026-01-01');
  const wandb = inventory.credentials.find((c) => c.name === 'WANDB_API_KEY')!;
  assert.deepEqual(wandb.stores, ['1password'], 'env files are read even when git-ignored');
  assert.ok(!stdout.includes(HF) && !stderr.includes(HF));
});

test('tuneguard inventory --format csv and --output', (t) => {
  const dir = workspace(t);
  const csv = runCli(['inventory', '--format', 'csv'], dir);
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^name,issuer,stores,literals,files,uses,owner,lastRotated,ageDays,inPolicy\r\n/);
  assert.match(csv.stdout, /^HF_TOKEN,Hugging Face,/m);
  assert.ok(!csv.stdout.includes(HF));
  const written = runCli(['inventory', '--format', 'csv', '--output', 'inv.csv'], dir);
  assert.equal(written.status, 0);
  assert.equal(written.stdout, '');
  assert.equal(readFileSync(join(dir, 'inv.csv'), 'utf8'), csv.stdout);
  assert.equal(runCli(['inventory', '--format', 'xml'], dir).status, 2);
  assert.equal(runCli(['inventory', 'missing'], dir).status, 2);
});
