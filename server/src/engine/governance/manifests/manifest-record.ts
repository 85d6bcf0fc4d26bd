import type { ModelLocation } from '../model-lineage';
import type { DatasetRef } from '../refs/dataset-ref';

/**
 * What the workspace index keeps of each dataset manifest: the keys configs link by and the
 * governance fields. Plain data, so the server and the CLI can cache and rebuild it cheaply.
 */
export type ManifestKind = 'tuneguard' | 'hf-card' | 'croissant';

export interface ManifestRecord {
  /** Workspace-relative path of the manifest file. */
  file: string;
  kind: ManifestKind;
  name?: string;
  /** Workspace-relative data paths or globs. */
  paths: string[];
  hubIds: string[];
  uris: string[];
  llamaFactoryNames: string[];
  classification?: string;
  owner?: string;
  license?: string;
  source?: string;
  retention?: string;
  revision?: string;
  containsPii?: boolean;
}

/** One entry of LLaMA-Factory's `dataset_info.json`, reduced to where the data lives. */
export interface DatasetInfoEntry {
  name: string;
  hubId?: string;
  /** Workspace-relative path of the data file or folder. */
  path?: string;
  uri?: string;
}

export interface DatasetInfoRecord {
  /** Workspace-relative path of dataset_info.json and its folder. */
  file: string;
  dir: string;
  entries: DatasetInfoEntry[];
}

/** A training config as the index keeps it: what it trains on, loads and writes (for model lineage). */
export interface ConfigRecord {
  file: string;
  refs: DatasetRef[];
  inputs: ModelLocation[];
  outputs: ModelLocation[];
}

/** Everything the index learns from one file. */
export interface IndexedFileFacts {
  manifests: ManifestRecord[];
  datasetInfo?: DatasetInfoRecord;
  config?: ConfigRecord;
}

export function dirOf(file: string): string {
  const at = file.lastIndexOf('/');
  return at < 0 ? '' : file.slice(0, at);
}

export function joinPath(dir: string, relative: string): string {
  if (relative.startsWith('/')) return relative;
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
