import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { hubPushes } from '../hub-pushes';

const meta: RuleMeta = {
  id: 'governance/hub-push-unclassified-data',
  family: 'governance',
  title: 'Public hub push of a model trained on unclassified data',
  description: 'The config publishes to a public Hugging Face Hub repository, but none of its datasets has a classification, so nobody has decided that the data (which a fine-tuned model can reproduce) may be public. Classify the datasets (manifests with `classification`) or make the repository private with `hub_private_repo: true`. Advisory: reported once the workspace adopts data governance (a policy with a governance section or a `governance/` severity, or a Tuneguard dataset manifest), so upstream examples opened on their own stay quiet.',
  defaultSeverity: 'info',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['ID.AM-05', 'PR.DS-02'] },
};

export const hubPushUnclassifiedData: GovernanceRule = {
  meta,
  check({ doc, root, governed, linkage }) {
    if (!governed) return [];
    const pushes = hubPushes(doc, root).filter((p) => p.public);
    if (pushes.length === 0) return [];
    const { effective, datasets } = linkage();
    if (effective) return [];
    const what = datasets.length === 0 ? 'no dataset Tuneguard can see' : `${datasets.length} unclassified dataset(s)`;
    return pushes.map((p) => finding(meta,
      `\`${p.key}\` publishes${p.repo ? ` to \`${p.repo}\`` : ''} publicly, but the model is trained on ${what}. Classify the data in its manifest or set \`hub_private_repo: true\`.`,
      p.start, p.end));
  },
};
