import { countKeys, type FormatRecogniser } from './recogniser';

/** Keys only Axolotl uses (LLaMA-Factory and TRL spell these differently). */
const DISTINCTIVE = [
  'sequence_len', 'micro_batch_size', 'sample_packing', 'pad_to_sequence_len', 'lora_target_linear',
  'wandb_project', 'wandb_entity', 'wandb_watch', 'wandb_name', 'wandb_log_model', 'val_set_size', 'special_tokens',
  'flash_attention', 'sdp_attention', 'load_in_8bit', 'load_in_4bit', 'lora_model_dir', 'dataset_prepared_path',
  'base_model_config', 'tokenizer_type', 'model_type', 'eval_sample_packing', 'lora_r', 'adapter', 'plugins',
  'evals_per_epoch', 'saves_per_epoch', 'warmup_steps', 'chat_template', 'datasets', 'rl', 'swanlab_project',
];

export const axolotl: FormatRecogniser = {
  id: 'axolotl',
  label: 'Axolotl config',
  score({ keys, syntax }) {
    if (syntax !== 'yaml') return 0;
    // LLaMA-Factory and torchtune share some names; their own markers rule Axolotl out.
    if (keys.has('stage') && keys.has('finetuning_type')) return 0;
    if (keys.has('model_name_or_path') && !keys.has('base_model')) return 0;
    const hits = countKeys(keys, DISTINCTIVE);
    const anchor = keys.has('base_model') ? 3 : 0;
    const total = hits + anchor;
    if (total < 3) return 0;
    return Math.min(10, 2 + total);
  },
};
