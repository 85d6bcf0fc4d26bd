import type { Logger } from './logger';
import { describeError } from './logger';

/**
 * Wrap an LSP handler so a bug logs one line and returns an empty result instead of killing the
 * server or surfacing an exception (whose text could quote a secret) to the client.
 */
export function safeHandler<A extends unknown[], R>(name: string, log: Logger, fallback: () => R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  const reported = new Set<string>();
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      // Once per failure site (error type and throwing frame), whoever called the handler.
      const site = error instanceof Error ? `${error.name} ${error.stack?.split('\n')[1]?.trim() ?? ''}` : typeof error;
      if (!reported.has(site)) {
        reported.add(site);
        log.error(`Handler ${name} failed: ${describeError(error)}`);
      }
      return fallback();
    }
  };
}
