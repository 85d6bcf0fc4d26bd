/**
 * The built server over stdio under hostile documents and failures: it answers every request,
 * keeps ranges inside the documents, survives a failing handler with one log line, and on an
 * uncaught error logs it (without its message) and exits so the client restarts it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  LogMessageNotification, DocumentDiagnosticRequest, type Diagnostic, type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { LspSession } from '../helpers/lsp-session';
import { SERVER } from '../helpers/run-cli';
import { stopServer } from '../helpers/stop-server';
import { tempDir } from '../helpers/temp-dir';
import { PLANTED_TOKEN, binaryBytes, deepJsonArrays, deepJsonObjects, deepYamlFlow, tenMegabyteLineThenToken, yamlAliasBomb } from '../unit/resilience/hostile-input';

function assertRangesInside(diagnostics: Diagnostic[], text: string): void {
  const lines = text.split('\n');
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside 0-${lines.length - 1}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} outside line ${p.line}`);
    }
  }
}

async function waitFor(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition();) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('hostile documents over LSP: every one answered with ranges inside it; the server stays responsive', async (t) => {
  const dir = tempDir(t);
  const session = await LspSession.started(t, dir);
  const documents: [string, string, string][] = [
    ['deep.json', 'json', deepJsonArrays(100_000)],
    ['deep-objects.json', 'json', deepJsonObjects(100_000)],
    ['deep.yaml', 'yaml', deepYamlFlow(100_000)],
    ['bomb.yaml', 'yaml', yamlAliasBomb()],
    ['long-line.yaml', 'yaml', tenMegabyteLineThenToken()],
    ['blob.yaml', 'yaml', binaryBytes().toString('latin1')],
    ['data/train.jsonl', 'jsonl', `{"a": 1}\n${deepJsonArrays(100_000)}\n{"text": "${'x'.repeat(1_000_000)}"}\n`],
  ];
  for (const [name, languageId, text] of documents) {
    const uri = await session.open(join(dir, name), text, languageId);
    const diagnostics = await session.diagnostics(uri);
    assertRangesInside(diagnostics, text);
    if (name === 'deep.json') assert.ok(diagnostics.some((d) => /nested deeper than/.test(String(d.message))));
    if (name === 'long-line.yaml' || name === 'bomb.yaml') assert.ok(diagnostics.some((d) => d.code === 'secrets/huggingface-token'), name);
  }
  const small = await session.open(join(dir, 'train.yaml'), `base_model: x\nhub_token: ${PLANTED_TOKEN}\n`);
  assert.equal((await session.diagnostics(small)).filter((d) => d.code === 'secrets/huggingface-token').length, 1);
  assert.ok(!session.allOutput().includes(PLANTED_TOKEN));
});

test('a handler that throws returns an empty result and logs once; the server keeps serving', async (t) => {
  const dir = tempDir(t);
  const session = await LspSession.started(t, dir);
  // A malformed request (no textDocument) makes the diagnostic handler throw inside its wrapper.
  for (let i = 0; i < 3; i++) {
    const report = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, {} as never)) as FullDocumentDiagnosticReport;
    assert.deepEqual(report.items, []);
  }
  const uri = await session.open(join(dir, 'train.yaml'), `hub_token: ${PLANTED_TOKEN}\n`);
  assert.equal((await session.diagnostics(uri)).length > 0, true, 'still diagnosing');
  const failures = session.logs.filter((l) => /Handler textDocument\/diagnostic failed/.test(l));
  assert.equal(failures.length, 1, session.logs.join('\n'));
  assert.match(failures[0], /failed: TypeError/);
});

test('an uncaught error is logged without its message and the process exits (the client restarts it)', async (t) => {
  const dir = tempDir(t);
  const trigger = join(dir, 'crash-now');
  const preload = join(dir, 'crash-on-trigger.cjs');
  // Injected from outside the bundle: throws outside any handler once the trigger file appears.
  writeFileSync(preload, `const fs = require('fs');
const timer = setInterval(() => {
  if (!fs.existsSync(${JSON.stringify(trigger)})) return;
  clearInterval(timer);
  setImmediate(() => { throw new Error('crash while holding ${PLANTED_TOKEN}'); });
}, 10);
timer.unref();
`);
  const child = spawn(process.execPath, ['--require', preload, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  t.after(() => child.kill());
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  const reader = new StreamMessageReader(child.stdout);
  const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin));
  const logs: string[] = [];
  connection.onNotification(LogMessageNotification.type, (p) => void logs.push(p.message));
  connection.onError(() => undefined);
  connection.listen();
  t.after(() => stopServer(connection, reader, child));
  const uri = pathToFileURL(dir).href;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});
  writeFileSync(trigger, '');
  await waitFor(() => exitCode !== undefined, 'the server to exit');
  assert.equal(exitCode, 1);
  assert.match(stderr, /Uncaught error: Error/);
  await waitFor(() => logs.some((l) => l.startsWith('Uncaught error: Error')), 'the crash log line', 5_000);
  assert.ok(![...logs, stderr].join('\n').includes(PLANTED_TOKEN), 'the error message is not logged');
  assert.ok(!logs.join('\n').includes('crash while holding'));
});
