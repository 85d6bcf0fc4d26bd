import type { RecognitionInput } from './recogniser';
import { countKeys, isStructuredMap, stringAt, type FormatRecogniser } from './recogniser';

/** Body of OpenAI `POST /v1/fine_tuning/jobs` (also what Azure OpenAI accepts). */
const OPENAI_KEYS = ['model', 'training_file', 'validation_file', 'hyperparameters', 'method', 'suffix', 'seed',
  'integrations', 'metadata'];
/** Keys only Together's fine-tuning API uses at the top level. */
export const TOGETHER_ONLY = ['n_epochs', 'n_checkpoints', 'n_evals', 'lora', 'lora_r', 'lora_alpha', 'lora_trainable_modules',
  'wandb_api_key', 'wandb_project_name', 'wandb_base_url', 'wandb_name', 'train_on_inputs', 'training_method',
  'from_checkpoint', 'batch_size', 'learning_rate', 'lr_scheduler', 'warmup_ratio', 'max_grad_norm', 'weight_decay'];

/** Shape shared by OpenAI and Azure OpenAI job bodies: a training file id plus OpenAI's own keys. */
export function openAiJobShape(input: RecognitionInput): number {
  if (!isStructuredMap(input) || !input.keys.has('training_file') || !input.keys.has('model')) return 0;
  if (countKeys(input.keys, TOGETHER_ONLY) >= 2) return 0;
  const file = stringAt(input.root, 'training_file') ?? '';
  const hits = countKeys(input.keys, OPENAI_KEYS) + (/^file-/.test(file) ? 2 : 0);
  // Any foreign top-level key beyond a couple means this is something else that mentions a file.
  const foreign = [...input.keys].filter((k) => !OPENAI_KEYS.includes(k)).length;
  return foreign <= 2 ? Math.min(12, 5 + hits) : 0;
}

const AZURE_HINT = /\.openai\.azure\.com|cognitiveservices\.azure\.com|\bgpt-35-turbo\b|\bapi[-_]version\b/i;

export const openAiJob: FormatRecogniser = {
  id: 'openai-job',
  label: 'OpenAI fine-tuning job',
  score(input) {
    const shape = openAiJobShape(input);
    return shape > 0 && !AZURE_HINT.test(input.text) ? shape : 0;
  },
};
