import { countKeys, isStructuredMap, stringAt, type FormatRecogniser } from './recogniser';

/** AWS Bedrock `CreateModelCustomizationJob` request (API, CLI `--cli-input-json|yaml`). */
const KEYS = ['jobName', 'customModelName', 'roleArn', 'baseModelIdentifier', 'customizationType', 'trainingDataConfig',
  'validationDataConfig', 'outputDataConfig', 'hyperParameters', 'vpcConfig', 'customModelKmsKeyId', 'jobTags',
  'customModelTags', 'clientRequestToken', 'customizationConfig'];
const TYPES = ['FINE_TUNING', 'CONTINUED_PRE_TRAINING', 'DISTILLATION', 'REINFORCEMENT_FINE_TUNING'];

export const bedrockJob: FormatRecogniser = {
  id: 'bedrock-job',
  label: 'AWS Bedrock model customization job',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const anchor = input.keys.has('baseModelIdentifier') || input.keys.has('customModelName');
    if (!anchor) return 0;
    const type = TYPES.includes(stringAt(input.root, 'customizationType') ?? '') ? 2 : 0;
    const hits = countKeys(input.keys, KEYS) + type;
    return hits >= 3 ? Math.min(14, 6 + hits) : 0;
  },
};
