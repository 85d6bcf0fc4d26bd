// Journey 3: F1 "Tuneguard: Classify Dataset" on a JSONL with personal data: the suggested level
// comes first with its reason, picking it writes the manifest, and the config that trains on the
// dataset gets the classification-driven governance diagnostic.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { journey, poll, Workbench } from '../harness/workbench';
import { AXOLOTL_PUBLIC_PUSH, CUSTOMERS_JSONL } from './fixtures';

const PUSH_RULES = /governance\/(hub-push-above-level|public-hub-push)/;

journey('Classify Dataset suggests a level from the PII found, writes the manifest, and the training config gets a governance diagnostic', async (t) => {
  const wb = await Workbench.open(t, { 'data/customers.jsonl': CUSTOMERS_JSONL, 'train.yaml': AXOLOTL_PUBLIC_PUSH });
  await wb.openFile('train.yaml');
  await wb.openFile('customers.jsonl', 'data');
  // The dataset's PII findings show the server has checked both files; no push rule fires yet.
  const before = await wb.waitForProblemsMatching('PII problems in the dataset', (text) => /pii\/us-ssn/.test(text));
  assert.doesNotMatch(before, PUSH_RULES);

  await wb.runCommand('Tuneguard: Classify Dataset');
  // The level picker follows the scan; its first row is the suggested level.
  await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'suggested' }).first().waitFor({ timeout: 60_000 });
  const suggested = await wb.page.locator('.quick-input-list .monaco-list-row').first().innerText();
  assert.match(suggested, /suggested/, 'the suggested level comes first');
  assert.match(suggested, /restricted|confidential/i);
  assert.match(suggested, /e-?mail|phone|SSN|personal/i, 'with the reason from the scan');
  assert.ok(!suggested.includes('@example.com'), 'the reason counts findings and never shows a record');
  await wb.page.keyboard.press('Enter');

  const manifest = await poll('the dataset manifest', async () => {
    const file = wb.path('data/customers.dataset.yaml');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }, 30_000);
  assert.match(manifest, /classification: (restricted|confidential)/);

  // Only the config stays open, so the Problems panel is not filled with the dataset's rows.
  await wb.runCommand('View: Close All Editors');
  await wb.openFile('train.yaml');
  const after = await wb.waitForProblemsMatching('the classification-driven governance diagnostic on the config', (text) => PUSH_RULES.test(text));
  assert.match(after, /restricted/, 'the message names the classification it comes from');
});
