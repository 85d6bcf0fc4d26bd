import type { EngineHover, HoverContext } from '../hover-provider';
import type { ParsedDocument } from '../parse/parse-document';
import type { Linkage, LinkedDataset } from './linkage';
import { linkConfig } from './linkage';
import { governanceOf, Levels } from './policy-view';
import { isTrainingConfig } from './refs/extract-dataset-refs';

/** Keys whose hover explains what the config's classification means for them. */
const SUMMARY_KEYS = new Set(['datasets', 'dataset', 'train_dataset', 'dataset_name', 'dataset_mixture', 'dataset_mixer', 'test_datasets', 'pretraining_dataset',
  'output_dir', 'hub_model_id', 'push_to_hub', 'export_hub_model_id', 'export_dir', 'base_model', 'model_name_or_path', 'report_to', 'wandb_project']);

/**
 * Hover on a training config: on a dataset reference, the manifest it links to and its level; on
 * a dataset, model, output, push or tracker key, the config's effective classification (the
 * highest of its datasets') with each dataset's level.
 */
export function classificationHover(doc: ParsedDocument, offset: number, context: HoverContext): EngineHover | undefined {
  if (!isTrainingConfig(doc)) return undefined;
  const index = context.workspace?.datasetIndex?.();
  if (!index) return undefined;
  const levels = new Levels(context.policy);
  const linkage = linkConfig(doc, index, levels, governanceOf(context.policy).datasets.unclassifiedAs);
  const onRef = [...linkage.datasets, ...linkage.models].find((d) => offset >= d.ref.start && offset <= d.ref.end);
  if (onRef) return { contents: [datasetLine(onRef), '', summary(linkage)].join('\n'), start: onRef.ref.start, end: onRef.ref.end };
  const root = doc.tree.roots[0];
  const entry = root?.kind === 'map' ? root.entries.find((e) => offset >= e.keyStart && offset <= e.keyEnd && SUMMARY_KEYS.has(e.key)) : undefined;
  if (!entry) return undefined;
  return { contents: summary(linkage), start: entry.keyStart, end: entry.keyEnd };
}

function summary(linkage: Linkage): string {
  const head = linkage.effective
    ? `**Effective classification: \`${linkage.effective.level}\`** (the highest of its datasets'; the model, its checkpoints, pushes and tracker uploads inherit it)`
    : linkage.datasets.length > 0 ? '**Effective classification: unknown**: none of its datasets is classified' : '**Effective classification: unknown**: no dataset reference found';
  const lines = [...linkage.models, ...linkage.datasets].slice(0, 12).map((d) => `- ${datasetLine(d)}`);
  if (linkage.datasets.length > 12) lines.push(`- … ${linkage.datasets.length - 12} more`);
  return [head, '', ...lines].join('\n');
}

function datasetLine(d: LinkedDataset): string {
  if (d.producers) return `model \`${d.ref.value}\`: ${d.classification ? `\`${d.classification}\`` : 'unclassified'} — trained by ${d.producers.map((p) => `\`${p}\``).join(', ')}`;
  const level = d.classification ? `\`${d.classification}\`` : 'unclassified';
  const manifests = d.resolution.manifests.map((m) => `\`${m.file}\``).join(', ');
  const via = d.resolution.via ? ` via \`${d.resolution.via.file}\`` : '';
  return `\`${d.ref.value}\`: ${level}${manifests ? ` — ${manifests}` : ' — no manifest'}${via}`;
}
