import { countKeys, isStructuredMap, type FormatRecogniser } from './recogniser';

/** 🤗 Accelerate launch config (`accelerate config` writes it; `accelerate launch --config_file` reads it). */
const KEYS = ['compute_environment', 'distributed_type', 'mixed_precision', 'num_processes', 'num_machines', 'machine_rank',
  'main_training_function', 'use_cpu', 'downcast_bf16', 'rdzv_backend', 'same_network', 'tpu_env', 'tpu_use_cluster',
  'tpu_use_sudo', 'fsdp_config', 'deepspeed_config', 'gpu_ids', 'main_process_ip', 'main_process_port', 'debug',
  'enable_cpu_affinity', 'dynamo_config', 'megatron_lm_config', 'parallelism_config'];

export const accelerate: FormatRecogniser = {
  id: 'accelerate',
  label: 'Accelerate launch config',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const anchors = countKeys(input.keys, ['compute_environment', 'distributed_type']);
    if (anchors === 0) return 0;
    const hits = countKeys(input.keys, KEYS);
    return hits >= 3 ? Math.min(14, 6 + hits) : 0;
  },
};
