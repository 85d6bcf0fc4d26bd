import { countKeys, type FormatRecogniser } from './recogniser';

/** transformers.TrainingArguments / TRL script arguments as written in YAML or JSON recipes. */
const TRAINING_ARGS = ['model_name_or_path', 'learning_rate', 'per_device_train_batch_size', 'per_device_eval_batch_size',
  'gradient_accumulation_steps', 'num_train_epochs', 'output_dir', 'bf16', 'fp16', 'logging_steps', 'save_strategy',
  'eval_strategy', 'evaluation_strategy', 'hub_model_id', 'push_to_hub', 'report_to', 'lr_scheduler_type', 'warmup_ratio',
  'max_seq_length', 'max_length', 'dataset_name', 'dataset_mixture', 'dataset_mixer', 'model_revision', 'torch_dtype',
  'use_peft', 'lora_r', 'beta', 'gradient_checkpointing', 'seed', 'hub_strategy', 'attn_implementation', 'env'];

export const trl: FormatRecogniser = {
  id: 'trl',
  label: 'TRL / transformers training config',
  score({ keys, syntax }) {
    if (syntax !== 'yaml' && syntax !== 'json') return 0;
    if (keys.has('stage') || keys.has('finetuning_type') || keys.has('base_model')) return 0;
    const hits = countKeys(keys, TRAINING_ARGS);
    if (hits < 4) return 0;
    return Math.min(9, 1 + Math.floor(hits / 2));
  },
};
