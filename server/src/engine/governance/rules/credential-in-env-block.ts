import type { RuleMeta } from '../../types';
import { isPlaceholder, isReference } from '../../secrets/placeholders';
import { envBlockEntries, isCredentialName } from '../credential-refs';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/credential-in-env-block',
  family: 'governance',
  title: 'Credential written in a config\'s environment block',
  description: 'An environment block of the config (TRL `env:`, SkyPilot `envs:`, a job spec\'s `Environment`) sets a credential-named variable (`HF_TOKEN`, `WANDB_API_KEY`, `*_SECRET`...) to a literal value. The value then travels with the config into git, job logs and trackers that record the config. Leave the value empty so the launcher passes it from the environment, or use a secrets-manager reference (`op://`, `vault://`, `${oc.env:...}`).',
  defaultSeverity: 'error',
  standards: { owaspNhi: ['NHI2:2025 Secret Leakage', 'NHI7:2025 Long-Lived Secrets'], owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.AA-01', 'PR.DS-01'] },
};

export const credentialInEnvBlock: GovernanceRule = {
  meta,
  check({ doc, root }) {
    if (!isTrainingConfig(doc)) return [];
    return envBlockEntries(root).filter((entry) => {
      if (!isCredentialName(entry.key) || entry.value.kind !== 'scalar' || typeof entry.value.value !== 'string') return false;
      const value = entry.value.value.trim();
      return value.length >= 8 && !isReference(value) && !isPlaceholder(value) && !/^\$/.test(value);
    }).map((entry) => finding(meta,
      `\`${entry.key}\` is set to a literal value in the config's environment block; pass it from the launcher's environment or a secrets-manager reference instead.`,
      entry.keyStart, entry.keyEnd));
  },
};
