import { matchesGlob } from '../text/glob';
import type { Policy, SeveritySetting } from '../../../../schemas/policy';
import type { Severity } from '../types';

/**
 * The severity a rule has for a file: the rule's default, then the policy's `rules`, then each
 * matching `overrides` entry in order. Exact ids beat family wildcards (`pii/*`).
 */
export function effectiveSeverity(policy: Policy, ruleId: string, path: string, defaultSeverity: Severity): SeveritySetting {
  let severity: SeveritySetting = pick(policy.rules, ruleId) ?? defaultSeverity;
  for (const override of policy.overrides) {
    if (override.files.some((glob) => matchesPathGlob(path, glob))) {
      severity = pick(override.rules, ruleId) ?? severity;
    }
  }
  return severity;
}

function pick(rules: Record<string, SeveritySetting>, ruleId: string): SeveritySetting | undefined {
  if (rules[ruleId]) return rules[ruleId];
  const family = ruleId.split('/')[0];
  return rules[`${family}/*`] ?? rules['*'];
}

export function isPathAllowlisted(policy: Policy, path: string): boolean {
  return policy.allowlist.paths.some((glob) => matchesPathGlob(path, glob));
}

function matchesPathGlob(path: string, glob: string): boolean {
  return matchesGlob(path, glob, { matchBase: !glob.includes('/') });
}
