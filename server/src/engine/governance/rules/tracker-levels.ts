import type { GovernancePolicy } from '../../../../../schemas/policy-governance';
import type { TrackerUse } from '../trackers';
import { trackerUses, LOCAL_TRACKERS } from '../trackers';
import type { TreeNode } from '../../parse/tree';

/** The levels that apply to one tracker: its own entry in `trackers.byTracker`, else the defaults. */
export function trackerLimits(gov: GovernancePolicy, tracker: string): { metrics: string; uploads: string } {
  const own = gov.trackers.byTracker[tracker] ?? gov.trackers.byTracker[tracker.replace(/_ml$/, '')];
  return { metrics: own?.metricsMaxLevel ?? gov.trackers.metricsMaxLevel, uploads: own?.uploadsMaxLevel ?? gov.trackers.uploadsMaxLevel };
}

/**
 * Tracker uses with TRL's `log_completions` expanded to the trackers it logs to (`report_to`),
 * and `all` kept as one use (every installed integration).
 */
export function resolvedTrackerUses(root: TreeNode | undefined): TrackerUse[] {
  const uses = trackerUses(root);
  const reported = [...new Set(uses.filter((u) => !u.uploads && u.key === 'report_to').map((u) => u.tracker))];
  return uses.flatMap((u) => (u.tracker === 'completions'
    ? reported.filter((t) => !LOCAL_TRACKERS.has(t)).map((tracker) => ({ ...u, tracker }))
    : [u]));
}
