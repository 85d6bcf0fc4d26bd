// Journey 4: editing .tuneguard.yaml in the editor refreshes the diagnostics of open configs.
import assert from 'node:assert/strict';
import { journey, Workbench } from '../harness/workbench';
import { AXOLOTL_WITH_TOKEN, HF_RULE } from './fixtures';

journey('turning a rule off in .tuneguard.yaml clears its problems in the open config; turning it back on restores them', async (t) => {
  const wb = await Workbench.open(t, { 'train.yaml': AXOLOTL_WITH_TOKEN, '.tuneguard.yaml': 'version: 1\n' });
  await wb.openFile('train.yaml');
  await wb.waitForSquiggles(1);
  await wb.waitForProblems(1);

  await wb.openFile('.tuneguard.yaml');
  await wb.focusEditor();
  await wb.page.keyboard.press('Control+End');
  await wb.page.keyboard.insertText(`rules: {${HF_RULE}: off}\n`);
  await wb.save();
  const cleared = await wb.waitForProblems(0);
  assert.ok(!cleared.includes(HF_RULE), 'no problem for the rule that is off');
  assert.equal(await wb.openTabs(), 2, 'train.yaml is still open, so its diagnostics were refreshed, not dropped');

  await wb.focusEditor();
  await wb.page.keyboard.press('Control+A');
  await wb.page.keyboard.insertText(`version: 1\nrules: {${HF_RULE}: error}\n`);
  await wb.save();
  await wb.waitForProblems(1);
  await wb.openFile('train.yaml');
  await wb.waitForSquiggles(1);
});
