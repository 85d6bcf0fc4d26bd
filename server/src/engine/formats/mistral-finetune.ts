import { countKeys, isStructuredMap, sectionKeys, type FormatRecogniser } from './recogniser';

/** mistralai/mistral-finetune training YAML (`torchrun -m train example/7B.yaml`). */
const KEYS = ['model_id_or_path', 'data', 'lora', 'seq_len', 'batch_size', 'max_steps', 'optim', 'run_dir', 'ckpt_freq',
  'eval_freq', 'log_freq', 'no_eval', 'save_adapters', 'wandb', 'num_microbatches', 'seed', 'mlflow'];

export const mistralFinetune: FormatRecogniser = {
  id: 'mistral-finetune',
  label: 'mistral-finetune config',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const data = sectionKeys(input.root, 'data');
    const anchor = input.keys.has('model_id_or_path') || data.has('instruct_data') || input.keys.has('run_dir');
    if (!anchor) return 0;
    const hits = countKeys(input.keys, KEYS) + (data.has('instruct_data') ? 2 : 0);
    return hits >= 4 ? Math.min(13, 4 + hits) : 0;
  },
};
