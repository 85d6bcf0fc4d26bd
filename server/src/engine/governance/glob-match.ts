import { minimatch } from 'minimatch';

/** Case-insensitive glob match for model ids and org names (`meta-llama/*`, `Qwen/Qwen2.5-*`). */
export function matchesAnyGlob(value: string, globs: readonly string[]): boolean {
  return globs.some((glob) => minimatch(value, glob, { nocase: true, dot: true }));
}
