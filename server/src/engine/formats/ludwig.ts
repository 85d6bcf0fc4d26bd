import { countKeys, isStructuredMap, type FormatRecogniser } from './recogniser';

/** Ludwig declarative config (`ludwig train --config model.yaml`), including LLM fine-tuning (`model_type: llm`). */
const KEYS = ['input_features', 'output_features', 'model_type', 'base_model', 'trainer', 'adapter', 'prompt',
  'quantization', 'generation', 'preprocessing', 'combiner', 'backend', 'hyperopt', 'defaults', 'ludwig_version'];

export const ludwig: FormatRecogniser = {
  id: 'ludwig',
  label: 'Ludwig config',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const features = countKeys(input.keys, ['input_features', 'output_features']);
    if (features === 0) return 0;
    // Feature lists are Ludwig's signature; they outrank the Axolotl-like `base_model`/`adapter`.
    return Math.min(15, 9 + features + countKeys(input.keys, KEYS));
  },
};
