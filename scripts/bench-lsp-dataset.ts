/**
 * Time to first diagnostics when a large JSONL is opened in the language server, over real LSP
 * (stdio to dist/server.js), and whether another document is answered meanwhile.
 *   npx tsx scripts/bench-lsp-dataset.ts [.bench/bench-50mb.jsonl]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ConfigurationRequest, DiagnosticRefreshRequest,
  RegistrationRequest, WorkDoneProgressCreateRequest, type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? join(__dirname, '..', '.bench', 'bench-50mb.jsonl'));
  const text = readFileSync(file, 'utf8');
  const server = spawn(process.execPath, [join(__dirname, '..', 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.listen();
  const root = pathToFileURL(dirname(file)).href;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'bench' }], capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } } });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = pathToFileURL(file).href;
  const other = pathToFileURL(join(dirname(file), 'train.yaml')).href;
  const opened = Date.now();
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'jsonl', version: 1, text } });
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'base_model: x\nlearning_rate: 0.0002\n' } });
  const pull = async (u: string) => ((await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: u } })) as FullDocumentDiagnosticReport).items;
  let otherAnswered = 0;
  let first = 0;
  let done = 0;
  let count = 0;
  while (Date.now() - opened < 120_000) {
    if (!otherAnswered) { await pull(other); otherAnswered = Date.now() - opened; }
    const items = await pull(uri);
    const findings = items.filter((d) => String(d.code).startsWith('pii/') || String(d.code).startsWith('secrets/'));
    if (!first && findings.length > 0) first = Date.now() - opened;
    if (first && !items.some((d) => d.code === 'tuneguard/scan-in-progress')) { done = Date.now() - opened; count = items.length; break; }
    await new Promise((r) => setTimeout(r, 20));
  }
  const mb = (text.length / 1024 / 1024).toFixed(1);
  console.log(`${mb} MB JSONL opened over LSP: first diagnostics after ${first} ms, scan complete after ${done} ms (${count} diagnostics shown, capped); other document answered after ${otherAnswered} ms`);
  server.kill();
  process.exit(0);
}
void main();
