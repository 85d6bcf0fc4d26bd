import type { RuleMeta } from '../../types';
import { mapEntry, mapGet } from '../../parse/tree';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTuneguardManifest } from './manifest-doc';

const meta: RuleMeta = {
  id: 'governance/manifest-missing-fields',
  family: 'governance',
  title: 'Dataset manifest is missing required fields',
  description: 'A dataset manifest lacks fields the policy requires (by default `owner`, `classification`, `license`, `source` and `retention`). Without an owner nobody answers for the data; without a licence and source its use may be unlawful; without retention it is kept forever; without a classification no rule can protect it. The list is `datasets.requiredFields` in the policy.',
  defaultSeverity: 'warning',
  standards: { owaspLlm: ['LLM04:2025 Data and Model Poisoning'], nistCsf: ['ID.AM-07', 'GV.RR-02', 'GV.OC-03'] },
};

export const manifestMissingFields: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    if (!isTuneguardManifest(doc) || root?.kind !== 'map') return [];
    const missing = gov.datasets.requiredFields.filter((field) => {
      const node = mapGet(root, field) ?? (field === 'license' ? mapGet(root, 'licence') : undefined);
      return !node || (node.kind === 'scalar' && (node.value === null || String(node.value).trim() === ''));
    });
    if (missing.length === 0) return [];
    const anchor = mapEntry(root, 'name') ?? root.entries[0];
    const [start, end] = anchor ? [anchor.keyStart, anchor.keyEnd] : [root.start, root.start];
    return [finding(meta, `Dataset manifest is missing ${missing.map((f) => `\`${f}\``).join(', ')} (required by the policy).`, start, end)];
  },
};
