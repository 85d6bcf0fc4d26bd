import { toPlain } from '../../policy/load-policy';
import { parseYamlTree } from '../../parse/yaml-tree';
import { dirOf, type ManifestRecord } from './manifest-record';
import { strings, text } from './tuneguard-manifest-record';

const CARD_KEYS = ['license', 'task_categories', 'dataset_info', 'configs', 'pretty_name', 'size_categories', 'language', 'annotations_creators', 'source_datasets'];

/**
 * A Hugging Face dataset card (`README.md` with YAML front matter) describes the folder it is in.
 * Returns undefined when the file has no front matter with dataset-card keys.
 */
export function hfCardRecord(file: string, sourceText: string): ManifestRecord | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(sourceText);
  if (!match) return undefined;
  const root = parseYamlTree(match[1]).roots[0];
  if (root?.kind !== 'map') return undefined;
  const raw = toPlain(root) as Record<string, unknown>;
  if (!CARD_KEYS.some((k) => k in raw)) return undefined;
  const dir = dirOf(file);
  return {
    file, kind: 'hf-card', name: text(raw.pretty_name), paths: dir ? [dir] : [], hubIds: [], uris: [], llamaFactoryNames: [],
    license: strings(raw.license)[0], source: strings(raw.source_datasets)[0],
  };
}
