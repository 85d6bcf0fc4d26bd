import type { RuleMeta } from '../../types';
import { baseModels } from '../base-models';
import { matchesAnyGlob } from '../glob-match';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/base-model-not-allowed',
  family: 'governance',
  title: 'Base model is not on the policy\'s list',
  description: 'The config fine-tunes a base model that is not in `models.allowedBaseModels` (glob patterns such as `meta-llama/*` or `gpt-4o-mini-*`). Organisations restrict base models for licence terms, provenance and known weaknesses. Use an approved model or have it added to the policy. The rule is silent while the list is empty.',
  defaultSeverity: 'error',
  standards: { owaspLlm: ['LLM03:2025 Supply Chain'], nistCsf: ['GV.SC-05', 'GV.OC-03'] },
};

export const baseModelNotAllowed: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    const allowed = gov.models.allowedBaseModels;
    if (allowed.length === 0 || !isTrainingConfig(doc)) return [];
    return baseModels(doc, root).filter((m) => !matchesAnyGlob(m.id, allowed))
      .map((m) => finding(meta, `Base model \`${m.id}\` is not in the policy's allowed base models.`, m.node.start, m.node.end));
  },
};
