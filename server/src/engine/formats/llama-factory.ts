import { countKeys, sectionKeys, type FormatRecogniser } from './recogniser';

const CLASSIC = ['model_name_or_path', 'stage', 'finetuning_type', 'template', 'dataset', 'cutoff_len', 'do_train',
  'lora_target', 'export_dir', 'adapter_name_or_path', 'dataset_dir', 'overwrite_cache', 'preprocessing_num_workers',
  'plot_loss', 'overwrite_output_dir', 'save_only_model', 'export_hub_model_id', 'infer_backend'];
/** LLaMA-Factory v1 (`llamafactory.v1`): `model` plus these structured sections. */
const V1 = ['model_class', 'peft_config', 'kernel_config', 'dist_config', 'train_dataset', 'quant_config', 'batching_strategy', 'cutoff_len', 'micro_batch_size'];

export const llamaFactory: FormatRecogniser = {
  id: 'llama-factory',
  label: 'LLaMA-Factory config',
  score({ keys, syntax, root }) {
    if (syntax !== 'yaml' && syntax !== 'json') return 0;
    if (keys.has('model') && !keys.has('base_model')) {
      if (countKeys(keys, V1) >= 2) return 8;
      // v1 LoRA export: `model` plus a `peft_config` naming the adapter method.
      const peft = sectionKeys(root, 'peft_config');
      if (keys.has('peft_config') && peft.has('name') && keys.size <= 3) return 7;
    }
    const classic = countKeys(keys, CLASSIC);
    const markers = countKeys(keys, ['stage', 'finetuning_type', 'template', 'export_dir', 'infer_backend', 'cutoff_len']);
    if (markers === 0 || classic < 2) return 0;
    return Math.min(10, 3 + classic);
  },
};
