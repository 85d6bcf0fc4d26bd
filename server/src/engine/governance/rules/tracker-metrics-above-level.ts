import type { RuleMeta } from '../../types';
import { finding, type GovernanceRule } from '../governance-rule';
import { classifiedFrom } from './classified-from';
import { resolvedTrackerUses, trackerLimits } from './tracker-levels';

const meta: RuleMeta = {
  id: 'governance/tracker-metrics-above-level',
  family: 'governance',
  title: 'Run on classified data reports to a hosted tracker',
  description: 'The run logs its config and metrics to a hosted experiment tracker while its effective classification is above what the policy allows for that tracker (`trackers.metricsMaxLevel`, default `confidential`, or `trackers.byTracker.<name>.metricsMaxLevel`). Configs and metrics name the datasets and can carry examples. Use a tracker approved for the level (e.g. a self-hosted MLflow) or `report_to: none`.',
  defaultSeverity: 'error',
  standards: { owaspLlm: ['LLM02:2025 Sensitive Information Disclosure'], nistCsf: ['PR.DS-02', 'GV.SC-05'] },
};

export const trackerMetricsAboveLevel: GovernanceRule = {
  meta,
  check({ root, gov, levels, linkage }) {
    const uses = resolvedTrackerUses(root).filter((u) => !u.uploads);
    if (uses.length === 0) return [];
    const { effective } = linkage();
    if (!effective) return [];
    return uses.filter((u) => levels.exceeds(effective.level, trackerLimits(gov, u.tracker).metrics)).map((u) => finding(meta,
      `\`${u.key}\` reports the run to \`${u.tracker}\`, but the training data is ${classifiedFrom(effective)}; the policy allows \`${u.tracker}\` runs up to \`${trackerLimits(gov, u.tracker).metrics}\`.`,
      u.start, u.end));
  },
};
