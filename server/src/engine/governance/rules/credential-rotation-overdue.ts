import type { RuleMeta } from '../../types';
import { mapGet } from '../../parse/tree';
import { credentialRefs } from '../credential-refs';
import { findCredential, inventoryEntries, rotationAge } from '../credential-inventory';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/credential-rotation-overdue',
  family: 'governance',
  title: 'Credential is older than the policy\'s rotation age',
  description: 'A credential in the policy\'s inventory (`credentials.inventory`, with `lastRotated`) has not been rotated for longer than its `maxAgeDays` (default `credentials.maxAgeDays`, 90 days). Reported on the inventory entry and wherever a config uses the credential, explicitly (`${oc.env:HF_TOKEN}`, an `env:` entry) or implicitly (W&B logging needs `WANDB_API_KEY`, a hub push needs `HF_TOKEN`). Long-lived secrets are the ones that leak. Rotate it and update `lastRotated`.',
  defaultSeverity: 'warning',
  standards: { owaspNhi: ['NHI7:2025 Long-Lived Secrets'], nistCsf: ['PR.AA-01', 'PR.AA-05'] },
};

export const credentialRotationOverdue: GovernanceRule = {
  meta,
  check({ doc, root, gov, now }) {
    if (doc.format === 'tuneguard-policy') {
      const { entries, defaultMaxAgeDays } = inventoryEntries(doc);
      return entries.flatMap(({ credential, node, name }) => {
        const age = rotationAge(credential, defaultMaxAgeDays, now);
        if (!age?.overdue) return [];
        const at = mapGet(node, 'lastRotated') ?? name;
        return [finding(meta, `\`${credential.name}\` was last rotated ${age.days} days ago; the policy allows ${age.maxAgeDays}. Rotate it and update \`lastRotated\`.`, at.start, at.end)];
      });
    }
    if (!isTrainingConfig(doc) || gov.credentials.inventory.length === 0) return [];
    return credentialRefs(doc, root).flatMap((ref) => {
      const credential = findCredential(gov, ref.name);
      const age = credential && rotationAge(credential, gov.credentials.maxAgeDays, now);
      if (!credential || !age?.overdue) return [];
      const owner = credential.owner ? ` (owner: ${credential.owner})` : '';
      return [finding(meta, `This uses \`${credential.name}\`${owner}, last rotated ${age.days} days ago; the policy allows ${age.maxAgeDays}.`, ref.start, ref.end)];
    });
  },
};
