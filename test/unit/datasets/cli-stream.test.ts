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
    if (i % 4999 === 7) {
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
