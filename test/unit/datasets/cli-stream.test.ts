import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/run-cli';

test('a dataset above the streaming threshold is checked in chunks on workers with exact record lines', (t) => {
  const dir = tempDir(t);
  const filler = JSON.stringify({ messages: [{ role: 'user', content: 'nothing personal here, version 1.2.3 '.repeat(4) }] });
  const lines: string[] = [];
  const expected: number[] = [];
  for (let i = 0; i < 40_000; i++) {
    // Every 997th line: each chunk, and each piece of the one the main thread splits with a worker, holds some.
    if (i % 997 === 7) {
      lines.push(JSON.stringify({ text: `SSN 123-45-${String(1000 + i).slice(-4)}` }));
      expected.push(i + 1);
    } else lines.push(filler);
  }
  writeFileSync(join(dir, 'big.jsonl'), `${lines.join('\n')}\n`);
  const { status, stdout, stderr } = runCli(['check', 'big.jsonl', '--format', 'json'], dir);
  assert.equal(status, 1, stderr);
  const report = JSON.parse(stdout);
  const file = report.files[0];
  assert.equal(file.format, 'dataset-jsonl');
  assert.deepEqual(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'pii/us-ssn').map((f: { line: number }) => f.line), expected);
  assert.ok(!stdout.includes('123-45-'));
});

test('the policy\'s custom secret patterns apply to a streamed dataset, at the record\'s line', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, '.tuneguard.yaml'), [
    'secrets:',
    '  customPatterns:',
    '    - id: acme-gateway-key',
    "      pattern: 'acmegw_([a-z0-9]{32})'",
    '      keywords: [acmegw_]',
  ].join('\n') + '\n');
  const key = (i: number) => `acmegw_${String(i).padStart(4, '0')}9f8e7d6c5b4a39281706f5e4d3c2b1`;
  const filler = JSON.stringify({ messages: [{ role: 'user', content: 'nothing secret here, version 1.2.3 '.repeat(4) }] });
  const lines: string[] = [];
  const expected: number[] = [];
  for (let i = 0; i < 40_000; i++) {
    if (i % 9973 === 11) {
      lines.push(JSON.stringify({ messages: [{ role: 'user', content: `the gateway answers to ${key(i)} today` }] }));
      expected.push(i + 1);
    } else lines.push(filler);
  }
  writeFileSync(join(dir, 'big.jsonl'), `${lines.join('\n')}\n`);
  const { status, stdout, stderr } = runCli(['check', 'big.jsonl', '--format', 'json'], dir);
  assert.equal(status, 1, stderr);
  const findings = JSON.parse(stdout).files[0].findings as { ruleId: string; line: number }[];
  assert.deepEqual(findings.filter((f) => f.ruleId === 'secrets/custom-acme-gateway-key').map((f) => f.line), expected);
  assert.ok(!stdout.includes('9f8e7d6c5b4a'), 'no value in the output');
});

test('a streamed CSV: every chunk, not only the one with the header, reads its cells under their column names', (t) => {
  const dir = tempDir(t);
  const lines = ['id,notes,ssn,order_id'];
  const expectedSsn: number[] = [];
  for (let i = 0; i < 60_000; i++) {
    // A bare SSN is one only under its column's name; the Luhn-valid order id is no card under its name.
    const ssn = i % 997 === 3 ? `5369${String(10000 + i).slice(-5)}` : '';
    if (ssn) expectedSsn.push(i + 2);
    lines.push(`${i},nothing personal here version 1.2.3,${ssn},${i % 997 === 5 ? '4532015112830366' : i}`);
  }
  writeFileSync(join(dir, 'people.csv'), `${lines.join('\n')}\n`);
  const { stdout, stderr } = runCli(['check', 'people.csv', '--format', 'json'], dir);
  const file = JSON.parse(stdout).files[0];
  assert.equal(file.format, 'dataset-csv', stderr);
  assert.deepEqual(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'pii/us-ssn').map((f: { line: number }) => f.line), expectedSsn);
  assert.deepEqual(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'pii/credit-card'), []);
});

test('a streamed dataset full of personal data lists 1000 findings per rule and counts the rest; a baseline still takes them all', (t) => {
  const dir = tempDir(t);
  const lines = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: i, text: `reach me at user${i}@mail-host.io, nothing else here` }));
  writeFileSync(join(dir, 'contacts.jsonl'), `${lines.join('\n')}\n`);

  const json = runCli(['check', 'contacts.jsonl', '--format', 'json'], dir);
  const file = JSON.parse(json.stdout).files[0];
  assert.equal(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'pii/email').length, 1000, json.stderr);
  assert.deepEqual(file.omitted, [{ ruleId: 'pii/email', severity: 'warning', count: 29_000 }]);

  const text = runCli(['check', 'contacts.jsonl'], dir).stdout;
  assert.match(text, /^contacts\.jsonl: 29000 more warning pii\/email finding\(s\) not listed\.$/m);
  assert.match(text, /^30000 finding\(s\) in 1 file\(s\): 0 error\(s\), 30000 warning\(s\)/m);
  const sarif = JSON.parse(runCli(['check', 'contacts.jsonl', '--format', 'sarif'], dir).stdout).runs[0];
  assert.equal(sarif.results.length, 1000);
  assert.equal(sarif.invocations[0].toolExecutionNotifications[0].associatedRule.id, 'pii/email');
  assert.ok(!json.stdout.includes('@mail-host') && !text.includes('@mail-host'));

  const baseline = runCli(['baseline', 'contacts.jsonl'], dir);
  assert.match(baseline.stderr, /wrote 30000 accepted finding\(s\)/);
  const after = JSON.parse(runCli(['check', 'contacts.jsonl', '--format', 'json'], dir).stdout).files[0];
  assert.deepEqual([after.findings, after.omitted], [[], undefined]);
});

test('a streamed CSV whose quoted cells span lines is cut between records: every record\'s cells line up with the header', (t) => {
  const dir = tempDir(t);
  const rows = ['id,notes,ssn'];
  const ssn = (i: number) => `${100 + (i % 500)}${10 + (i % 89)}${1000 + (i % 8999)}`;
  // Notes of varying length over two lines: chunk ends fall anywhere, inside quoted cells too.
  for (let i = 0; i < 40_000; i++) rows.push(`${i},"Customer wrote:\nline two ${'x'.repeat(i % 50)}",${ssn(i)}`);
  writeFileSync(join(dir, 'notes.csv'), `${rows.join('\n')}\n`);
  const { stdout, stderr } = runCli(['check', 'notes.csv', '--format', 'json'], dir);
  const file = JSON.parse(stdout).files[0];
  assert.equal(file.format, 'dataset-csv', stderr);
  const listed = file.findings.filter((f: { ruleId: string }) => f.ruleId === 'pii/us-ssn');
  assert.deepEqual(listed.slice(0, 3).map((f: { line: number }) => f.line), [3, 5, 7]); // a record's second line
  const omitted = file.omitted.find((o: { ruleId: string }) => o.ruleId === 'pii/us-ssn').count;
  assert.equal(listed.length + omitted, 40_000);
});
