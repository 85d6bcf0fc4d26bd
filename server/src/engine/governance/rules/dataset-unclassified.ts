import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { describeRef } from './describe';

const meta: RuleMeta = {
  id: 'governance/dataset-unclassified',
  family: 'governance',
  title: 'Training on a dataset without a classification',
  description: 'A manifest describes the dataset but gives it no classification from the policy\'s levels. The config\'s effective classification (the highest of its datasets\') then ignores this data, so hub pushes and tracker uploads are not checked against it. Set `classification` in the manifest, for example with "Tuneguard: Classify Dataset", or set `datasets.unclassifiedAs` in the policy to fail closed.',
  defaultSeverity: 'warning',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['ID.AM-05', 'ID.AM-07'] },
};

export const datasetUnclassified: GovernanceRule = {
  meta,
  check({ linkage }) {
    return linkage().datasets
      .filter((d) => d.resolution.manifests.some((m) => m.kind === 'tuneguard') && !d.classification)
      .map((d) => finding(meta,
        `${describeRef(d)} is described by ${d.resolution.manifests.filter((m) => m.kind === 'tuneguard').map((m) => `\`${m.file}\``).join(', ')} but has no classification: set \`classification\` in its manifest.`,
        d.ref.start, d.ref.end));
  },
};
