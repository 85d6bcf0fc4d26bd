import type { FormatId } from '../types';
import type { FormatRecogniser, RecognitionInput } from './recogniser';
import { accelerate } from './accelerate';
import { axolotl } from './axolotl';
import { azureOpenAiJob } from './azure-openai-job';
import { bedrockJob } from './bedrock-job';
import { croissant } from './croissant';
import { datasetCsv, datasetJson, datasetJsonl } from './datasets';
import { datasetParquet } from './dataset-parquet';
import { deepspeed } from './deepspeed';
import { hfDatasetCard } from './hf-dataset-card';
import { launcher } from './launcher';
import { llamaFactory } from './llama-factory';
import { llamaFactoryDatasetInfo } from './llama-factory-dataset-info';
import { ludwig } from './ludwig';
import { mistralFinetune } from './mistral-finetune';
import { mistralJob } from './mistral-job';
import { openAiJob } from './openai-job';
import { sagemakerJob } from './sagemaker-job';
import { togetherJob } from './together-job';
import { torchtune } from './torchtune';
import { trl } from './trl';
import { tuneguardDatasetManifest, tuneguardPolicy } from './tuneguard-files';
import { unsloth } from './unsloth';
import { vertexJob } from './vertex-job';

/** Every known format. Add a recogniser here and it takes part in detection everywhere. */
export const RECOGNISERS: readonly FormatRecogniser[] = [
  tuneguardPolicy, tuneguardDatasetManifest,
  axolotl, llamaFactory, llamaFactoryDatasetInfo, torchtune, trl, mistralFinetune, unsloth, ludwig,
  deepspeed, accelerate,
  openAiJob, azureOpenAiJob, togetherJob, mistralJob, bedrockJob, sagemakerJob, vertexJob, launcher,
  hfDatasetCard, croissant,
  datasetJsonl, datasetCsv, datasetJson, datasetParquet,
];

export function recogniseFormat(input: RecognitionInput): FormatId {
  let best: FormatId = 'unknown';
  let bestScore = 0;
  for (const recogniser of RECOGNISERS) {
    const score = recogniser.score(input);
    if (score > bestScore) {
      best = recogniser.id;
      bestScore = score;
    }
  }
  return best;
}

export function formatLabel(id: FormatId): string {
  return RECOGNISERS.find((r) => r.id === id)?.label ?? id;
}
