import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { MAX_ROW_GROUP_BYTES, ParquetTooLargeError, parquetChunks } from '../../../server/src/cli/parquet-chunks';
import { tempDir } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/run-cli';

const HF_TOKEN = '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';

/** 3,000 rows in row groups of 1,000: an SSN in row 2,500 and an email in row 3, a token in row 1,200, image bytes in every row. */
function writeParquet(file: string, compressed = true): void {
  const rows = 3_000;
  const text = Array.from({ length: rows }, (_, i) => `plain training text number ${i}, version 1.2.${i % 10}`);
  text[2] = 'reach me at jane.doe@acme-mail.com';
  text[2_499] = 'my SSN is 536-22-8175';
  text[1_199] = `use ${HF_TOKEN} for the hub`;
  const ids = Array.from({ length: rows }, (_, i) => 9_007_199_254_740_993n + BigInt(i)); // beyond 2^53: kept exact, as digits
  // Binary columns are not text: these bytes spell an SSN, and must not be reported in every row.
  const image = Array.from({ length: rows }, () => new TextEncoder().encode('SSN 536-22-8175'));
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: ids, type: 'INT64' },
      { name: 'text', data: text, type: 'STRING' },
      { name: 'image', data: image, type: 'BYTE_ARRAY' },
    ],
    rowGroupSize: 1_000,
    ...(compressed ? {} : { codec: 'UNCOMPRESSED' }),
  });
  writeFileSync(file, new Uint8Array(buffer));
}

test('a Parquet dataset is read row group by row group: findings name the row as their line, values never shown', (t) => {
  const dir = tempDir(t);
  writeParquet(join(dir, 'train.parquet'));
  const { status, stdout, stderr } = runCli(['check', '.', '--format', 'json'], dir);
  assert.equal(status, 1, stderr);
  const file = JSON.parse(stdout).files.find((f: { path: string }) => f.path === 'train.parquet');
  assert.equal(file.format, 'dataset-parquet');
  const found = (file.findings as { ruleId: string; line: number }[]).map((f) => `${f.ruleId}@${f.line}`);
  assert.deepEqual(found, ['pii/email@3', 'secrets/huggingface-token@1200', 'pii/us-ssn@2500']);
  for (const value of ['jane.doe', '536-22-8175', HF_TOKEN.slice(3, 15)]) assert.ok(!stdout.includes(value), 'no value in the output');
});

test('a file named .parquet that is not Parquet is reported as unreadable, and the check goes on', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'broken.parquet'), 'PAR1 this is not really parquet');
  writeFileSync(join(dir, 'notes.jsonl'), '{"text": "my SSN is 536-22-8175"}\n');
  const { stdout, stderr } = runCli(['check', '.', '--format', 'json'], dir);
  const files = JSON.parse(stdout).files as { path: string; skipped?: string; findings: unknown[] }[];
  assert.match(files.find((f) => f.path === 'broken.parquet')?.skipped ?? '', /^unreadable \(not a readable Parquet file/, stderr);
  assert.equal(files.find((f) => f.path === 'notes.jsonl')?.findings.length, 1);
});

test('a row group too big to decode in bounded memory is refused before anything is read, with the reason', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'big-groups.parquet');
  writeParquet(file);
  const read = async (limit: number) => { for await (const _chunk of parquetChunks(file, limit)) { /* drain */ } };
  await assert.rejects(read(1_000), (error: Error) => error instanceof ParquetTooLargeError && /^row group 1 holds \d+ MB uncompressed, more than the \d+ MB read at once/.test(error.message));
  await read(MAX_ROW_GROUP_BYTES);
});
