import type { LinkedDataset } from '../linkage';

/** How messages name a dataset: by its reference as written, plus the dataset_info hop. */
export function describeRef(d: LinkedDataset): string {
  const kind = d.ref.kind === 'hub' ? 'Hub dataset' : d.ref.kind === 'uri' ? 'Dataset at' : d.ref.kind === 'path' ? 'Dataset file' : 'Dataset';
  const via = d.resolution.via ? ` (${d.resolution.via.file})` : '';
  return `${kind} \`${d.ref.value}\`${via}`;
}

export function listLevels(levels: readonly string[]): string {
  return levels.map((l) => `\`${l}\``).join(', ');
}
