import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { classifiedFrom } from './classified-from';
import { resolvedTrackerUses, trackerLimits } from './tracker-levels';

const meta: RuleMeta = {
  id: 'governance/tracker-upload-above-level',
  family: 'governance',
  title: 'Model or samples of classified data uploaded to a tracker',
  description: 'The run uploads checkpoints, models or generated samples to an experiment tracker (`wandb_log_model`, `WANDB_LOG_MODEL`, `hf_mlflow_log_artifacts`, TRL `log_completions`) while its effective classification is above `trackers.uploadsMaxLevel` (default `internal`) for that tracker. A model trained on the data inherits its classification. Turn the upload off or use a tracker approved for the level.',
  defaultSeverity: 'error',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.DS-01', 'PR.DS-02'] },
};

export const trackerUploadAboveLevel: GovernanceRule = {
  meta,
  check({ root, gov, levels, linkage }) {
    const uploads = resolvedTrackerUses(root).filter((u) => u.uploads && u.tracker !== 'completions');
    if (uploads.length === 0) return [];
    const { effective } = linkage();
    if (!effective) return [];
    return uploads.filter((u) => levels.exceeds(effective.level, trackerLimits(gov, u.tracker).uploads)).map((u) => finding(meta,
      `\`${u.key}\` uploads ${u.key === 'log_completions' ? 'generated samples' : 'model checkpoints'} to \`${u.tracker}\`, but the training data is ${classifiedFrom(effective)}; the policy allows uploads to \`${u.tracker}\` up to \`${trackerLimits(gov, u.tracker).uploads}\`.`,
      u.start, u.end));
  },
};
