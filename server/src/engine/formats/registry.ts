import type { FormatId } from '../types';
import type { FormatRecogniser, RecognitionInput } from './recogniser';
import { axolotl } from './axolotl';
import { llamaFactory } from './llama-factory';
import { torchtune } from './torchtune';
import { trl } from './trl';
import { tuneguardDatasetManifest, tuneguardPolicy } from './tuneguard-files';
import { datasetCsv, datasetJson, datasetJsonl } from './datasets';

/** Every known format. Add a recogniser here and it takes part in detection everywhere. */
export const RECOGNISERS: readonly FormatRecogniser[] = [
  tuneguardPolicy, tuneguardDatasetManifest,
  axolotl, llamaFactory, torchtune, trl,
  datasetJsonl, datasetCsv, datasetJson,
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
