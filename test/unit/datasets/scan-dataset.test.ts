import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/engine/check-document';
import { RecordChunker, countNewlines } from '../../../server/src/engine/datasets/record-chunker';
import { appendReport, scanChunkToReport } from '../../../server/src/engine/datasets/chunk-report';
import { scanDatasetText } from '../../../server/src/engine/datasets/scan-dataset-text';
import { suggestLevel } from '../../../server/src/engine/datasets/dataset-summary';
import { SecretLineScanner } from '../../../server/src/engine/datasets/secret-lines';

const SSN = '123-45-6780';
const CARD = '4539 6002 0666 2669';
const TOKEN = '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';
const JSONL = [
  '{"messages": [{"role": "user", "content": "hello there"}]}',
  `{"messages": [{"role": "user", "content": "my SSN is ${SSN}"}], "customer_email": "x"}`,
  '{"messages": [{"role": "user", "content": "v1.2.3 at 2024-01-02T10:00:00Z"}]}',
  `{"messages": [{"role": "assistant", "content": "card ${CARD} and token ${TOKEN}"}]}`,
].join('\n');

test('findings point at the record line; messages carry neither values nor records', () => {
  const report = scanChunkToReport({ path: 'data/train.jsonl', syntax: 'jsonl', first: true, text: JSONL }, new SecretLineScanner());
  const byRule = report.findings.map((f) => [f.ruleId, f.line]);
  assert.deepEqual(byRule, [['pii/us-ssn', 1], ['pii/sensitive-field', 1], ['pii/credit-card', 3], ['secrets/huggingface-token', 3]]);
  for (const f of report.findings) {
    for (const secret of [SSN, CARD, TOKEN, '6780', 'my SSN is']) assert.ok(!f.message.includes(secret), f.message);
  }
  assert.equal(report.records, 4);
});

test('the editor path: checkDocument reports personal data in an open JSONL and CSV dataset', () => {
  const jsonl = checkDocument({ path: 'data/train.jsonl', text: JSONL });
  assert.ok(jsonl.findings.some((f) => f.ruleId === 'pii/us-ssn' && JSONL.slice(f.start, f.end) === SSN));
  const csv = checkDocument({ path: 'data/people.csv', text: 'id,patient_name,notes\n1,Ann,"call (415) 555-2671"\n' });
  assert.deepEqual(csv.findings.map((f) => f.ruleId).sort(), ['pii/phone-number', 'pii/sensitive-field']);
});

test('the line chunker never splits a record and keeps every byte', () => {
  const bytes = new TextEncoder().encode(`${JSONL}\n${JSONL}`);
  const chunker = new RecordChunker();
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 37) {
    const whole = chunker.push(bytes.slice(i, i + 37));
    if (whole) parts.push(whole.slice());
  }
  const rest = chunker.end();
  if (rest) parts.push(rest);
  const joined = parts.map((p) => new TextDecoder().decode(p));
  assert.equal(joined.join(''), `${JSONL}\n${JSONL}`);
  for (const part of joined.slice(0, -1)) assert.ok(part.endsWith('\n'));
  assert.equal(parts.reduce((n, p) => n + countNewlines(p), 0), 7);
});

test('suggested level and reason from a scan', () => {
  const scan = scanDatasetText(JSONL, 'train.jsonl', 'jsonl');
  const suggestion = suggestLevel(scan.summary, ['public', 'internal', 'confidential', 'restricted']);
  assert.equal(suggestion.level, 'restricted');
  assert.equal(suggestion.reason, 'restricted: 1 card number, 1 SSN and 1 sensitive field name in 4 records');
  const clean = suggestLevel(scanDatasetText('{"a": "hello"}\n', 'x.jsonl', 'jsonl').summary, ['public', 'internal', 'confidential', 'restricted']);
  assert.equal(clean.reason, 'public: no personal data found in 1 record');
});

test('two consecutive pieces of a chunk report as the whole chunk does', () => {
  const secrets = new SecretLineScanner();
  const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify(i % 7 === 3 ? { text: `SSN 123-45-${1000 + i}`, note: `jane${i}@gmail.com` } : { text: 'plain' }));
  const text = `${lines.join('\n')}\n`;
  const cut = text.indexOf('\n', text.length / 3) + 1;
  const job = (piece: string, first: boolean) => ({ path: 'd.jsonl', syntax: 'jsonl' as const, first, text: piece });
  const whole = scanChunkToReport(job(text, true), secrets);
  const joined = appendReport(scanChunkToReport(job(text.slice(0, cut), true), secrets), scanChunkToReport(job(text.slice(cut), false), secrets));
  assert.deepEqual(joined, whole);
  assert.ok(whole.findings.length >= 16);
});

test("a chat export inside a JSONL record: its senders and added members are found where the escaped line breaks are", () => {
  const chat = [
    '11/04/24, 18:37 - 687 964 102: parcel arrived', '06/09/20, 3:28 - Isla added 0462750211', '06/09/20, 3:29 - Isla: welcome',
  ].join('\n');
  const text = [JSON.stringify({ text: chat }), JSON.stringify({ text: 'Isla added 0462750211' }), JSON.stringify({ text: 'we added 612 345 678 euros to the pot' })].join('\n');
  const report = scanChunkToReport({ path: 'data/chats.jsonl', syntax: 'jsonl', first: true, text }, new SecretLineScanner());
  const lines = text.split('\n');
  const phones = report.findings.filter((f) => f.ruleId === 'pii/phone-number').map((f) => [f.line, lines[f.line].slice(f.column, f.endColumn)]);
  assert.deepEqual(phones, [[0, '687 964 102'], [0, '0462750211'], [1, '0462750211']]);
});
