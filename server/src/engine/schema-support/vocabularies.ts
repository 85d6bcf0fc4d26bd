import type { Policy } from '../../../../schemas/policy';
import { VOCABULARY_KEY, type VocabularyName } from '../../../../schemas/vocabulary';
import { allRules } from '../rules/catalogue';
import type { JsonSchema } from './json-schema';

export interface Word {
  word: string;
  documentation?: string;
}

/**
 * The words of each vocabulary a schema can point to with `x-tuneguard-vocabulary`
 * (schemas/vocabulary.ts): whichever field carries the marker, in any schema, gets them.
 */
const VOCABULARIES: Record<VocabularyName, (policy: Policy) => Word[]> = {
  'classification-level': (policy) => policy.classification.levels.map((word, i, all) => ({
    word, documentation: `Classification level ${i + 1} of ${all.length} in the policy (${all.join(' < ')}).`,
  })),
  'rule-id': () => {
    const rules = allRules();
    const families = [...new Set(rules.map((r) => r.id.split('/')[0]))];
    return [
      ...rules.map((r) => ({ word: r.id, documentation: `${r.title}. Default severity: ${r.defaultSeverity}.` })),
      ...families.map((family) => ({ word: `${family}/*`, documentation: `Every \`${family}/\` rule.` })),
    ];
  },
};

export function vocabularyOf(schema: JsonSchema | undefined): VocabularyName | undefined {
  const name = schema?.[VOCABULARY_KEY];
  return typeof name === 'string' && name in VOCABULARIES ? (name as VocabularyName) : undefined;
}

/** Words a value may take, from the vocabulary any of its schema alternatives names. */
export function valueWords(alternatives: JsonSchema[], policy: Policy): Word[] | undefined {
  const name = alternatives.map(vocabularyOf).find(Boolean);
  return name ? VOCABULARIES[name](policy) : undefined;
}

/** Words the keys of a mapping may take, from its `propertyNames` schema. */
export function keyWords(alternatives: JsonSchema[], policy: Policy): Word[] | undefined {
  const name = alternatives.map((s) => vocabularyOf(s.propertyNames)).find(Boolean);
  return name ? VOCABULARIES[name](policy) : undefined;
}
