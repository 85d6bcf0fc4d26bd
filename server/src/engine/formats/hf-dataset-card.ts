import { countKeys, type FormatRecogniser } from './recogniser';

/**
 * Hugging Face dataset card: the YAML front matter of a dataset repository's README.md
 * (parse-document hands recognisers the front matter as the root of a Markdown file).
 */
const DATASET_KEYS = ['task_categories', 'task_ids', 'size_categories', 'annotations_creators', 'language_creators',
  'multilinguality', 'source_datasets', 'pretty_name', 'dataset_info', 'configs', 'paperswithcode_id', 'viewer',
  'license', 'language', 'tags', 'license_name', 'license_link', 'extra_gated_prompt', 'extra_gated_fields', 'train-eval-index'];
/** Front matter keys of model cards and Spaces, which share `license` and `tags`. */
const OTHER_CARD_KEYS = ['pipeline_tag', 'library_name', 'base_model', 'model-index', 'model_name', 'inference', 'widget',
  'sdk', 'sdk_version', 'app_file', 'emoji', 'colorFrom', 'colorTo', 'datasets', 'metrics'];
const STRONG = ['task_categories', 'size_categories', 'dataset_info', 'configs', 'annotations_creators', 'source_datasets', 'task_ids', 'multilinguality'];

export const hfDatasetCard: FormatRecogniser = {
  id: 'hf-dataset-card',
  label: 'Hugging Face dataset card',
  score({ fileName, root, keys }) {
    if (!/\.md$/.test(fileName) || root?.kind !== 'map') return 0;
    const strong = countKeys(keys, STRONG);
    const dataset = countKeys(keys, DATASET_KEYS);
    const other = countKeys(keys, OTHER_CARD_KEYS);
    if (strong === 0 || dataset <= other) return 0;
    return Math.min(15, (fileName === 'readme.md' ? 8 : 6) + dataset);
  },
};
