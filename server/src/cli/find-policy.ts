import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_POLICY, type Policy } from '../../../schemas/policy';
import { loadPolicy } from '../engine/policy/load-policy';

export interface FoundPolicy {
  policy: Policy;
  /** Folder the policy governs: policy globs are relative to it. */
  root: string;
  file?: string;
  problems: number;
}

/** `--policy FILE`, else the nearest `.tuneguard.yaml` from the current directory up to the repository root. */
export function findPolicy(explicit: string | undefined, cwd: string): FoundPolicy {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    const text = fs.readFileSync(file, 'utf8'); // a missing explicit policy is a usage error, reported by the caller
    const { policy, problems } = loadPolicy(text);
    return { policy, root: path.dirname(file), file, problems: problems.length };
  }
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const file = path.join(dir, '.tuneguard.yaml');
    if (fs.existsSync(file)) {
      const { policy, problems } = loadPolicy(fs.readFileSync(file, 'utf8'));
      return { policy, root: dir, file, problems: problems.length };
    }
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return { policy: DEFAULT_POLICY, root: cwd, problems: 0 };
  }
}
