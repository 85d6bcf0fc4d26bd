import type { Policy } from '../../../../schemas/policy';
import { GOVERNANCE_DEFAULTS, type GovernancePolicy } from '../../../../schemas/policy-governance';

/** The governance sections of a policy with every default filled in. */
export function governanceOf(policy: Policy): GovernancePolicy {
  return {
    datasets: policy.datasets ?? GOVERNANCE_DEFAULTS.datasets,
    models: policy.models ?? GOVERNANCE_DEFAULTS.models,
    publishing: policy.publishing ?? GOVERNANCE_DEFAULTS.publishing,
    trackers: policy.trackers ?? GOVERNANCE_DEFAULTS.trackers,
    imports: policy.imports ?? GOVERNANCE_DEFAULTS.imports,
    credentials: policy.credentials ?? GOVERNANCE_DEFAULTS.credentials,
  };
}

/** Classification levels in order, compared case-insensitively. */
export class Levels {
  private readonly order: string[];

  constructor(policy: Policy) {
    this.order = policy.classification.levels.map((l) => l.toLowerCase());
  }

  /** Position of a level (0 = least sensitive), or undefined when the policy does not know it. */
  rank(level: string | undefined): number | undefined {
    if (!level) return undefined;
    const i = this.order.indexOf(level.trim().toLowerCase());
    return i < 0 ? undefined : i;
  }

  /** True when `level` is strictly more sensitive than `limit`; false when either is unknown. */
  exceeds(level: string | undefined, limit: string | undefined): boolean {
    const a = this.rank(level);
    const b = this.rank(limit);
    return a !== undefined && b !== undefined && a > b;
  }

  names(): readonly string[] {
    return this.order;
  }
}
