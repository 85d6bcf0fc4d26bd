import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CREDENTIAL_INVENTORY_REQUEST, CredentialInventorySchema } from '../../schemas/credential-inventory';
import { FixSession } from '../helpers/fix-session';
import { tempDir } from '../helpers/temp-dir';

const HF = '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';

test('the server answers tuneguard/credentialInventory from disk and open edits, without values', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'axolotl.yaml'), `base_model: x/y\nsequence_len: 1\nmicro_batch_size: 1\nhub_token: ${HF}\n`);
  writeFileSync(join(dir, '.env.local'), `WANDB_API_KEY=0123456789abcdef0123456789abcdef01234567\n`);
  writeFileSync(join(dir, '.gitignore'), '.env.local\n');
  writeFileSync(join(dir, '.tuneguard.yaml'), 'credentials:\n  inventory:\n    - name: HF_TOKEN\n      owner: ml-platform\n');
  const session = new FixSession();
  t.after(() => session.close());
  await session.initializeWith(dir, false);
  // An unsaved edit counts: the open recipe references the token through OmegaConf.
  await session.open(join(dir, 'recipe.yaml'), 'model:\n  _component_: torchtune.models.llama3.lora_llama3_8b\ntokenizer:\n  _component_: a.b\n  hf_token: ${oc.env:HF_TOKEN}\n');
  const raw = await session.connection.sendRequest(CREDENTIAL_INVENTORY_REQUEST);
  const inventory = CredentialInventorySchema.parse(raw);
  const hf = inventory.credentials.find((c) => c.name === 'HF_TOKEN')!;
  assert.deepEqual(hf.files, ['axolotl.yaml', 'recipe.yaml']);
  assert.equal(hf.owner, 'ml-platform');
  assert.equal(hf.literals, 1);
  assert.deepEqual(inventory.credentials.find((c) => c.name === 'WANDB_API_KEY')!.files, ['.env.local']);
  const text = JSON.stringify(raw);
  assert.ok(!text.includes(HF) && !text.includes('0123456789abcdef'), 'no value in the answer');
  assert.ok(!session.allOutput().includes(HF));
});
