import { countKeys, isStructuredMap, sectionKeys, type FormatRecogniser } from './recogniser';

/** DeepSpeed runtime config (`ds_config.json`): ZeRO, precision and batch-size settings. */
const TOP = ['zero_optimization', 'train_micro_batch_size_per_gpu', 'train_batch_size', 'gradient_accumulation_steps',
  'gradient_clipping', 'zero_allow_untested_optimizer', 'fp16', 'bf16', 'optimizer', 'scheduler', 'steps_per_print',
  'wall_clock_breakdown', 'activation_checkpointing', 'flops_profiler', 'aio', 'comms_logger', 'tensorboard', 'wandb', 'csv_monitor'];
const ZERO = ['stage', 'offload_optimizer', 'offload_param', 'overlap_comm', 'contiguous_gradients', 'reduce_bucket_size',
  'allgather_partitions', 'stage3_prefetch_bucket_size', 'stage3_param_persistence_threshold', 'round_robin_gradients'];

export const deepspeed: FormatRecogniser = {
  id: 'deepspeed',
  label: 'DeepSpeed config',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const zero = input.keys.has('zero_optimization') ? countKeys(sectionKeys(input.root, 'zero_optimization'), ZERO) : 0;
    const top = countKeys(input.keys, TOP);
    const batch = input.keys.has('train_micro_batch_size_per_gpu') || input.keys.has('train_batch_size');
    if (zero === 0 && !(batch && top >= 3)) return 0;
    // A training config that merely embeds a DeepSpeed section is not a DeepSpeed config.
    if (input.keys.size > top + 4) return 0;
    return Math.min(12, 5 + top + (zero > 0 ? 2 : 0));
  },
};
