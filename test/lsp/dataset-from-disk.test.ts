import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { fingerprint } from '../../server/src/engine/secrets/scan-secrets';
import { DATASET_FROM_DISK_NOTIFICATION, type DatasetFromDiskParams } from '../../schemas/protocol';
import { FixSession } from '../helpers/fix-session';
import { LspSession } from '../helpers/lsp-session';
import { tempDir } from '../helpers/temp-dir';

const SSN_RECORD = (i: number) => JSON.stringify({ text: `my SSN is 123-45-${String(1000 + i).slice(-4)}` });
const FILLER = JSON.stringify({ messages: [{ role: 'user', content: 'plain text about training runs, nothing personal. '.repeat(3) }] });
const SCANNING = 'tuneguard/scan-in-progress';

function dataset(records: number, ssnEvery: number, ssnAt: number): string {
  const lines: string[] = [];
  for (let i = 0; i < records; i++) lines.push(i % ssnEvery === ssnAt ? SSN_RECORD(i) : FILLER);
  return `${lines.join('\n')}\n`;
}

async function settled(session: LspSession, uri: string, until: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const items = await session.diagnostics(uri);
    if ((!items.some((d) => d.code === SCANNING) && until(items)) || Date.now() > deadline) return items;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function fromDisk(session: LspSession, file: string, event: DatasetFromDiskParams['event']): Promise<string> {
  const uri = pathToFileURL(file).href;
  await session.connection.sendNotification(DATASET_FROM_DISK_NOTIFICATION, { uri, event } satisfies DatasetFromDiskParams);
  return uri;
}

test('a dataset the client does not sync is scanned from disk: findings on record lines, rescanned on save, cleared on close', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'big.jsonl');
  writeFileSync(file, dataset(30_000, 100, 7));
  const session = await LspSession.started(t, dir);

  const uri = await fromDisk(session, file, 'opened');
  const config = await session.open(join(dir, 'train.yaml'), 'base_model: x\nhub_token: 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\n');
  assert.ok((await session.diagnostics(config)).some((d) => d.code === 'secrets/huggingface-token'), 'other documents are answered meanwhile');
  const items = await settled(session, uri);
  const ssn = items.filter((d) => d.code === 'pii/us-ssn');
  assert.equal(ssn.length, 200, 'capped at tuneguard.maxFindingsPerFile');
  assert.deepEqual(ssn.slice(0, 2).map((d) => d.range.start.line), [7, 107]);
  assert.match(String(items.find((d) => d.code === 'tuneguard/more-findings')!.message), /^100 more findings not shown \(100 pii\/us-ssn\)/);

  writeFileSync(file, dataset(1_000, 500, 42));
  await fromDisk(session, file, 'saved');
  const rescanned = await settled(session, uri, (d) => d.filter((x) => x.code === 'pii/us-ssn').length === 2);
  assert.deepEqual(rescanned.filter((d) => d.code === 'pii/us-ssn').map((d) => d.range.start.line), [42, 542]);

  await fromDisk(session, file, 'closed');
  assert.deepEqual(await session.diagnostics(uri), []);
  assert.ok(!session.allOutput().includes('123-45-'), 'no record value in any output');
});

test('a dataset with personal data in every record: the first 200 by position shown, every other one counted', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'dense.jsonl');
  // ~2.9 MB, two chunks, each dropping most of its findings unsent; every SSN valid (serials 1000-9999).
  const records = Array.from({ length: 60_000 }, (_, i) => JSON.stringify({ text: `my SSN is 536-22-${1000 + (i % 9000)}` }));
  writeFileSync(file, `${records.join('\n')}\n`);
  const session = await LspSession.started(t, dir);
  const items = await settled(session, await fromDisk(session, file, 'opened'));
  const ssn = items.filter((d) => d.code === 'pii/us-ssn');
  assert.deepEqual(ssn.map((d) => d.range.start.line), Array.from({ length: 200 }, (_, i) => i));
  assert.match(String(items.find((d) => d.code === 'tuneguard/more-findings')!.message), /^59800 more findings not shown \(59800 pii\/us-ssn\)/);
});

test('a binary or missing file announced from disk gets one clear diagnostic, and the server keeps working', async (t) => {
  const dir = tempDir(t);
  const binary = join(dir, 'weights.json');
  writeFileSync(binary, Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a]));
  const session = await LspSession.started(t, dir);

  const binaryItems = await settled(session, await fromDisk(session, binary, 'opened'), (d) => d.length > 0);
  assert.deepEqual(binaryItems.map((d) => d.code), ['tuneguard/scan-failed']);
  assert.match(String(binaryItems[0].message), /binary/);

  const missingItems = await settled(session, await fromDisk(session, join(dir, 'gone.jsonl'), 'opened'), (d) => d.length > 0);
  assert.deepEqual(missingItems.map((d) => d.code), ['tuneguard/scan-failed']);
  assert.match(String(missingItems[0].message), /Could not read this dataset from disk: .*ENOENT/);

  const config = await session.open(join(dir, 'train.yaml'), 'base_model: x\nhub_token: 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\n');
  assert.ok((await session.diagnostics(config)).some((d) => d.code === 'secrets/huggingface-token'));
});

test('allowlisted values, accepted fingerprints and the baseline hide findings of large datasets too, in the editor and the CLI', async (t) => {
  const dir = tempDir(t);
  const [allowlisted, accepted, baselined, reported] = ['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', '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', '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', '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'];
  const rule = 'secrets/huggingface-token';
  const records = [allowlisted, accepted, baselined, reported].map((token) => JSON.stringify({ text: `push with token ${token} please` }));
  const filler = Array.from({ length: 20_000 }, () => FILLER);
  const file = join(dir, 'big.jsonl');
  writeFileSync(file, `${[...filler, ...records].join('\n')}\n`);
  writeFileSync(join(dir, '.tuneguard.yaml'), `allowlist:\n  values: ["${allowlisted}"]\n  fingerprints: ["${fingerprint(rule, 'big.jsonl', accepted)}"]\n`);
  writeFileSync(join(dir, '.tuneguard-baseline.json'), JSON.stringify({ findings: [{ fingerprint: fingerprint(rule, 'big.jsonl', baselined) }] }));
  const session = await LspSession.started(t, dir);

  const items = await settled(session, await fromDisk(session, file, 'opened'), (d) => d.length > 0);
  assert.deepEqual(items.filter((d) => d.code === rule).map((d) => d.range.start.line), [20_003], 'only the token nobody accepted');

  const cli = spawnSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli.js'), 'check', 'big.jsonl', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
  const findings = (JSON.parse(cli.stdout) as { files: { findings: { ruleId: string; line: number }[] }[] }).files[0].findings;
  assert.deepEqual(findings.filter((f) => f.ruleId === rule).map((f) => f.line), [20_004]);
});

test('the policy\'s custom secret patterns apply to a dataset scanned from disk, in a trusted workspace only', async (t) => {
  const key = 'acmegw_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
  const lines = Array.from({ length: 30_000 }, (_, i) => (i === 20_123 ? JSON.stringify({ text: `the gateway answers to ${key}` }) : FILLER));
  for (const trusted of [true, false]) {
    const dir = tempDir(t);
    writeFileSync(join(dir, '.tuneguard.yaml'), "secrets:\n  customPatterns:\n    - id: acme-gateway-key\n      pattern: 'acmegw_([a-z0-9]{32})'\n      keywords: [acmegw_]\n");
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const session = new FixSession();
    t.after(() => session.close());
    await session.initializeWith(dir, trusted);
    const uri = await fromDisk(session, file, 'opened');
    const custom = (await settled(session, uri)).filter((d) => d.code === 'secrets/custom-acme-gateway-key');
    assert.deepEqual(custom.map((d) => d.range.start.line), trusted ? [20_123] : [], `trusted: ${trusted}`);
    assert.ok(!session.allOutput().includes('9f8e7d6c5b4a'), 'no value in any output');
  }
});

test('two large datasets scanned from disk at once both finish (they share the server\'s one worker)', async (t) => {
  const dir = tempDir(t);
  const files = ['a.jsonl', 'b.jsonl'].map((name) => join(dir, name));
  for (const file of files) writeFileSync(file, dataset(60_000, 1_000, 7));
  const session = await LspSession.started(t, dir);
  const uris = await Promise.all(files.map((file) => fromDisk(session, file, 'opened')));
  for (const uri of uris) {
    const items = await settled(session, uri);
    assert.ok(!items.some((d) => d.code === SCANNING), `${uri}: the scan finished`);
    assert.equal(items.filter((d) => d.code === 'pii/us-ssn').length, 60);
  }
});
