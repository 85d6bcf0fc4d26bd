// Journey 2: Ctrl+. on the token, pick the preferred fix, save: the config on disk no longer
// holds the value, the git-ignored env file does, and .gitignore lists it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { journey, poll, Workbench } from '../harness/workbench';
import { AXOLOTL_WITH_TOKEN, HF_TOKEN } from './fixtures';

journey('Ctrl+. moves the token to .env.local, git-ignores it and removes it from the config on disk', async (t) => {
  const wb = await Workbench.open(t, { 'train.yaml': AXOLOTL_WITH_TOKEN });
  await wb.openFile('train.yaml');
  await wb.waitForSquiggles(1);

  const menu = await wb.openQuickFixMenu();
  const fix = menu.locator('.monaco-list-row', { hasText: 'HF_TOKEN' }).first();
  await fix.waitFor({ timeout: 15_000 });
  assert.match(await fix.innerText(), /HF_TOKEN.*git-ignored.*\.env\.local|git-ignored.*HF_TOKEN/);
  await fix.click();

  await poll('the token to leave the editor', async () => {
    const text = await wb.editor().locator('.view-lines').innerText();
    return text.includes('hub_model_id') && !text.includes(HF_TOKEN.slice(0, 12)) ? true : undefined;
  }, 30_000);
  await wb.save();
  const config = await poll('the saved config without the token', async () => {
    const text = readFileSync(wb.path('train.yaml'), 'utf8');
    return text.includes(HF_TOKEN) ? undefined : text;
  }, 15_000);
  assert.match(config, /hub_model_id: acme\/llama3-lora/, 'the rest of the config is kept');

  assert.ok(existsSync(wb.path('.env.local')), 'the env file was written');
  assert.match(readFileSync(wb.path('.env.local'), 'utf8'), new RegExp(`^HF_TOKEN=${HF_TOKEN}$`, 'm'));
  assert.match(readFileSync(wb.path('.gitignore'), 'utf8'), /^\/?\.env\.local$/m, '.gitignore lists the env file');
  await wb.waitForSquiggles(0);
  const toasts = await wb.page.locator('.notifications-toasts').innerText().catch(() => '');
  assert.ok(!toasts.includes(HF_TOKEN.slice(3, 20)), 'no notification repeats the value');
});
