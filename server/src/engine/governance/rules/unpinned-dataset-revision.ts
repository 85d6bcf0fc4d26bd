import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { describeRef } from './describe';

const meta: RuleMeta = {
  id: 'governance/unpinned-dataset-revision',
  family: 'governance',
  title: 'Hub dataset is not pinned to a revision',
  description: 'The config trains on a Hugging Face Hub dataset by name only, so anyone who can push to the dataset repository changes the training data (data poisoning) without any change in the config. Pin it in the config (`revision` in Axolotl datasets, `revision` in TRL dataset mixtures) or in its manifest\'s `revision`. Enabled by `datasets.requirePinnedRevision: true`. Advisory: reported once the workspace adopts data governance (a policy with a governance section or a `governance/` severity, or a Tuneguard dataset manifest), so upstream examples opened on their own stay quiet.',
  defaultSeverity: 'warning',
  standards: { owaspLlm: ['LLM04:2025 Data and Model Poisoning', 'LLM03:2025 Supply Chain'], nistCsf: ['GV.SC-07', 'ID.AM-08'] },
};

export const unpinnedDatasetRevision: GovernanceRule = {
  meta,
  check({ gov, governed, linkage }) {
    if (!governed || !gov.datasets.requirePinnedRevision) return [];
    return linkage().datasets
      .filter((d) => d.ref.kind === 'hub' && !d.ref.revision && !d.resolution.manifests.some((m) => m.revision))
      .map((d) => finding(meta, `${describeRef(d)} is not pinned to a revision; pin a commit in the config or in its manifest's \`revision\`.`, d.ref.start, d.ref.end));
  },
};
