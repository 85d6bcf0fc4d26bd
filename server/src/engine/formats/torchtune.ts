import { countKeys, hasComponentKey, type FormatRecogniser } from './recogniser';

const SECTIONS = ['model', 'tokenizer', 'checkpointer', 'dataset', 'optimizer', 'loss', 'metric_logger', 'output_dir', 'resume_from_checkpoint', 'lr_scheduler', 'profiler', 'device', 'dtype'];

export const torchtune: FormatRecogniser = {
  id: 'torchtune',
  label: 'torchtune recipe config',
  score(input) {
    if (input.syntax !== 'yaml' || !hasComponentKey(input)) return 0;
    const sections = countKeys(input.keys, SECTIONS);
    return sections >= 2 ? Math.min(10, 4 + sections) : 2;
  },
};
