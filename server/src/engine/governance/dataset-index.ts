import { matchesGlob } from '../text/glob';
import type { DatasetRef } from './refs/dataset-ref';
import { dirOf, joinPath, type ConfigRecord, type DatasetInfoEntry, type DatasetInfoRecord, type IndexedFileFacts, type ManifestRecord } from './manifests/manifest-record';
import { sameModel, type ModelLocation } from './model-lineage';

/** Where a reference led: the manifests that describe it, and the dataset_info entry it went through. */
export interface Resolution {
  manifests: ManifestRecord[];
  via?: { file: string; entry: DatasetInfoEntry };
}

/**
 * The workspace's dataset manifests and dataset_info.json files, with lookups by hub id, path,
 * URI and LLaMA-Factory name. Built from the index's facts; immutable, rebuilt on change.
 */
export class DatasetIndex {
  readonly manifests: readonly ManifestRecord[];
  private readonly byHubId = new Map<string, ManifestRecord[]>();
  private readonly byName = new Map<string, ManifestRecord[]>();
  private readonly infos: readonly DatasetInfoRecord[];
  /** Training configs of the workspace, for model lineage. */
  readonly configs: readonly ConfigRecord[];

  constructor(facts: Iterable<IndexedFileFacts>) {
    const manifests: ManifestRecord[] = [];
    const infos: DatasetInfoRecord[] = [];
    const configs: ConfigRecord[] = [];
    for (const f of facts) {
      manifests.push(...f.manifests);
      if (f.datasetInfo) infos.push(f.datasetInfo);
      if (f.config) configs.push(f.config);
    }
    this.configs = configs.sort((a, b) => a.file.localeCompare(b.file));
    this.manifests = manifests.sort((a, b) => kindOrder(a) - kindOrder(b) || a.file.localeCompare(b.file));
    this.infos = infos.sort((a, b) => a.file.localeCompare(b.file));
    for (const m of this.manifests) {
      for (const id of m.hubIds) push(this.byHubId, id.toLowerCase(), m);
      for (const name of m.llamaFactoryNames) push(this.byName, name, m);
    }
  }

  /** Manifests for one reference of the config at `configPath` (workspace-relative). */
  resolve(ref: DatasetRef, configPath: string): Resolution {
    if (ref.kind === 'hub') return { manifests: this.byHubId.get(ref.value.toLowerCase()) ?? [] };
    if (ref.kind === 'uri') return { manifests: this.manifests.filter((m) => m.uris.some((u) => nested(u, ref.value))) };
    if (ref.kind === 'path') return { manifests: this.byPath(ref.value, configPath) };
    const info = this.datasetInfoFor(ref.value, ref.datasetDir ?? 'data', configPath);
    const named = this.byName.get(ref.value) ?? [];
    if (!info) return { manifests: named };
    const { entry } = info;
    const linked = [
      ...named,
      ...(entry.hubId ? this.byHubId.get(entry.hubId.toLowerCase()) ?? [] : []),
      ...(entry.path ? this.byPath(entry.path, '') : []),
      ...(entry.uri ? this.manifests.filter((m) => m.uris.some((u) => nested(u, entry.uri!))) : []),
    ];
    return { manifests: [...new Set(linked)], via: info };
  }

  /** Configs (other than `self`) whose trained model is the model at `input`. */
  producersOf(input: ModelLocation, self: string): ConfigRecord[] {
    return this.configs.filter((c) => c.file !== self && c.outputs.some((o) => sameModel(input, o)));
  }

  /** The dataset_info.json entry a LLaMA-Factory name refers to: `dataset_dir` first, then any. */
  datasetInfoFor(name: string, datasetDir: string, configPath: string): { file: string; entry: DatasetInfoEntry } | undefined {
    const wanted = new Set([joinPath('', datasetDir), joinPath(dirOf(configPath), datasetDir)]);
    const ordered = [...this.infos.filter((i) => wanted.has(i.dir)), ...this.infos.filter((i) => !wanted.has(i.dir))];
    for (const info of ordered) {
      const entry = info.entries.find((e) => e.name === name);
      if (entry) return { file: info.file, entry };
    }
    return undefined;
  }

  private byPath(value: string, configPath: string): ManifestRecord[] {
    const candidates = value.startsWith('/') ? [value] : [...new Set([joinPath('', value), joinPath(dirOf(configPath), value)])];
    return this.manifests.filter((m) => m.paths.some((pattern) => candidates.some((c) => pathMatches(pattern, c))));
  }
}

function kindOrder(m: ManifestRecord): number {
  return m.kind === 'tuneguard' ? 0 : m.kind === 'croissant' ? 1 : 2;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One location inside the other (a file in a described folder, or a folder holding described files). */
function nested(a: string, b: string): boolean {
  return a === b || b.startsWith(`${a}/`) || a.startsWith(`${b}/`);
}

function pathMatches(pattern: string, candidate: string): boolean {
  if (/[*?[{]/.test(pattern)) return matchesGlob(candidate, pattern) || matchesGlob(candidate, `${pattern}/**`);
  if (candidate.startsWith('/') && !pattern.startsWith('/')) return candidate.endsWith(`/${pattern}`) || candidate.includes(`/${pattern}/`);
  return nested(pattern, candidate);
}
