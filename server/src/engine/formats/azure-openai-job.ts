import { countKeys, isStructuredMap, sectionKeys, stringAt, type FormatRecogniser } from './recogniser';
import { openAiJobShape } from './openai-job';

/**
 * Azure OpenAI fine-tuning: the OpenAI job body sent to an Azure endpoint (recognised by Azure's
 * endpoint, `api-version` or model spelling), or an Azure ML `type: finetuning` job YAML.
 */
const AZURE_HINT = /\.openai\.azure\.com|cognitiveservices\.azure\.com|\bgpt-35-turbo\b|\bapi[-_]version\b/i;
const AZURE_ML_KEYS = ['$schema', 'type', 'model_provider', 'task', 'model', 'training_data', 'validation_data',
  'hyperparameters', 'name', 'display_name', 'experiment_name', 'outputs', 'properties', 'resources', 'queue_settings'];

export const azureOpenAiJob: FormatRecogniser = {
  id: 'azure-openai-job',
  label: 'Azure OpenAI fine-tuning job',
  score(input) {
    const shape = openAiJobShape(input);
    if (shape > 0 && AZURE_HINT.test(input.text)) return shape + 1;
    if (!isStructuredMap(input)) return 0;
    const azureMl = stringAt(input.root, 'type') === 'finetuning'
      || /azuremlschemas\.azureedge\.net\/.*finetuning/i.test(stringAt(input.root, '$schema') ?? '');
    if (!azureMl) return 0;
    const hits = countKeys(input.keys, AZURE_ML_KEYS) + countKeys(sectionKeys(input.root, 'training_data'), ['path', 'type']);
    return hits >= 4 ? Math.min(13, 6 + hits) : 0;
  },
};
