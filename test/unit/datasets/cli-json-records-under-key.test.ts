import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/run-cli';

/** A SQuAD 2.0 file: articles under `data`, paragraphs, then questions; `leak(i)` puts an email in article i's answer. */
function squad(articles: number, leak: (i: number) => boolean): string {
  const data = Array.from({ length: articles }, (_, i) => ({
    title: `Article ${i}`,
    paragraphs: [{
      context: 'The ticket was opened by a customer last week and closed on the same day, version 1.2.3.',
      qas: [{ id: `q${i}`, question: 'Who opened it?', answers: [{ text: leak(i) ? `write to user${i}@mail-host.io for details` : 'a customer', answer_start: 0 }], is_impossible: false }],
    }],
  }));
  return `${JSON.stringify({ version: 'v2.0', data }, null, 2)}\n`;
}

/** 1-based lines of the emails in the text, as the checker reports them. */
function emailLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes('@mail-host.io') ? [i + 1] : []));
}

test('a SQuAD-style JSON file is a dataset: an email three levels down is found on its line, small or streamed', (t) => {
  const dir = tempDir(t);
  const small = squad(3, (i) => i === 1);
  const big = squad(12_000, (i) => i % 1499 === 7);
  assert.ok(big.length > 3 * 1024 * 1024);
  writeFileSync(join(dir, 'dev-v2.0.json'), small);
  writeFileSync(join(dir, 'train-v2.0.json'), big);
  const { stdout, stderr } = runCli(['check', '.', '--format', 'json'], dir);
  const files = JSON.parse(stdout).files as { path: string; format: string; findings: { ruleId: string; line: number; column: number }[] }[];
  assert.deepEqual(files.map((f) => [f.path, f.format]), [['dev-v2.0.json', 'dataset-json'], ['train-v2.0.json', 'dataset-json']], stderr);
  const found = (i: number) => files[i].findings.filter((f) => f.ruleId === 'pii/email');
  assert.deepEqual(found(0).map((f) => f.line), emailLines(small));
  assert.equal(found(0)[0].column, small.split('\n')[found(0)[0].line - 1].indexOf('user1@') + 1);
  assert.deepEqual(found(1).map((f) => f.line), emailLines(big));
  assert.ok(!stdout.includes('@mail-host.io'));
});
