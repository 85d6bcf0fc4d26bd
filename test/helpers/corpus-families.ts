import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FormatId } from '../../server/src/engine/types';

/**
 * What each file of the shared corpus is, decided from where it sits in its source repository
 * (never from our own recognisers, so the recognition rate cannot be circular).
 * A family groups the files whose rate the issue sets a goal for.
 */
export interface CorpusExpectation {
  family: string;
  format: FormatId;
}

interface FamilyRule {
  family: string;
  format: FormatId;
  /** Matches the corpus-relative path with `/` separators. */
  path: RegExp;
}

/** First match wins; order from specific to general. */
const RULES: FamilyRule[] = [
  // Not a config: a map of special tokens to their descriptions.
  { family: 'other', format: 'unknown', path: /^llama-factory\/examples\/extras\/multi_tokens\// },
  { family: 'deepspeed', format: 'deepspeed', path: /^llama-factory\/examples\/deepspeed\/.*\.json$/ },
  { family: 'accelerate', format: 'accelerate', path: /(^llama-factory\/examples\/(ktransformers\/)?accelerate\/|^alignment-handbook\/recipes\/accelerate_configs\/).*\.ya?ml$/ },
  { family: 'llama-factory-dataset-info', format: 'llama-factory-dataset-info', path: /^llama-factory\/data\/dataset_info\.json$/ },
  // LLaMA-Factory configs that do not train: inference, LoRA merge/export and batch prediction.
  { family: 'llama-factory (not training)', format: 'llama-factory', path: /^llama-factory\/examples\/(inference|merge_lora|extras\/nlg_eval)\/|^llama-factory\/examples\/v1\/train_lora\/export_lora\.yaml$/ },
  { family: 'llama-factory training', format: 'llama-factory', path: /^llama-factory\/examples\/.*\.ya?ml$/ },
  // `axolotl train --cloud cloud.yaml`: where to run (GPU, secrets to inject), not a training config.
  { family: 'launcher (axolotl cloud)', format: 'launcher', path: /^axolotl\/examples\/cloud\// },
  { family: 'axolotl', format: 'axolotl', path: /^axolotl\/examples\/.*\.ya?ml$/ },
  { family: 'torchtune', format: 'torchtune', path: /^torchtune\/recipes\/configs\/.*\.yaml$/ },
  { family: 'croissant', format: 'croissant', path: /^croissant\/.*\.json$/ },
  { family: 'trl (alignment-handbook)', format: 'trl', path: /^alignment-handbook\/recipes\/.*\.ya?ml$/ },
  { family: 'mistral-finetune', format: 'mistral-finetune', path: /^mistral-finetune\/.*\.ya?ml$/ },
];

/** The families whose rate must reach the goal (97%). */
export const GOAL_FAMILIES = ['axolotl', 'torchtune', 'llama-factory training', 'croissant'];

export function expectationFor(relativePath: string): CorpusExpectation | undefined {
  const rule = RULES.find((r) => r.path.test(relativePath));
  return rule && { family: rule.family, format: rule.format };
}

/** Every config or manifest file (YAML/JSON) under the corpus, as `/`-separated relative paths. */
export function corpusFiles(corpusRoot: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(ya?ml|json)$/.test(name)) out.push(relative(corpusRoot, full).split('\\').join('/'));
    }
  };
  visit(corpusRoot);
  return out;
}
