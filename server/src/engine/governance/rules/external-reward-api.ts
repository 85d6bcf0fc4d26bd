import type { RuleMeta } from '../../types';
import { mapGet, scalarString } from '../../parse/tree';
import { entriesNamed, scalarOf } from '../config-entries';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/external-reward-api',
  family: 'governance',
  title: 'Training sends generations to an external reward API',
  description: 'With `reward_model_type: api` (LLaMA-Factory PPO) the trainer sends every prompt and generated response, derived from the training data, to the HTTP endpoint in `reward_model`. The data leaves the training environment for a service the policy does not know. Use a local reward model, or make sure the endpoint is approved for the data\'s classification.',
  defaultSeverity: 'warning',
  standards: { owaspNhi: ['NHI3:2025 Vulnerable Third-Party NHI'], owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.DS-02', 'GV.SC-05'] },
};

export const externalRewardApi: GovernanceRule = {
  meta,
  check({ doc, root, linkage }) {
    if (!isTrainingConfig(doc)) return [];
    return entriesNamed(root, ['reward_model_type']).filter((f) => scalarString(f.entry.value)?.trim().toLowerCase() === 'api').map((f) => {
      const endpoint = scalarString(mapGet(root, 'reward_model'));
      const host = endpoint ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(endpoint)?.[1] : undefined;
      const level = linkage().effective?.level;
      const node = scalarOf(f.entry.value) ?? f.entry.value;
      return finding(meta, `\`reward_model_type: api\` sends prompts and generations${level ? ` of \`${level}\` data` : ''} to ${host ? `\`${host}\`` : 'an external endpoint'} during training.`, node.start, node.end);
    });
  },
};
