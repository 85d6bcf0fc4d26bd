import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_POLICY, type Policy } from '../../../schemas/policy';
import { loadPolicy } from '../engine/policy/load-policy';
import type { Logger } from './logger';

/**
 * The policy of each workspace folder, read from disk (or from the open editor, which wins)
 * and cached until the file changes. A broken policy still yields a usable one.
 */
export class PolicyStore {
  private readonly cache = new Map<string, Policy>();
  private readonly overlays = new Map<string, string>();

  constructor(private readonly log: Logger, private policyFileName = '.tuneguard.yaml') {}

  setPolicyFileName(name: string): void {
    if (name !== this.policyFileName) {
      this.policyFileName = name;
      this.cache.clear();
    }
  }

  policyPathFor(root: string): string {
    return path.join(root, this.policyFileName);
  }

  isPolicyFile(fsPath: string): boolean {
    return path.basename(fsPath) === path.basename(this.policyFileName);
  }

  get(root: string): Policy {
    const cached = this.cache.get(root);
    if (cached) return cached;
    const policy = this.read(root);
    this.cache.set(root, policy);
    return policy;
  }

  /** The policy file is open in an editor: use its unsaved text. */
  setOverlay(fsPath: string, text: string | undefined): void {
    if (text === undefined) this.overlays.delete(fsPath);
    else this.overlays.set(fsPath, text);
    this.invalidate();
  }

  invalidate(): void {
    this.cache.clear();
  }

  private read(root: string): Policy {
    const file = this.policyPathFor(root);
    let text = this.overlays.get(file);
    if (text === undefined) {
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn(`Cannot read policy ${file} (${(error as NodeJS.ErrnoException).code}); using defaults.`);
        return DEFAULT_POLICY;
      }
    }
    const { policy, problems } = loadPolicy(text);
    if (problems.length > 0) this.log.warn(`Policy ${file} has ${problems.length} problem(s); invalid settings use their defaults.`);
    return policy;
  }
}
