import { mapGet, scalarString, type TreeNode } from '../../parse/tree';
import type { KeyPath } from '../../parse/tree';
import { classifyRefValue, refFromNode, type DatasetRef } from './dataset-ref';

/** Builders that load a fixed hub dataset when no `source` is given (torchtune.datasets.*). */
const BUILDER_DEFAULT_SOURCE: Record<string, string> = {
  alpaca_dataset: 'tatsu-lab/alpaca',
  alpaca_cleaned_dataset: 'yahma/alpaca-cleaned',
  slimorca_dataset: 'Open-Orca/SlimOrca-Dedup',
  samsum_dataset: 'Samsung/samsum',
  grammar_dataset: 'liweili/c4_200m',
  stack_exchange_paired_dataset: 'lvwerra/stack-exchange-paired',
  hh_rlhf_helpful_dataset: 'RLHFlow/HH-RLHF-Helpful-standard',
  wikitext_dataset: 'EleutherAI/wikitext_document_level',
  cnn_dailymail_articles_dataset: 'abisee/cnn_dailymail',
  llava_instruct_dataset: 'liuhaotian/LLaVA-Instruct-150K',
  the_cauldron_dataset: 'HuggingFaceM4/the_cauldron',
  vqa_dataset: 'HuggingFaceM4/VQAv2',
};

/** torchtune: `dataset` (one builder or a list) with `source` / `data_files`, or a builder's default source. */
export function torchtuneRefs(root: TreeNode): DatasetRef[] {
  const refs: DatasetRef[] = [];
  for (const key of ['dataset', 'dataset_val']) {
    const node = mapGet(root, key);
    if (!node) continue;
    if (node.kind === 'seq') node.items.forEach((item, i) => builderRefs(item, [key, i], refs));
    else builderRefs(node, [key], refs);
  }
  return refs;
}

function builderRefs(node: TreeNode, path: KeyPath, refs: DatasetRef[]): void {
  if (node.kind !== 'map') return;
  const component = mapGet(node, '_component_');
  const source = mapGet(node, 'source');
  const dataFiles = mapGet(node, 'data_files');
  const sourceValue = scalarString(source);
  const isLoader = sourceValue !== undefined && /^(json|csv|parquet|text|arrow)$/.test(sourceValue);
  if (dataFiles && (isLoader || !source)) {
    const files = dataFiles.kind === 'seq' ? dataFiles.items : [dataFiles];
    files.forEach((file, j) => {
      const ref = refFromNode(file, [...path, 'data_files', ...(dataFiles.kind === 'seq' ? [j] : [])]);
      if (ref) refs.push(ref);
    });
    return;
  }
  if (source && !isLoader) {
    const ref = refFromNode(source, [...path, 'source']);
    if (ref) refs.push(ref);
    return;
  }
  const builder = scalarString(component)?.split('.').pop();
  const fallback = builder ? BUILDER_DEFAULT_SOURCE[builder] : undefined;
  if (component && fallback && classifyRefValue(fallback)) {
    refs.push({ kind: 'hub', value: fallback, keyPath: [...path, '_component_'], start: component.start, end: component.end });
  }
}
