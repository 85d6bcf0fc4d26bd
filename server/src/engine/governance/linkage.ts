import type { ParsedDocument } from '../parse/parse-document';
import type { DatasetIndex, Resolution } from './dataset-index';
import type { ConfigRecord, ManifestRecord } from './manifests/manifest-record';
import { modelInputs, type ModelLocation } from './model-lineage';
import type { Levels } from './policy-view';
import { extractDatasetRefs } from './refs/extract-dataset-refs';
import type { DatasetRef } from './refs/dataset-ref';

export interface LinkedDataset {
  ref: DatasetRef;
  resolution: Resolution;
  /** Highest known classification among the dataset's manifests (or inherited, for models). */
  classification?: string;
  /** Where that classification came from: a manifest, `policy: datasets.unclassifiedAs`, or the producing config. */
  classifiedBy?: string;
  /** For a model input: the workspace configs that train it. */
  producers?: string[];
}

export interface EffectiveClassification {
  level: string;
  /** The datasets (and trained models) at that level. */
  from: LinkedDataset[];
}

export interface Linkage {
  datasets: LinkedDataset[];
  /** Models the config loads that another config of the workspace trains (they inherit its classification). */
  models: LinkedDataset[];
  /** Highest classification of the config's datasets and inherited models; undefined when none is classified. */
  effective?: EffectiveClassification;
  /** False when no workspace index was available: nothing could be resolved. */
  indexed: boolean;
}

interface LinkOptions {
  index: DatasetIndex | undefined;
  levels: Levels;
  unclassifiedAs?: string;
}

const MAX_LINEAGE_DEPTH = 8;

/** Resolve every dataset of a config to its manifests and compute the effective classification. */
export function linkConfig(doc: ParsedDocument, index: DatasetIndex | undefined, levels: Levels, unclassifiedAs?: string): Linkage {
  const options = { index, levels, unclassifiedAs };
  const root = doc.tree.roots[0];
  const datasets = linkRefs(doc.path, extractDatasetRefs(doc), options);
  const models = linkModels(doc.path, modelInputs(doc, root?.kind === 'map' ? root : undefined), options, new Set([doc.path]), 0);
  return { datasets, models, effective: effectiveOf([...datasets, ...models], levels), indexed: index !== undefined };
}

function linkRefs(file: string, refs: readonly DatasetRef[], { index, levels, unclassifiedAs }: LinkOptions): LinkedDataset[] {
  return refs.map((ref) => {
    const resolution = index ? index.resolve(ref, file) : { manifests: [] };
    const top = highest(resolution.manifests, levels);
    const linked: LinkedDataset = { ref, resolution, classification: top?.classification, classifiedBy: top?.file };
    if (!linked.classification && index && unclassifiedAs && levels.rank(unclassifiedAs) !== undefined) {
      linked.classification = unclassifiedAs;
      linked.classifiedBy = 'policy: datasets.unclassifiedAs';
    }
    return linked;
  });
}

/** A model trained by another config is as sensitive as that config's data (transitively, cycles cut). */
function linkModels(file: string, inputs: readonly ModelLocation[], options: LinkOptions, visiting: Set<string>, depth: number): LinkedDataset[] {
  const { index, levels } = options;
  if (!index || depth >= MAX_LINEAGE_DEPTH) return [];
  const linked: LinkedDataset[] = [];
  for (const input of inputs) {
    const producers = index.producersOf(input, file).filter((p) => !visiting.has(p.file));
    if (producers.length === 0) continue;
    let best: { level: string; file: string } | undefined;
    for (const producer of producers) {
      const level = recordLevel(producer, options, new Set([...visiting, producer.file]), depth + 1);
      if (level && (best === undefined || levels.rank(level)! > levels.rank(best.level)!)) best = { level, file: producer.file };
    }
    linked.push({
      ref: { kind: input.kind, value: input.value, keyPath: input.keyPath, start: input.start, end: input.end },
      resolution: { manifests: [] }, classification: best?.level, classifiedBy: best?.file, producers: producers.map((p) => p.file),
    });
  }
  return linked;
}

function recordLevel(record: ConfigRecord, options: LinkOptions, visiting: Set<string>, depth: number): string | undefined {
  const all = [...linkRefs(record.file, record.refs, options), ...linkModels(record.file, record.inputs, options, visiting, depth)];
  return effectiveOf(all, options.levels)?.level;
}

function effectiveOf(linked: readonly LinkedDataset[], levels: Levels): EffectiveClassification | undefined {
  let effective: EffectiveClassification | undefined;
  for (const d of linked) {
    const rank = levels.rank(d.classification);
    if (rank === undefined) continue;
    const current = levels.rank(effective?.level);
    if (current === undefined || rank > current) effective = { level: d.classification!, from: [d] };
    else if (rank === current) effective!.from.push(d);
  }
  return effective;
}

function highest(manifests: readonly ManifestRecord[], levels: Levels): ManifestRecord | undefined {
  let best: ManifestRecord | undefined;
  for (const m of manifests) {
    const rank = levels.rank(m.classification);
    if (rank !== undefined && (best === undefined || rank > levels.rank(best.classification)!)) best = m;
  }
  return best;
}
