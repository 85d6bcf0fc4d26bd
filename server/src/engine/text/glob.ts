import { Minimatch } from 'minimatch';

export interface GlobOptions {
  /** Match `*.yaml` against the base name when the glob has no `/` (policy path globs). */
  matchBase?: boolean;
  nocase?: boolean;
}

/** Globs come from the policy and manifests and are matched for every finding and link: compile each once. */
const compiled = new Map<string, Minimatch>();

export function matchesGlob(value: string, glob: string, options: GlobOptions = {}): boolean {
  const key = `${options.matchBase ? 'b' : '-'}${options.nocase ? 'i' : '-'}${glob}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = new Minimatch(glob, { dot: true, matchBase: options.matchBase ?? false, nocase: options.nocase ?? false });
    if (compiled.size >= 2000) compiled.clear();
    compiled.set(key, matcher);
  }
  return matcher.match(value);
}
