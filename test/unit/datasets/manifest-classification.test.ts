import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicySchema, type Policy } from '../../../schemas/policy';
import { checkDocument } from '../../../server/src/engine/check-document';

const manifest = (classification: string, extra = '') => `name: tickets\nclassification: ${classification}\npath: data/tickets.jsonl\n${extra}`;

test('a manifest classified below the kinds it records is flagged at its classification', () => {
  const text = manifest('public', 'pii_kinds: [us-ssn, email]\n');
  const found = checkDocument({ path: 'tickets.dataset.yaml', text }).findings.filter((f) => f.ruleId === 'pii/classification-below-contents');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].start, found[0].end), 'public');
  assert.match(found[0].message, /needs at least `restricted`/);
  const ok = checkDocument({ path: 'tickets.dataset.yaml', text: manifest('restricted', 'pii_kinds: [us-ssn]\n') }).findings;
  assert.ok(!ok.some((f) => f.ruleId === 'pii/classification-below-contents'));
});

test('the linked data file itself is scanned when the workspace can read it', () => {
  const data = '{"text": "SSN 123-45-6780"}\n';
  const workspace = { readText: (p: string) => (p === 'data/tickets.jsonl' ? data : undefined) };
  const found = checkDocument({ path: 'tickets.dataset.yaml', text: manifest('internal') }, { workspace }).findings;
  assert.ok(found.some((f) => f.ruleId === 'pii/classification-below-contents' && /us-ssn/.test(f.message)));
  assert.ok(!found.some((f) => f.message.includes('6780')));
});

test('sensitive field names in the manifest schema', () => {
  const text = manifest('confidential', 'fields:\n  - name: patient_name\n  - name: text\n');
  const found = checkDocument({ path: 'x.dataset.yaml', text }).findings.filter((f) => f.ruleId === 'pii/sensitive-field');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['patient_name']);
});

test('one "classified too low" finding per manifest: the kinds it records win over the contains_pii flag, at the stricter level', () => {
  const strict = PolicySchema.parse({ datasets: { piiMinimumLevel: 'restricted' } });
  const tooLow = (text: string, policy?: Policy) => checkDocument({ path: 'tickets.dataset.yaml', text }, { policy }).findings
    .filter((f) => f.ruleId === 'pii/classification-below-contents' || f.ruleId === 'governance/pii-dataset-below-minimum-level');
  const email = tooLow(manifest('public', 'contains_pii: true\npii_kinds: [email]\n'));
  assert.deepEqual(email.map((f) => f.ruleId), ['pii/classification-below-contents']);
  assert.match(email[0].message, /needs at least `confidential`\.$/);
  // The policy's minimum for personal data is stricter than what email needs: it wins, and says so.
  const byPolicy = tooLow(manifest('confidential', 'contains_pii: true\npii_kinds: [email]\n'), strict);
  assert.deepEqual(byPolicy.map((f) => f.ruleId), ['pii/classification-below-contents']);
  assert.match(byPolicy[0].message, /needs at least `restricted` \(the policy's `datasets\.piiMinimumLevel` for personal data\)/);
  // Only the flag: the governance rule reports it.
  assert.deepEqual(tooLow(manifest('internal', 'contains_pii: true\n')).map((f) => f.ruleId), ['governance/pii-dataset-below-minimum-level']);
  // Without the flag, the kinds' own tier applies.
  assert.deepEqual(tooLow(manifest('confidential', 'pii_kinds: [email]\n'), strict), []);
});
