import type { Connection } from 'vscode-languageserver/node';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/**
 * Logs go to the client's LogOutputChannel, which applies the user's level. Callers pass
 * messages built from ids, paths and counts only: never a secret, record or allowlisted value.
 */
export function connectionLogger(connection: Connection): Logger {
  return {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
    debug: (m) => connection.console.debug(m),
  };
}

/** Describe an error without its message text, which may quote input (a value, a record). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frame = error.stack?.split('\n').slice(1, 4).map((l) => l.trim().replace(/^at /, '')).join(' | ') ?? '';
    return `${error.name}${frame ? ` at ${frame}` : ''}`;
  }
  return typeof error;
}

/** An error whose message Tuneguard wrote itself and which never quotes input: safe to show. */
export class SafeMessageError extends Error {}

/** The message of our own errors; for anything else (a parser's, which may quote a record) only its kind. */
export function safeMessage(error: unknown): string {
  return error instanceof SafeMessageError ? error.message : describeError(error);
}
