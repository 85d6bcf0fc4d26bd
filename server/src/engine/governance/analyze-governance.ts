import { createHash } from 'node:crypto';
import type { Policy } from '../../../../schemas/policy';
import type { AnalysisContext } from '../analysis-context';
import type { DatasetIndex } from './dataset-index';
import type { ParsedDocument } from '../parse/parse-document';
import type { Finding } from '../types';
import type { GovernanceInput } from './governance-rule';
import { linkConfig, type Linkage } from './linkage';
import { governanceOf, Levels } from './policy-view';
import { GOVERNANCE_RULES } from './rules';
import { isTuneguardManifest } from './rules/manifest-doc';
import { isTrainingConfig } from './refs/extract-dataset-refs';

/** The governance analyzer: runs every rule on one document with lazy config <-> dataset linking. */
export function analyzeGovernance(doc: ParsedDocument, context: AnalysisContext): Finding[] {
  if (doc.syntax !== 'yaml' && doc.syntax !== 'json') return [];
  // Only training configs, manifests and the policy are governed; other files (and hostile ones) are not walked.
  if (!isTrainingConfig(doc) && !isTuneguardManifest(doc) && doc.format !== 'tuneguard-policy') return [];
  const input = governanceInput(doc, context);
  const findings: Finding[] = [];
  for (const rule of GOVERNANCE_RULES) {
    if (context.cancellation.isCancellationRequested) break;
    for (const f of rule.check(input)) findings.push({ ...f, fingerprint: fingerprintOf(doc, f) });
  }
  return findings;
}

export function governanceInput(doc: ParsedDocument, context: AnalysisContext): GovernanceInput {
  const gov = governanceOf(context.policy);
  const levels = new Levels(context.policy);
  const index = context.workspace?.datasetIndex?.();
  let linkage: Linkage | undefined;
  const root = doc.tree.roots[0];
  return {
    doc, root: root?.kind === 'map' ? root : undefined, policy: context.policy, gov, levels, index,
    now: context.now?.() ?? new Date(),
    governed: isGoverned(context.policy, index),
    linkage: () => (linkage ??= linkConfig(doc, index, levels, gov.datasets.unclassifiedAs)),
  };
}

/**
 * The workspace has adopted data governance: its policy sets a governance section or a
 * `governance/` severity, or a Tuneguard dataset manifest exists. Advisory rules wait for it so
 * upstream examples opened on their own (or a policy that only configures secrets) stay quiet.
 */
export function isGoverned(policy: Policy, index: DatasetIndex | undefined): boolean {
  const sections = [policy.datasets, policy.models, policy.publishing, policy.trackers, policy.imports, policy.credentials];
  if (sections.some((s) => s !== undefined)) return true;
  const severities = [policy.rules, ...policy.overrides.map((o) => o.rules)];
  if (severities.some((rules) => Object.keys(rules).some((id) => id.startsWith('governance/')))) return true;
  return index?.manifests.some((m) => m.kind === 'tuneguard') ?? false;
}

/** Stable across edits elsewhere: rule, file and the text the finding points at. */
function fingerprintOf(doc: ParsedDocument, f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\0${doc.path}\0${doc.text.slice(f.start, f.end)}`).digest('hex').slice(0, 32);
}
