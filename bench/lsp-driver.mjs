// A minimal LSP client over stdio for benchmarks: spawn a server, initialize, open, change, pull.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';

export async function startServer(command, args, { workspace, settings = {}, capabilities } = {}) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const published = new Map();
  const waiters = [];
  connection.onRequest('workspace/configuration', (p) => p.items.map((item) => settings[item.section] ?? null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, p);
    for (const w of waiters.splice(0)) w(p);
  });
  connection.onNotification(() => undefined);
  connection.listen();
  const uri = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: capabilities ?? { workspace: { configuration: true }, textDocument: { diagnostic: {}, publishDiagnostics: {} } },
    initializationOptions: { trusted: true },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    nextPublish: () => new Promise((resolve) => waiters.push(resolve)),
    async stop() {
      try { await connection.sendRequest('shutdown'); await connection.sendNotification('exit'); } catch { /* gone */ }
      connection.dispose();
      child.kill();
    },
    pid: child.pid,
  };
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
