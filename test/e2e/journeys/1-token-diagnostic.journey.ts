// Journey 1: open an Axolotl config with a literal token -> squiggle, a Problems entry with the
// rule id and a working docs link, and a message that does not repeat the token.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { journeyEnv } from '../harness/journey-env';
import { journey, poll, Workbench } from '../harness/workbench';
import { AXOLOTL_WITH_TOKEN, HF_RULE, HF_TOKEN } from './fixtures';

journey('literal token: squiggle, Problems entry with rule id, docs link that opens the shipped page, redacted message', async (t) => {
  const wb = await Workbench.open(t, { 'train.yaml': AXOLOTL_WITH_TOKEN });
  await wb.openFile('train.yaml');
  await wb.waitForSquiggles(1);

  const problems = await wb.waitForProblems(1);
  assert.match(problems, new RegExp(HF_RULE.replace('/', '\\/')), 'the rule id is shown');
  assert.ok(!problems.includes(HF_TOKEN.slice(3, 20)), 'the panel does not show the token');
  const panelText = await wb.page.locator('.markers-panel').innerText();
  assert.ok(!panelText.includes(HF_TOKEN.slice(3, 20)), 'nothing in the panel shows the token');

  const link = wb.page.locator('.markers-panel .monaco-list-row a', { hasText: HF_RULE }).first();
  const href = await link.getAttribute('href');
  assert.ok(href, 'the rule id is a link');
  // The server links file:///<extension>/docs/rules/<id>.md; the web workbench shows the same file
  // through its remote scheme (vscode-remote://host/<path>).
  const target = new URL(href);
  assert.ok(['file:', 'vscode-remote:'].includes(target.protocol), `a link to the shipped page, got ${href}`);
  const page = decodeURIComponent(target.pathname);
  assert.ok(page.startsWith(`${journeyEnv().extensionsDir}/tuneguard.tuneguard-`), `the page ships in the installed extension: ${page}`);
  assert.match(page, /\/docs\/rules\/secrets\/huggingface-token\.md$/);
  assert.ok(existsSync(page), `the linked page exists: ${page}`);

  await link.click();
  await wb.page.locator('.tabs-container .tab.active', { hasText: 'huggingface-token.md' }).waitFor({ timeout: 30_000 });
  const docText = await poll('the rule page to show in the editor', async () => {
    const text = await wb.editor().locator('.view-lines').innerText();
    return /hugging ?face/i.test(text) ? text : undefined;
  }, 15_000);
  assert.ok(!docText.includes(HF_TOKEN));
});
