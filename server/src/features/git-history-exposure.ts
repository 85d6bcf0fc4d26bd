import { createHash } from 'node:crypto';
import { rotationAdvice } from '../engine/fixes/rotation-pages';
import type { Finding } from '../engine/types';
import { valuesInHistory } from './git-history';
import type { Logger } from './logger';
import type { WorkspaceTrust } from './secret-store/workspace-trust';

/**
 * Remembers which literals are in their file's git history and marks their findings: the
 * message and the fix then say the credential must be rotated. Checks run in the background
 * (git is a process: trusted workspaces only); when one finds an exposure, `onExposed` asks for
 * fresh diagnostics. Keys are hashes: the cache never holds a value.
 */
const RECHECK_MS = 30_000;

export class HistoryExposure {
  private readonly known = new Map<string, { exposed: boolean; at: number }>();
  private readonly pending = new Set<string>();

  constructor(private readonly trust: WorkspaceTrust, private readonly log: Logger, private readonly onExposed: () => void) {}

  /** Findings with exposure marked where already known; unknown ones are checked in the background. */
  annotate(root: string, file: string, text: string, findings: Finding[]): Finding[] {
    if (!this.trust.trusted) return findings;
    const unknown: { key: string; value: string }[] = [];
    const out = findings.map((finding) => {
      if (!finding.fix) return finding;
      const value = text.slice(finding.start, finding.end);
      const key = keyOf(file, value);
      const entry = this.known.get(key);
      // Re-checked now and then: a commit can expose a value that was not in history before.
      if ((!entry || Date.now() - entry.at > RECHECK_MS) && !this.pending.has(key)) unknown.push({ key, value });
      return entry?.exposed ? markExposed(finding) : finding;
    });
    if (unknown.length > 0) void this.check(root, file, unknown);
    return out;
  }

  /** Awaitable check for the fix command, which must know before it words its messages. */
  async isExposed(root: string, file: string, values: readonly string[]): Promise<boolean[]> {
    if (!this.trust.trusted) return values.map(() => false);
    const keys = values.map((v) => keyOf(file, v));
    const found = await valuesInHistory(root, file, values);
    keys.forEach((k, i) => this.known.set(k, { exposed: found[i], at: Date.now() }));
    return found;
  }

  private async check(root: string, file: string, unknown: { key: string; value: string }[]): Promise<void> {
    unknown.forEach((u) => this.pending.add(u.key));
    try {
      const found = await valuesInHistory(root, file, unknown.map((u) => u.value));
      const newlyExposed = unknown.filter((u, i) => found[i] && !this.known.get(u.key)?.exposed).length;
      unknown.forEach((u, i) => this.known.set(u.key, { exposed: found[i], at: Date.now() }));
      if (newlyExposed > 0) {
        this.log.info(`${found.filter(Boolean).length} credential(s) in ${file.split(/[\\/]/).pop()} are in its git history and must be rotated.`);
        this.onExposed();
      }
    } catch {
      this.log.warn('Could not read git history; rotation advice is not shown.');
    } finally {
      unknown.forEach((u) => this.pending.delete(u.key));
    }
  }
}

export function markExposed(finding: Finding): Finding {
  return {
    ...finding,
    message: `${finding.message} ${rotationAdvice(finding.ruleId, finding.fix?.issuer)}`,
    fix: finding.fix ? { ...finding.fix, exposedInHistory: true } : undefined,
  };
}

function keyOf(file: string, value: string): string {
  return createHash('sha256').update(`${file}\0${value}`).digest('hex');
}
