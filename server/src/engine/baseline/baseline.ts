/**
 * A baseline: the accepted findings of a repository, keyed by fingerprint (a hash of rule id,
 * file path and value), never by line, so edits elsewhere in a file do not invalidate it. It
 * holds no secret: rule id, path and line are there for people reviewing the file.
 */
export const BASELINE_FILE = '.tuneguard-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  /** Line when the baseline was written; informational only, never used for matching. */
  line?: number;
}

export interface Baseline {
  version: 1;
  generatedBy: string;
  findings: BaselineEntry[];
}

export interface ParsedBaseline {
  fingerprints: Set<string>;
  problems: string[];
}

export function createBaseline(entries: readonly BaselineEntry[], generatedBy = 'tuneguard baseline'): Baseline {
  const unique = new Map<string, BaselineEntry>();
  for (const entry of entries) if (!unique.has(entry.fingerprint)) unique.set(entry.fingerprint, entry);
  const findings = [...unique.values()].sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId));
  return { version: 1, generatedBy, findings };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads a baseline leniently: bad entries are skipped and reported, the rest still apply. */
export function parseBaseline(text: string): ParsedBaseline {
  const fingerprints = new Set<string>();
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { fingerprints, problems: ['the baseline is not valid JSON'] };
  }
  const findings = (data as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) return { fingerprints, problems: ['the baseline has no "findings" list'] };
  findings.forEach((entry, index) => {
    const value = (entry as { fingerprint?: unknown })?.fingerprint;
    if (typeof value === 'string' && /^[a-f0-9]{32}$/.test(value)) fingerprints.add(value);
    else problems.push(`entry ${index + 1} has no valid fingerprint`);
  });
  return { fingerprints, problems };
}
