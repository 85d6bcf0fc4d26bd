import { z } from 'zod';

/**
 * Values a schema cannot enumerate because they live elsewhere (the policy's classification
 * levels, the rule catalogue's ids). The marker travels into the generated JSON Schema as
 * `x-tuneguard-vocabulary`, where the editor's completion, hover and validation pick it up.
 */
export const VOCABULARY_KEY = 'x-tuneguard-vocabulary';

export type VocabularyName = 'classification-level' | 'rule-id';

export function vocabulary(name: VocabularyName): Record<string, string> {
  return { [VOCABULARY_KEY]: name };
}

/** A name from the policy's `classification.levels` (completion offers them; manifests are checked against them). */
export const ClassificationLevelSchema = z.string().min(1).meta(vocabulary('classification-level'));

/** A rule id such as `secrets/huggingface-token`, or a family glob such as `pii/*`. */
export const RuleIdSchema = z.string().meta(vocabulary('rule-id'));
