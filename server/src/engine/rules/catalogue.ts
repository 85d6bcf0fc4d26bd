import type { RuleMeta } from '../types';
import { SECRET_RULES } from '../secrets/rules';
import { ENGINE_RULES } from './engine-rules';
import { GOVERNANCE_RULE_METAS } from '../governance/rules';
import { SCHEMA_SUPPORT_RULES } from '../schema-support/rules';
import { PII_RULES } from '../pii/pii-rules';

/** Every rule the engine can report, by id. Families register their rules here. */
const ALL: readonly RuleMeta[] = [...ENGINE_RULES, ...SCHEMA_SUPPORT_RULES, ...SECRET_RULES, ...PII_RULES, ...GOVERNANCE_RULE_METAS];

const BY_ID = new Map(ALL.map((rule) => [rule.id, rule]));

export function allRules(): readonly RuleMeta[] {
  return ALL;
}

export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
