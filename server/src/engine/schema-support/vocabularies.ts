import type { Policy } from '../../../../schemas/policy';
import type { KeyPath } from '../parse/tree';
import { allRules } from '../rules/catalogue';
import type { FormatId } from '../types';

/**
 * Values a schema cannot list because they live elsewhere: the policy's classification levels
 * (a manifest's `classification` is any string in zod, but must be one of them) and the rule ids
 * of the catalogue (keys of the policy's severity maps). Each entry names where it applies.
 */
export interface Vocabulary {
  format: FormatId;
  /** `value`: values at the path; `key`: keys of the mapping at the path. */
  kind: 'key' | 'value';
  applies(path: KeyPath): boolean;
  words(policy: Policy): { word: string; documentation?: string }[];
}

const levels = (policy: Policy) => policy.classification.levels.map((word, i, all) => ({
  word, documentation: `Classification level ${i + 1} of ${all.length} in the policy (${all.join(' < ')}).`,
}));

const ruleIds = () => {
  const rules = allRules();
  const families = [...new Set(rules.map((r) => r.id.split('/')[0]))];
  return [
    ...rules.map((r) => ({ word: r.id, documentation: `${r.title}. Default severity: ${r.defaultSeverity}.` })),
    ...families.map((family) => ({ word: `${family}/*`, documentation: `Every \`${family}/\` rule.` })),
  ];
};

const isSeverityMap = (path: KeyPath) => (path.length === 1 && path[0] === 'rules')
  || (path.length === 3 && path[0] === 'overrides' && typeof path[1] === 'number' && path[2] === 'rules');

export const VOCABULARIES: readonly Vocabulary[] = [
  { format: 'tuneguard-dataset-manifest', kind: 'value', applies: (path) => path.length === 1 && path[0] === 'classification', words: levels },
  { format: 'tuneguard-policy', kind: 'key', applies: isSeverityMap, words: ruleIds },
];

export function vocabularyFor(format: FormatId, kind: Vocabulary['kind'], path: KeyPath): Vocabulary | undefined {
  return VOCABULARIES.find((v) => v.format === format && v.kind === kind && v.applies(path));
}
