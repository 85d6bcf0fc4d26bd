import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { hubPushes } from '../hub-pushes';
import { classifiedFrom } from './classified-from';

const meta: RuleMeta = {
  id: 'governance/public-hub-push',
  family: 'governance',
  title: 'Public hub push of a model trained on classified data',
  description: 'The config publishes to a public Hugging Face Hub repository (`push_to_hub`, `hub_model_id`, `export_hub_model_id`, `log_completions_hub_repo`, or `hub_private_repo: false`) while its effective classification, the highest of its datasets\', is above the policy\'s `publishing.publicMaxLevel` (default `public`). A fine-tuned model can reproduce its training data, so it inherits that classification. Set `hub_private_repo: true` and push to an approved organisation, or do not push.',
  defaultSeverity: 'error',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.DS-01', 'PR.DS-02'] },
};

export const publicHubPush: GovernanceRule = {
  meta,
  check({ doc, root, gov, levels, linkage }) {
    const pushes = hubPushes(doc, root).filter((p) => p.public);
    if (pushes.length === 0) return [];
    const { effective } = linkage();
    if (!effective || !levels.exceeds(effective.level, gov.publishing.publicMaxLevel)) return [];
    return pushes.map((p) => finding(meta,
      `\`${p.key}\` publishes ${p.what === 'completions' ? 'generated completions' : 'the model'}${p.repo ? ` to \`${p.repo}\`` : ''} publicly, but the training data is ${classifiedFrom(effective)}; public repositories may only hold data up to \`${gov.publishing.publicMaxLevel}\`. Set \`hub_private_repo: true\` or remove the push.`,
      p.start, p.end));
  },
};
