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

  // The same fix is offered as a source action: the provider answers for source.fixAll here.
  const menu = await wb.openSourceActionMenu();
  await menu.locator('.monaco-list-row', { hasText: /\.env\.local/ }).first().waitFor({ timeout: 15_000 });
  await wb.page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden', timeout: 15_000 });

  await wb.focusEditor();
  await wb.page.keyboard.press('Control+End');
  await wb.page.keyboard.insertText('# reviewed\n');
  await wb.save();

  // First the save itself (the typed line on disk), then what the fix-all did to it.
  await poll('the save to reach the disk', async () => (readFileSync(wb.path('train.yaml'), 'utf8').includes('# reviewed') ? true : undefined), 15_000);
  const config = await poll('the fix-all edit on disk (the saved config still holds a credential)', async () => {
    const text = readFileSync(wb.path('train.yaml'), 'utf8');
    return !text.includes(HF_TOKEN) && !text.includes(WANDB_KEY) ? text : undefined;
  }, 15_000);
  assert.match(config, /hub_model_id: acme\/llama3-lora/);
  assert.match(config, /# reviewed/);
  const env = readFileSync(wb.path('.env.local'), 'utf8');
  assert.ok(env.includes(HF_TOKEN) && env.includes(WANDB_KEY), 'both values are in the env file');
  assert.match(readFileSync(wb.path('.gitignore'), 'utf8'), /^\/?\.env\.local$/m);
  await wb.waitForSquiggles(0);
});
