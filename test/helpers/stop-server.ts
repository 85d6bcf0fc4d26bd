import type { ChildProcess } from 'node:child_process';
import { ExitNotification, ShutdownRequest, type MessageReader, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

const GRACE_MS = 5_000;

/**
 * Shut a stdio language server down and release everything that could keep the test process
 * alive: ask politely (shutdown, exit), wait for the process to end, kill it if it does not, then
 * dispose the connection. vscode-jsonrpc's stream reader re-arms a 10 s "partial message" timer
 * forever when the stream ended in the middle of a message (a server killed mid-write), and
 * neither dispose() nor the stream's end clears it: that timer once kept a test file, and CI, waiting.
 */
export async function stopServer(connection: ProtocolConnection, reader: MessageReader, child: ChildProcess): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await within(connection.sendRequest(ShutdownRequest.type), GRACE_MS);
    await connection.sendNotification(ExitNotification.type);
  } catch {
    // already gone, or not answering: killed below
  }
  if (!(await within(exited, GRACE_MS).then(() => true, () => false))) {
    child.kill('SIGKILL');
    await exited;
  }
  connection.dispose();
  reader.dispose();
  (reader as unknown as { clearPartialMessageTimer?: () => void }).clearPartialMessageTimer?.();
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
