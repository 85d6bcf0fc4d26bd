import type { RuleMeta } from '../../types';
import { inventoryEntries } from '../credential-inventory';
import { finding, type GovernanceRule } from '../governance-rule';

const meta: RuleMeta = {
  id: 'governance/credential-without-owner',
  family: 'governance',
  title: 'Credential in the inventory has no owner or rotation date',
  description: 'An entry of the policy\'s credential inventory (`credentials.inventory`) lacks an `owner` or a `lastRotated` date. A non-human identity without an accountable owner is not offboarded when its team changes, and one without a rotation date cannot be checked for age. Fill in both.',
  defaultSeverity: 'warning',
  standards: { owaspNhi: ['NHI1:2025 Improper Offboarding', 'NHI7:2025 Long-Lived Secrets'], nistCsf: ['GV.RR-02', 'PR.AA-01', 'ID.AM-08'] },
};

export const credentialWithoutOwner: GovernanceRule = {
  meta,
  check({ doc }) {
    if (doc.format !== 'tuneguard-policy') return [];
    return inventoryEntries(doc).entries.filter(({ credential }) => !credential.owner || !credential.lastRotated).map(({ credential, name }) => {
      const missing = [!credential.owner && '`owner`', !credential.lastRotated && '`lastRotated`'].filter(Boolean).join(' and ');
      return finding(meta, `Credential \`${credential.name}\` has no ${missing}.`, name.start, name.end);
    });
  },
};
