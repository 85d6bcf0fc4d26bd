import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { hubPushes } from '../hub-pushes';
import { classifiedFrom } from './classified-from';

const meta: RuleMeta = {
  id: 'governance/hub-push-above-level',
  family: 'governance',
  title: 'Hub push of data above the policy\'s level',
  description: 'The config pushes a model, a prepared dataset (`push_dataset_to_hub`) or logged completions to the Hugging Face Hub, even to a private repository, while its effective classification is above `publishing.hubMaxLevel` (default `confidential`): restricted data must not leave the organisation\'s storage. Keep the artefacts in internal storage.',
  defaultSeverity: 'error',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.DS-01', 'PR.DS-02'] },
};

export const hubPushAboveLevel: GovernanceRule = {
  meta,
  check({ doc, root, gov, levels, linkage }) {
    const pushes = hubPushes(doc, root);
    if (pushes.length === 0) return [];
    const { effective } = linkage();
    if (!effective || !levels.exceeds(effective.level, gov.publishing.hubMaxLevel)) return [];
    return pushes.map((p) => finding(meta,
      `\`${p.key}\` pushes ${p.what === 'dataset' ? 'the prepared dataset' : p.what === 'completions' ? 'generated completions' : 'the model'} to the Hub, but the training data is ${classifiedFrom(effective)}; the policy allows no Hub push above \`${gov.publishing.hubMaxLevel}\`.`,
      p.start, p.end));
  },
};
