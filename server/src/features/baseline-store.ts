import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASELINE_FILE, parseBaseline } from '../engine/baseline/baseline';
import type { Logger } from './logger';

/**
 * The accepted findings of each workspace folder (`.tuneguard-baseline.json` at its root), read
 * from disk and cached until a watched file changes, so the editor hides what CI accepts.
 */
export class BaselineStore {
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(private readonly log: Logger) {}

  get(root: string): ReadonlySet<string> {
    let fingerprints = this.cache.get(root);
    if (!fingerprints) {
      fingerprints = this.read(root);
      this.cache.set(root, fingerprints);
    }
    return fingerprints;
  }

  invalidate(): void {
    this.cache.clear();
  }

  private read(root: string): ReadonlySet<string> {
    const file = path.join(root, BASELINE_FILE);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn(`Cannot read baseline ${file} (${(error as NodeJS.ErrnoException).code}).`);
      return new Set();
    }
    const { fingerprints, problems } = parseBaseline(text);
    if (problems.length > 0) this.log.warn(`Baseline ${file} has ${problems.length} problem(s); its valid entries still apply.`);
    return fingerprints;
  }
}
