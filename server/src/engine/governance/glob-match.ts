import { matchesGlob } from '../text/glob';

/** Case-insensitive glob match for model ids and org names (`meta-llama/*`, `Qwen/Qwen2.5-*`). */
export function matchesAnyGlob(value: string, globs: readonly string[]): boolean {
  return globs.some((glob) => matchesGlob(value, glob, { nocase: true }));
}
