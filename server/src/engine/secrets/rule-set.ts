import { KeywordPrefilter } from './keyword-prefilter';
import { normaliseKey } from './normalise-key';
import type { SecretRule } from './secret-rule';

/**
 * Rules compiled for scanning: the keyword prefilter over every pattern rule, and a cache from
 * key name to the keyed detectors that apply to it (keys repeat across records, so each distinct
 * key is tested against the detectors once).
 */
export class SecretRuleSet {
  readonly prefilter: KeywordPrefilter<SecretRule>;
  private readonly keyedRules: SecretRule[];
  private readonly keyCache = new Map<string, readonly SecretRule[]>();
  readonly order: Map<SecretRule, number>;

  constructor(readonly rules: readonly SecretRule[]) {
    this.prefilter = new KeywordPrefilter(rules.filter((r) => r.pattern || r.find).flatMap((r) => r.keywords.map((k) => [k, r] as [string, SecretRule])));
    this.keyedRules = rules.filter((r) => r.keyed);
    this.order = new Map(rules.map((r, i) => [r, i]));
  }

  /** Pattern rules whose keywords occur in the value. */
  patternRulesFor(value: string): Set<SecretRule> {
    return this.prefilter.match(value);
  }

  /** Keyed detectors whose key pattern accepts this key (normalised). */
  keyedRulesFor(key: string): readonly SecretRule[] {
    let rules = this.keyCache.get(key);
    if (!rules) {
      const normal = normaliseKey(key);
      rules = this.keyedRules.filter((r) => r.keyed!.key.test(normal) && !r.keyed!.notKey?.test(normal));
      if (this.keyCache.size > 10_000) this.keyCache.clear(); // datasets with generated keys must not grow this forever
      this.keyCache.set(key, rules);
    }
    return rules;
  }
}
