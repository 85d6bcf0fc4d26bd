import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticRefreshRequest, DidChangeTextDocumentNotification, InitializeRequest, InitializedNotification, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest,
  type Diagnostic, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lsp-session';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const CONFIG = `model_name_or_path: Qwen/Qwen2.5-0.5B
model_revision: 7ae557604adf67be50417f59c2c2f167def9a775
learning_rate: 1.0e-5
num_train_epochs: 1
bf16: true
output_dir: out
dataset_name: acme/support-tickets
push_to_hub: true
hub_model_id: acme/support-bot
report_to: wandb
wandb_log_model: checkpoint
`;
const manifest = (level: string) => `name: Support tickets
hub_id: acme/support-tickets
owner: ml-platform@acme.example
classification: ${level}
license: proprietary
source: Zendesk export
retention: P1Y
`;

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, deadlineMs = 15000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 400)}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const governance = (ds: Diagnostic[]) => ds.filter((d) => String(d.code).startsWith('governance/')).map((d) => String(d.code)).sort();

async function openWorkspace(t: Parameters<typeof tempDir>[0], level: string) {
  const dir = tempDir(t);
  writeFileSync(join(dir, '.tuneguard.yaml'), 'publishing:\n  publicMaxLevel: public\n');
  writeFileSync(join(dir, 'tickets.dataset.yaml'), manifest(level));
  writeFileSync(join(dir, 'sft.yaml'), CONFIG);
  const session = new LspSession();
  t.after(() => session.close());
  let refreshes = 0;
  session.connection.onRequest(DiagnosticRefreshRequest.type, () => void refreshes++);
  const progress: string[] = [];
  session.connection.onNotification('$/progress', (p: { value: { kind: string } }) => void progress.push(p.value.kind));
  // As LspSession.initialize, plus window.workDoneProgress so the server reports indexing progress.
  const folder = pathToFileURL(dir).href;
  await session.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }],
    capabilities: {
      workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] } },
      window: { workDoneProgress: true },
    },
  });
  await session.connection.sendNotification(InitializedNotification.type, {});
  const uri = await session.open(join(dir, 'sft.yaml'), CONFIG);
  return { dir, session, uri, refreshes: () => refreshes, progress };
}

test('a config is checked against the classification of the manifest it links to, once the background index is built', async (t) => {
  const { session, uri, progress } = await openWorkspace(t, 'internal');
  const diagnostics = await until('the linked classification', () => session.diagnostics(uri), (ds) => governance(ds).includes('governance/public-hub-push'));
  const push = diagnostics.find((d) => d.code === 'governance/public-hub-push')!;
  assert.match(typeof push.message === 'string' ? push.message : push.message.value, /`internal` \(from `acme\/support-tickets`\)/);
  assert.equal(push.range.start.line, 8);
  assert.ok(existsSync(new URL(push.codeDescription!.href)), 'the diagnostic links to the shipped rule page');
  assert.ok(governance(diagnostics).includes('governance/tracker-upload-above-level') === false, 'internal data may be uploaded to trackers by default');
  await until('indexing progress', async () => progress, (p) => p.includes('begin') && p.includes('end'));
});

test('editing the manifest in the editor, then on disk, refreshes and re-diagnoses the dependent config', async (t) => {
  const { dir, session, uri, refreshes } = await openWorkspace(t, 'internal');
  await until('the first link', () => session.diagnostics(uri), (ds) => governance(ds).includes('governance/public-hub-push'));
  const manifestUri = await session.open(join(dir, 'tickets.dataset.yaml'), manifest('internal'));
  const before = refreshes();
  await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: manifestUri, version: 2 }, contentChanges: [{ text: manifest('public') }],
  });
  await until('a diagnostics refresh', async () => refreshes(), (n) => n > before);
  const relaxed = await session.diagnostics(uri);
  assert.ok(!governance(relaxed).includes('governance/public-hub-push'), 'public data may be pushed publicly');

  // Saved on disk as restricted while closed in the editor: the watched-file event updates the index.
  writeFileSync(join(dir, 'tickets.dataset.yaml'), manifest('restricted'));
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: manifestUri } });
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(dir, 'tickets.dataset.yaml')).href, type: FileChangeType.Changed }] });
  const strict = await until('restricted findings', () => session.diagnostics(uri), (ds) => governance(ds).includes('governance/hub-push-above-level'));
  assert.deepEqual(governance(strict).filter((c) => /push|tracker/.test(c)), [
    'governance/hub-push-above-level', 'governance/public-hub-push', 'governance/tracker-metrics-above-level', 'governance/tracker-upload-above-level',
  ]);
});

test('hover on a dataset reference shows its manifest and the config\'s effective classification', async (t) => {
  const { session, uri } = await openWorkspace(t, 'confidential');
  await until('the index', () => session.diagnostics(uri), (ds) => governance(ds).includes('governance/public-hub-push'));
  const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 20 } });
  const text = (hover?.contents as MarkupContent).value;
  assert.match(text, /`acme\/support-tickets`: `confidential` — `tickets\.dataset\.yaml`/);
  assert.match(text, /Effective classification: `confidential`/);
});

test('the CLI reports the same governance findings as the server for the same workspace', async (t) => {
  const { dir, session, uri } = await openWorkspace(t, 'restricted');
  const server = await until('the index', () => session.diagnostics(uri), (ds) => governance(ds).includes('governance/hub-push-above-level'));
  const cli = runCli(['check', '.', '--format', 'json'], dir);
  const report = JSON.parse(cli.stdout) as { files: { path: string; findings: { ruleId: string; line: number; column: number }[] }[] };
  const fromCli = report.files.find((f) => f.path === 'sft.yaml')!.findings.filter((f) => f.ruleId.startsWith('governance/'))
    .map((f) => `${f.ruleId}@${f.line}:${f.column}`).sort();
  const fromServer = server.filter((d) => String(d.code).startsWith('governance/'))
    .map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
  assert.ok(fromServer.length >= 4);
  assert.deepEqual(fromCli, fromServer);
});
