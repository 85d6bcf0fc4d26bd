import { countKeys, isStructuredMap, stringAt, type FormatRecogniser } from './recogniser';
import { TOGETHER_ONLY } from './openai-job';

/** Body of Together AI `POST /v1/fine-tunes` (what `together fine-tuning create` sends). */
export const togetherJob: FormatRecogniser = {
  id: 'together-job',
  label: 'Together AI fine-tuning job',
  score(input) {
    if (!isStructuredMap(input) || !input.keys.has('training_file') || !input.keys.has('model')) return 0;
    const hits = countKeys(input.keys, TOGETHER_ONLY);
    const fileId = /^file-/.test(stringAt(input.root, 'training_file') ?? '') ? 1 : 0;
    return hits >= 2 ? Math.min(13, 6 + hits + fileId) : 0;
  },
};
