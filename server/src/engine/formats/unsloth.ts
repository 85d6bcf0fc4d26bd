import { mapGet, type TreeNode } from '../parse/tree';
import { countKeys, isStructuredMap, sectionKeys, stringAt, type FormatRecogniser } from './recogniser';

/**
 * Unsloth training configs: the arguments of `FastLanguageModel.from_pretrained` and
 * `get_peft_model` (plus trainer arguments), flat or grouped in sections.
 */
const LOADER = ['model_name', 'max_seq_length', 'load_in_4bit', 'load_in_8bit', 'full_finetuning', 'dtype', 'fast_inference'];
const PEFT = ['r', 'lora_alpha', 'lora_dropout', 'target_modules', 'use_gradient_checkpointing', 'random_state', 'use_rslora', 'loftq_config'];
const SECTIONS = ['model', 'lora', 'peft', 'training', 'trainer', 'sft', 'unsloth'];
const UNSLOTH_CHECKPOINTING = /use_gradient_checkpointing["']?\s*[:=]\s*["']?unsloth\b/;

export const unsloth: FormatRecogniser = {
  id: 'unsloth',
  label: 'Unsloth config',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const marker = UNSLOTH_CHECKPOINTING.test(input.text) || input.keys.has('unsloth') || unslothModel(input.root);
    if (!marker) return 0;
    let hits = countKeys(input.keys, LOADER) + countKeys(input.keys, PEFT);
    for (const section of SECTIONS) {
      const keys = sectionKeys(input.root, section);
      hits += countKeys(keys, LOADER) + countKeys(keys, PEFT);
    }
    return hits >= 3 ? Math.min(13, 8 + hits) : 0;
  },
};

/** `model_name: unsloth/...` at the top level or in a `model:` section. */
function unslothModel(root: TreeNode | undefined): boolean {
  const candidates = [stringAt(root, 'model_name'), ...SECTIONS.map((s) => stringAt(mapGet(root, s), 'model_name'))];
  return candidates.some((value) => value?.toLowerCase().startsWith('unsloth/'));
}

