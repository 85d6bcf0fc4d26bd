import * as fs from 'node:fs';
import * as path from 'node:path';
import { BASELINE_FILE, createBaseline, parseBaseline, serializeBaseline } from '../engine/baseline/baseline';
import type { FoundPolicy } from './find-policy';
import type { FileReport } from './report';
import { walkArgs } from './walk-args';

export interface BaselineCommand {
  command: 'baseline';
  paths: string[];
  /** Where to write; default `.tuneguard-baseline.json` at the policy root. */
  output?: string;
  policy?: string;
}

export const BASELINE_USAGE = `       tuneguard baseline PATH... [--output FILE] [--policy FILE]
         Writes every current finding (fingerprints only, no values) to a baseline file,
         by default ${BASELINE_FILE} beside the policy; \`check\` then reports only new findings.`;

/** Arguments after `baseline`; throws `makeError(message)` on a usage error. */
export function parseBaselineArgs(rest: readonly string[], makeError: (message: string) => Error): BaselineCommand {
  const result: BaselineCommand = { command: 'baseline', paths: [] };
  result.paths = walkArgs(rest, makeError, (flag, value) => {
    if (flag === '--output' || flag === '-o') result.output = value();
    else if (flag === '--policy') result.policy = value();
    else return false;
    return true;
  });
  if (result.paths.length === 0) throw makeError('Give at least one PATH to baseline (for example `tuneguard baseline .`).');
  return result;
}

/** Writes the baseline of the given reports; returns the file written. */
export function writeBaseline(reports: readonly FileReport[], found: FoundPolicy, output: string | undefined, cwd: string): { file: string; count: number } {
  const entries = reports.flatMap((report) => report.findings
    .filter((f) => f.fingerprint)
    .map((f) => ({ fingerprint: f.fingerprint!, ruleId: f.ruleId, path: report.path, line: f.line })));
  const baseline = createBaseline(entries);
  const file = output ? path.resolve(cwd, output) : path.join(found.root, BASELINE_FILE);
  fs.writeFileSync(file, serializeBaseline(baseline));
  return { file, count: baseline.findings.length };
}

/**
 * The fingerprints `check` accepts: `--baseline FILE`, else `.tuneguard-baseline.json` at the
 * policy root when it exists. A missing explicit file is a usage error (thrown).
 */
export function loadBaseline(explicit: string | undefined, found: FoundPolicy, cwd: string, warn: (message: string) => void): Set<string> {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(found.root, BASELINE_FILE);
  if (!explicit && !fs.existsSync(file)) return new Set();
  const { fingerprints, problems } = parseBaseline(fs.readFileSync(file, 'utf8'));
  if (problems.length > 0) warn(`${path.relative(cwd, file) || file}: ${problems.length} problem(s) (${problems[0]}); the valid entries still apply.`);
  return fingerprints;
}

/** Drops accepted findings from the reports (in place); returns how many were dropped. */
export function applyBaseline(reports: FileReport[], accepted: ReadonlySet<string>): number {
  if (accepted.size === 0) return 0;
  let dropped = 0;
  for (const report of reports) {
    const kept = report.findings.filter((f) => !(f.fingerprint && accepted.has(f.fingerprint)));
    dropped += report.findings.length - kept.length;
    report.findings = kept;
  }
  return dropped;
}
