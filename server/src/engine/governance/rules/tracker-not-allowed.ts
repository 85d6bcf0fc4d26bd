import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { resolvedTrackerUses } from './tracker-levels';

const meta: RuleMeta = {
  id: 'governance/tracker-not-allowed',
  family: 'governance',
  title: 'Experiment tracker not approved by the policy',
  description: 'The run reports to an experiment tracker (`report_to`, `wandb_project`, `mlflow_tracking_uri`, a torchtune metric logger...) that is not in the policy\'s `trackers.allowed` list. Trackers receive the run\'s config, metrics and often samples and checkpoints, and each needs its own credential (a non-human identity) and contract. Use an approved tracker. The rule is silent while `trackers.allowed` is unset.',
  defaultSeverity: 'error',
  standards: { owaspNhi: ['NHI3:2025 Vulnerable Third-Party NHI'], owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['GV.SC-05', 'PR.DS-02'] },
};

export const trackerNotAllowed: GovernanceRule = {
  meta,
  check({ root, gov }) {
    const allowed = gov.trackers.allowed?.map((t) => t.toLowerCase());
    if (!allowed) return [];
    const seen = new Set<string>();
    return resolvedTrackerUses(root).filter((u) => !u.uploads).filter((u) => {
      const name = u.tracker === 'comet' ? 'comet_ml' : u.tracker;
      const key = `${name}@${u.start}`;
      if (allowed.includes(name) || allowed.includes(name.replace(/_ml$/, '')) || seen.has(key)) return false;
      seen.add(key);
      return true;
    }).map((u) => finding(meta, `\`${u.key}\` sends the run to \`${u.tracker}\`, which the policy does not allow (allowed: ${allowed.map((t) => `\`${t}\``).join(', ') || 'none'}).`, u.start, u.end));
  },
};
