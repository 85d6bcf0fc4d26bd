import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describeError } from './features/logger';
import { startServer } from './server';

// Transport (--stdio, --node-ipc, --socket=) is chosen from argv by the library.
const connection = createConnection(ProposedFeatures.all);

// A bug outside a handler is logged (without its message, which may quote input) and the process
// exits, so the client's restart policy brings up a fresh server instead of a half-broken one.
process.on('uncaughtException', (error) => {
  const line = `Uncaught error: ${describeError(error)}`;
  process.stderr.write(`${line}\n`);
  connection.console.error(line);
  // The connection writes the log message asynchronously: exiting at once would drop it.
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 200);
});
process.on('unhandledRejection', (reason) => {
  connection.console.error(`Unhandled rejection: ${describeError(reason)}`);
});

startServer(connection);
