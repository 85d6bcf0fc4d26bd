import type { RuleMeta } from '../../types';
import { credentialRefs } from '../credential-refs';
import { findCredential } from '../credential-inventory';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/untracked-credential-reference',
  family: 'governance',
  title: 'Config uses a credential missing from the inventory',
  description: 'The config references a credential (an `env:` entry, `${oc.env:...}` or `$VAR` with a credential-like name) that the policy\'s inventory (`credentials.inventory`) does not list, so it has no known owner or rotation date. Add it to the inventory. The rule is silent while the inventory is empty.',
  defaultSeverity: 'info',
  standards: { owaspNhi: ['NHI1:2025 Improper Offboarding', 'NHI9:2025 NHI Reuse'], nistCsf: ['ID.AM-08', 'PR.AA-01'] },
};

export const untrackedCredentialReference: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    if (!isTrainingConfig(doc) || gov.credentials.inventory.length === 0) return [];
    return credentialRefs(doc, root).filter((r) => r.how === 'explicit' && !findCredential(gov, r.name))
      .map((r) => finding(meta, `\`${r.name}\` is not in the policy's credential inventory; add it with its owner and last rotation.`, r.start, r.end));
  },
};
