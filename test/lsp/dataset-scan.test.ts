import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { CLASSIFY_DATASET_REQUEST, SCAN_DATASET_REQUEST, type ClassifyDatasetResult, type ScanDatasetResult } from '../../schemas/protocol';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { LspSession } from '../helpers/lsp-session';
import { tempDir } from '../helpers/temp-dir';

const SSN_RECORD = (i: number) => JSON.stringify({ text: `my SSN is 123-45-${String(1000 + i).slice(-4)}` });
const FILLER = JSON.stringify({ messages: [{ role: 'user', content: 'plain text about training runs, nothing personal. '.repeat(3) }] });

const scanDataset = (session: LspSession, uri: string) => session.connection.sendRequest<ScanDatasetResult>(SCAN_DATASET_REQUEST, { uri });
const classifyDataset = (session: LspSession, uri: string, level: string, scan?: ScanDatasetResult) =>
  session.connection.sendRequest<ClassifyDatasetResult>(CLASSIFY_DATASET_REQUEST, { uri, level, ...(scan ? { scan } : {}) });

async function pollDiagnostics(session: LspSession, uri: string, until: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const items = await session.diagnostics(uri);
    if (until(items) || Date.now() > deadline) return items;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('a large open dataset is scanned in the background: capped diagnostics on record lines, other documents answered meanwhile', async (t) => {
  const dir = tempDir(t);
  const lines: string[] = [];
  for (let i = 0; i < 30_000; i++) lines.push(i % 50 === 3 ? SSN_RECORD(i) : FILLER);
  const file = join(dir, 'big.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const session = await LspSession.started(t, dir);
  const uri = await session.open(file, readFileSync(file, 'utf8'), 'jsonl');
  const config = await session.open(join(dir, 'train.yaml'), 'base_model: x\nhub_token: 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\n');
  // Other documents are answered while the dataset is being scanned.
  assert.ok((await session.diagnostics(config)).some((d) => d.code === 'secrets/huggingface-token'));
  const first = await pollDiagnostics(session, uri, (d) => d.some((x) => x.code === 'pii/us-ssn'));
  assert.ok(first.length > 0);
  const items = await pollDiagnostics(session, uri, (d) => d.length > 0 && !d.some((x) => x.code === 'tuneguard/scan-in-progress'));
  const ssn = items.filter((d) => d.code === 'pii/us-ssn');
  assert.equal(ssn.length, 200, 'capped at tuneguard.maxFindingsPerFile');
  assert.equal(ssn[0].range.start.line, 3);
  assert.equal(ssn[1].range.start.line, 53);
  assert.match(String(items.find((d) => d.code === 'tuneguard/more-findings')!.message), /^400 more findings/);
  assert.ok(!session.allOutput().includes('123-45-') && !items.some((d) => String(d.message).includes('123-45-')));
});

test('scan then classify: suggestion with its reason, manifest created beside the data, then updated keeping comments', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'data'));
  const file = join(dir, 'data', 'tickets.jsonl');
  writeFileSync(file, [SSN_RECORD(1), SSN_RECORD(2), JSON.stringify({ text: 'card 4539 6002 0666 2669' }), FILLER].join('\n') + '\n');
  const session = await LspSession.started(t, dir);
  const uri = pathToFileURL(file).href;
  const scan = await scanDataset(session, uri);
  assert.equal(scan.suggestedLevel, 'restricted');
  assert.equal(scan.reason, 'restricted: 2 SSNs and 1 card number in 4 records');
  const created = await classifyDataset(session, uri, 'restricted', scan);
  assert.equal(created.created, true);
  const manifest = join(dir, 'data', 'tickets.dataset.yaml');
  assert.ok(existsSync(manifest));
  const text = readFileSync(manifest, 'utf8');
  assert.match(text, /^path: "data\/tickets.jsonl"$/m);
  assert.match(text, /^classification: restricted$/m);
  assert.match(text, /^pii_kinds: \[credit-card, us-ssn\]$/m);

  writeFileSync(manifest, text.replace('classification: restricted', 'classification: public   # reviewed by hand'));
  const updated = await classifyDataset(session, pathToFileURL(manifest).href, 'confidential');
  assert.equal(updated.created, false);
  assert.match(readFileSync(manifest, 'utf8'), /^classification: confidential   # reviewed by hand$/m);
});

test('a manifest declaring public over data with SSNs gets a diagnostic on its classification', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'tickets.jsonl'), `${SSN_RECORD(1)}\n`);
  const session = await LspSession.started(t, dir);
  const uri = await session.open(join(dir, 'tickets.dataset.yaml'), 'name: tickets\npath: tickets.jsonl\nclassification: public\npii_kinds: [us-ssn]\n');
  const items = await session.diagnostics(uri);
  const below = items.find((d) => d.code === 'pii/classification-below-contents');
  assert.ok(below, JSON.stringify(items.map((d) => d.code)));
  assert.equal(below.range.start.line, 2);
});

test('Scan and Classify Dataset work on a Parquet file: rows are records, the manifest names the file', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'tickets.parquet');
  const text = ['card 4539 6002 0666 2669', 'plain text', 'my SSN is 536-22-8175', 'more plain text'];
  writeFileSync(file, new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }] })));
  const session = await LspSession.started(t, dir);
  const uri = pathToFileURL(file).href;
  const scan = await scanDataset(session, uri);
  assert.equal(scan.reason, 'restricted: 1 card number and 1 SSN in 4 records');
  const created = await classifyDataset(session, uri, 'restricted', scan);
  assert.equal(created.created, true);
  assert.match(readFileSync(join(dir, 'tickets.dataset.yaml'), 'utf8'), /^path: "?tickets.parquet"?$/m);
  assert.ok(!session.allOutput().includes('536-22'));
});
