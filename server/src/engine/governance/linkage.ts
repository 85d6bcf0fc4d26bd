import type { ParsedDocument } from '../parse/parse-document';
import type { DatasetIndex, Resolution } from './dataset-index';
import type { ManifestRecord } from './manifests/manifest-record';
import type { Levels } from './policy-view';
import { extractDatasetRefs } from './refs/extract-dataset-refs';
import type { DatasetRef } from './refs/dataset-ref';

export interface LinkedDataset {
  ref: DatasetRef;
  resolution: Resolution;
  /** Highest known classification among the dataset's manifests. */
  classification?: string;
  /** Where that classification came from (`policy: datasets.unclassifiedAs` when assumed). */
  classifiedBy?: string;
}

export interface EffectiveClassification {
  level: string;
  /** The datasets at that level. */
  from: LinkedDataset[];
}

export interface Linkage {
  datasets: LinkedDataset[];
  /** Highest classification of the config's datasets; undefined when none is classified. */
  effective?: EffectiveClassification;
  /** False when no workspace index was available: nothing could be resolved. */
  indexed: boolean;
}

/** Resolve every dataset of a config to its manifests and compute the effective classification. */
export function linkConfig(doc: ParsedDocument, index: DatasetIndex | undefined, levels: Levels, unclassifiedAs?: string): Linkage {
  const datasets: LinkedDataset[] = [];
  for (const ref of extractDatasetRefs(doc)) {
    const resolution = index ? index.resolve(ref, doc.path) : { manifests: [] };
    const top = highest(resolution.manifests, levels);
    const linked: LinkedDataset = { ref, resolution, classification: top?.classification, classifiedBy: top?.file };
    if (!linked.classification && index && unclassifiedAs && levels.rank(unclassifiedAs) !== undefined) {
      linked.classification = unclassifiedAs;
      linked.classifiedBy = 'policy: datasets.unclassifiedAs';
    }
    datasets.push(linked);
  }
  let effective: EffectiveClassification | undefined;
  for (const d of datasets) {
    const rank = levels.rank(d.classification);
    if (rank === undefined) continue;
    const current = levels.rank(effective?.level);
    if (current === undefined || rank > current) effective = { level: d.classification!, from: [d] };
    else if (rank === current) effective!.from.push(d);
  }
  return { datasets, effective, indexed: index !== undefined };
}

function highest(manifests: readonly ManifestRecord[], levels: Levels): ManifestRecord | undefined {
  let best: ManifestRecord | undefined;
  for (const m of manifests) {
    const rank = levels.rank(m.classification);
    if (rank !== undefined && (best === undefined || rank > levels.rank(best.classification)!)) best = m;
  }
  return best;
}
