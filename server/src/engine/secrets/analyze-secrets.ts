import type { AnalysisContext } from '../analysis-context';
import type { ParsedDocument } from '../parse/parse-document';
import type { Finding } from '../types';
import { compileCustomPatterns } from './custom-patterns';
import { SECRET_RULES } from './rules';
import { scanSecrets } from './scan-secrets';

/**
 * The secrets analyzer: built-in rules, plus the policy's custom patterns when the workspace is
 * trusted (a cloned repository's policy must not run its regular expressions in the editor
 * before the user trusts it), minus allowlisted values and accepted fingerprints.
 */
export function analyzeSecrets(doc: ParsedDocument, context: AnalysisContext): Finding[] {
  const { policy } = context;
  const custom = context.trusted === false ? [] : compileCustomPatterns(policy.secrets.customPatterns ?? []).rules;
  return scanSecrets(doc, context.cancellation, SECRET_RULES, new Set(policy.allowlist.values), {
    extraRules: custom,
    acceptedFingerprints: new Set(policy.allowlist.fingerprints ?? []),
  });
}
