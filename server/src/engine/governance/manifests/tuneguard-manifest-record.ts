import { toPlain } from '../../policy/load-policy';
import type { TreeNode } from '../../parse/tree';
import { normalisePath } from '../refs/dataset-ref';
import { dirOf, joinPath, type ManifestRecord } from './manifest-record';

/**
 * A Tuneguard `*.dataset.yaml`. Without `path`, `hub_id` or `uri`, it describes the data
 * beside it with the same stem (`support.dataset.yaml` -> `support.jsonl`, `support/`).
 */
export function tuneguardManifestRecord(file: string, root: TreeNode | undefined): ManifestRecord {
  const raw = (root?.kind === 'map' ? toPlain(root) : {}) as Record<string, unknown>;
  const dir = dirOf(file);
  const paths = strings(raw.path).map((p) => (p.startsWith('./') || p.startsWith('../') ? joinPath(dir, p) : normalisePath(p)));
  const hubIds = strings(raw.hub_id);
  const uris = strings(raw.uri).map((u) => u.replace(/\/+$/, ''));
  const llamaFactoryNames = strings(raw.llama_factory_name);
  if (paths.length + hubIds.length + uris.length + llamaFactoryNames.length === 0) {
    const stem = file.slice(dir ? dir.length + 1 : 0).replace(/\.dataset\.ya?ml$/i, '');
    paths.push(joinPath(dir, `${stem}.*`), joinPath(dir, stem));
  }
  return {
    file, kind: 'tuneguard', name: text(raw.name), paths, hubIds, uris, llamaFactoryNames,
    classification: text(raw.classification), owner: text(raw.owner), license: text(raw.license) ?? text(raw.licence),
    source: text(raw.source), retention: text(raw.retention), revision: text(raw.revision),
    containsPii: typeof raw.contains_pii === 'boolean' ? raw.contains_pii : undefined,
  };
}

export function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}
