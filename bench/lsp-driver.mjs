// A minimal LSP client over stdio for benchmarks: spawn a server, initialize, open, change, pull.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';

/**
 * `settings` maps a configuration section to its value (answers workspace/configuration).
 * `onProgress` receives every $/progress notification (indexing progress, for example).
 */
export async function startServer(command, args, { workspace, settings = {}, capabilities, initializationOptions, onProgress, onLog } = {}) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const reader = new rpc.StreamMessageReader(child.stdout);
  const connection = rpc.createMessageConnection(reader, new rpc.StreamMessageWriter(child.stdin));
  const published = new Map();
  let waiters = [];
  connection.onRequest('workspace/configuration', (p) => p.items.map((item) => settings[item.section] ?? null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('$/progress', (p) => onProgress?.(p));
  connection.onNotification('window/logMessage', (p) => onLog?.(p));
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, { ...p, at: process.hrtime.bigint() });
    waiters = waiters.filter((w) => !w(p));
  });
  connection.onNotification(() => undefined);
  connection.onRequest(() => null);
  connection.listen();
  const uri = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: capabilities ?? { workspace: { configuration: true }, textDocument: { diagnostic: {}, publishDiagnostics: {} }, window: { workDoneProgress: true } },
    initializationOptions: initializationOptions ?? { trusted: true },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published,
    /** Resolves with the next publishDiagnostics for `uri` (any uri if omitted). */
    nextPublish: (forUri) => new Promise((resolve) => waiters.push((p) => (!forUri || p.uri === forUri) && (resolve(p), true))),
    async stop() {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
      try { await connection.sendRequest('shutdown'); await connection.sendNotification('exit'); } catch { /* gone */ }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
      // A stream that ended mid-message leaves vscode-jsonrpc's partial-message timer re-arming forever (see test/helpers/stop-server.ts).
      reader.clearPartialMessageTimer?.();
    },
    pid: child.pid,
    memory: () => processMemory(child.pid),
  };
}

/** Resident set size now and at its peak (VmHWM), in MB, from /proc (Linux). */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakRssMb: NaN };
  }
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

export const ms = (started) => Number(process.hrtime.bigint() - started) / 1e6;

export function formatStats(s) {
  return `median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms (n=${s.n})`;
}
