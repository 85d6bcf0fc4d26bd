import { mapGet } from '../parse/tree';
import { countKeys, isStructuredMap, sectionKeys, type FormatRecogniser } from './recogniser';

/** Body of Mistral `POST /v1/fine_tuning/jobs` (La Plateforme): `training_files` as `{file_id, weight}`. */
const KEYS = ['model', 'training_files', 'validation_files', 'hyperparameters', 'suffix', 'integrations', 'auto_start',
  'repositories', 'job_type', 'classifier_targets', 'invalid_sample_skip_percentage'];
const HYPER = ['training_steps', 'learning_rate', 'weight_decay', 'warmup_fraction', 'epochs', 'fim_ratio', 'seq_len'];

export const mistralJob: FormatRecogniser = {
  id: 'mistral-job',
  label: 'Mistral fine-tuning job',
  score(input) {
    if (!isStructuredMap(input) || !input.keys.has('training_files')) return 0;
    const files = mapGet(input.root, 'training_files');
    const fileIds = files?.kind === 'seq' && files.items.some((item) => item.kind === 'map' && item.entries.some((e) => e.key === 'file_id'));
    const hits = countKeys(input.keys, KEYS) + countKeys(sectionKeys(input.root, 'hyperparameters'), HYPER) + (fileIds ? 2 : 0);
    return hits >= 3 ? Math.min(13, 5 + hits) : 0;
  },
};
