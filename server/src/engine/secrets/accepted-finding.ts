import type { Policy } from '../../../../schemas/policy';
import { fingerprint } from './scan-secrets';

/** Whether any finding can be accepted by fingerprint (the policy's list or a baseline): then every finding must be seen before a cap. */
export function acceptsFingerprints(policy: Policy, baseline?: ReadonlySet<string>): boolean {
  return (baseline?.size ?? 0) > 0 || policy.allowlist.fingerprints.length > 0;
}

/**
 * Whether the policy (or a baseline) accepts a finding that was made elsewhere, e.g. on a worker
 * thread that did not know the policy: its fingerprint is listed, or it is the fingerprint of an
 * allowlisted value. Values never leave this function.
 */
export function isAcceptedFinding(finding: { ruleId: string; fingerprint?: string }, path: string, policy: Policy, baseline?: ReadonlySet<string>): boolean {
  const print = finding.fingerprint;
  if (!print) return false;
  if (baseline?.has(print) || policy.allowlist.fingerprints.includes(print)) return true;
  return finding.ruleId.startsWith('secrets/') && policy.allowlist.values.some((value) => fingerprint(finding.ruleId, path, value) === print);
}
