import { test } from 'node:test';
import assert from 'node:assert/strict';
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
