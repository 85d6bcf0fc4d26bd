import { countKeys, isStructuredMap, sectionKeys, type FormatRecogniser } from './recogniser';

/** AWS SageMaker `CreateTrainingJob` request (API, CLI input JSON/YAML). */
const KEYS = ['TrainingJobName', 'AlgorithmSpecification', 'RoleArn', 'InputDataConfig', 'OutputDataConfig', 'ResourceConfig',
  'StoppingCondition', 'HyperParameters', 'Environment', 'VpcConfig', 'CheckpointConfig', 'EnableNetworkIsolation',
  'Tags', 'DebugHookConfig', 'ExperimentConfig', 'RetryStrategy', 'EnableManagedSpotTraining', 'OutputModelPackageName'];

export const sagemakerJob: FormatRecogniser = {
  id: 'sagemaker-job',
  label: 'AWS SageMaker training job',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const algorithm = sectionKeys(input.root, 'AlgorithmSpecification');
    const anchor = input.keys.has('TrainingJobName') || algorithm.has('TrainingImage') || algorithm.has('AlgorithmName');
    if (!anchor) return 0;
    const hits = countKeys(input.keys, KEYS);
    return hits >= 3 ? Math.min(14, 5 + hits) : 0;
  },
};
