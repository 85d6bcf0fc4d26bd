import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { describeRef } from './describe';

const meta: RuleMeta = {
  id: 'governance/dataset-without-manifest',
  family: 'governance',
  title: 'Training on a dataset without a manifest',
  description: 'The config trains on a dataset that no Tuneguard manifest (`*.dataset.yaml`) in the workspace describes. A Hugging Face dataset card or a Croissant file may give its licence and source, but nobody has recorded its owner or classification, so the governance rules cannot tell whether the model, its checkpoints and its uploads may leave the team. Add a manifest beside the data or anywhere in the workspace, linked by `path`, `hub_id`, `uri` or `llama_factory_name`, and classify it with "Tuneguard: Classify Dataset". Disable with `datasets.requireManifest: false`. Advisory: reported once the workspace adopts data governance (a policy with a governance section or a `governance/` severity, or a Tuneguard dataset manifest), so upstream examples opened on their own stay quiet.',
  defaultSeverity: 'info',
  standards: { owaspLlm: ['LLM04:2025 Data and Model Poisoning'], nistCsf: ['ID.AM-07', 'ID.AM-08'] },
};

export const datasetWithoutManifest: GovernanceRule = {
  meta,
  check({ gov, governed, linkage }) {
    if (!governed || !gov.datasets.requireManifest) return [];
    const { datasets, indexed } = linkage();
    if (!indexed) return [];
    return datasets.filter((d) => !d.resolution.manifests.some((m) => m.kind === 'tuneguard')).map((d) => {
      const cards = d.resolution.manifests.map((m) => `\`${m.file}\``);
      const known = cards.length > 0 ? ` (${cards.join(', ')} describe${cards.length === 1 ? 's' : ''} it but record no owner or classification)` : '';
      return finding(meta,
        `${describeRef(d)} has no Tuneguard dataset manifest in the workspace${known}: its owner and classification are unknown. Add a \`*.dataset.yaml\` that links to it.`,
        d.ref.start, d.ref.end);
    });
  },
};
