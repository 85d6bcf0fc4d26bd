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
      const description = describeError(error);
      if (!reported.has(description)) {
        reported.add(description);
        log.error(`Handler ${name} failed: ${description}`);
      }
      return fallback();
    }
  };
}
