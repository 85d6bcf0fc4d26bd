// Journey 6: the language server is killed (kill -9); the client restarts it and diagnostics
// come back, including for an edit made after the crash.
import assert from 'node:assert/strict';
import { journey, poll, Workbench } from '../harness/workbench';
import { journeyEnv } from '../harness/journey-env';
import { serverProcesses } from '../harness/server-process';
import { AXOLOTL_WITH_TOKEN, HF_TOKEN } from './fixtures';

journey('after kill -9 of the language server a new one starts and diagnostics come back', async (t) => {
  const { extensionsDir } = journeyEnv();
  const wb = await Workbench.open(t, { 'train.yaml': AXOLOTL_WITH_TOKEN });
  await wb.openFile('train.yaml');
  await wb.waitForSquiggles(1);

  const [before] = await poll('one Tuneguard server process', async () => {
    const pids = serverProcesses(extensionsDir, wb.workspace);
    return pids.length === 1 ? pids : undefined;
  }, 15_000);
  process.kill(before, 'SIGKILL');

  const after = await poll('a restarted Tuneguard server process', async () => {
    const pids = serverProcesses(extensionsDir, wb.workspace).filter((pid) => pid !== before);
    return pids.length === 1 ? pids[0] : undefined;
  }, 30_000);
  assert.notEqual(after, before);

  // The new server answers for the open document: a second token typed now gets its own squiggle.
  await wb.focusEditor();
  await wb.page.keyboard.press('Control+End');
  await wb.page.keyboard.insertText(`hub_token_backup: ${HF_TOKEN}\n`);
  await wb.waitForSquiggles(2);
  await wb.waitForProblems(2);
});
