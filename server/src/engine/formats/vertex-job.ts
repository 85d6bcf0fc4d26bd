import { countKeys, isStructuredMap, sectionKeys, type FormatRecogniser } from './recogniser';

/**
 * Vertex AI tuning: a `tuningJobs.create` body (Gemini supervised / preference tuning, distillation)
 * or a `customJobs.create` body whose worker pools run an open-model fine-tuning container.
 */
const TUNING_KEYS = ['baseModel', 'supervisedTuningSpec', 'preferenceOptimizationSpec', 'distillationSpec', 'tunedModelDisplayName',
  'description', 'labels', 'encryptionSpec', 'serviceAccount', 'source_model', 'sourceModel', 'tunedModel'];
const SPEC_KEYS = ['trainingDatasetUri', 'validationDatasetUri', 'hyperParameters', 'exportLastCheckpointOnly'];
const CUSTOM_JOB_KEYS = ['displayName', 'jobSpec', 'labels', 'encryptionSpec'];

export const vertexJob: FormatRecogniser = {
  id: 'vertex-job',
  label: 'Vertex AI tuning job',
  score(input) {
    if (!isStructuredMap(input)) return 0;
    const specs = ['supervisedTuningSpec', 'preferenceOptimizationSpec', 'distillationSpec'].filter((k) => input.keys.has(k));
    if (specs.length > 0) {
      const specHits = countKeys(sectionKeys(input.root, specs[0]), SPEC_KEYS);
      return Math.min(14, 7 + countKeys(input.keys, TUNING_KEYS) + specHits);
    }
    const jobSpec = sectionKeys(input.root, 'jobSpec');
    if (jobSpec.has('workerPoolSpecs') || input.keys.has('workerPoolSpecs')) {
      return Math.min(13, 7 + countKeys(input.keys, CUSTOM_JOB_KEYS));
    }
    return 0;
  },
};
