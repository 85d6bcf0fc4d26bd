import type { RuleMeta } from '../../types';
import { baseModels, isHubModelId, isPinned } from '../base-models';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/unpinned-model-revision',
  family: 'governance',
  title: 'Base model is not pinned to a revision',
  description: 'The base model is loaded from the Hugging Face Hub by name only (or at a branch such as `main`), so a later push to its repository, by its owner or by whoever takes over the account, silently changes what is fine-tuned, including any remote code. Pin a commit with `revision_of_model` (Axolotl) or `model_revision` (TRL, LLaMA-Factory). `models.revisionPin: commit` accepts commit SHAs only. Advisory: reported once the workspace adopts data governance (a policy with a governance section or a `governance/` severity, or a Tuneguard dataset manifest), so upstream examples opened on their own stay quiet.',
  defaultSeverity: 'info',
  standards: { owaspLlm: ['LLM03:2025 Supply Chain', 'LLM04:2025 Data and Model Poisoning'], nistCsf: ['GV.SC-07', 'ID.AM-08'] },
};

export const unpinnedModelRevision: GovernanceRule = {
  meta,
  check({ doc, root, gov, governed }) {
    if (!governed || !gov.models.requirePinnedRevision || !isTrainingConfig(doc)) return [];
    return baseModels(doc, root)
      .filter((m) => m.revisionKey && isHubModelId(m.id) && !isPinned(m.revision?.value, gov.models.revisionPin))
      .map((m) => finding(meta,
        m.revision ? `Base model \`${m.id}\` follows \`${m.revision.key}: ${m.revision.value}\`, which can move; pin a ${gov.models.revisionPin === 'commit' ? 'commit SHA' : 'commit or tag'}.`
          : `Base model \`${m.id}\` is not pinned to a revision; set \`${m.revisionKey}\` to a commit SHA.`,
        m.node.start, m.node.end));
  },
};
