import type { KeyPath, TreeNode } from '../../parse/tree';

/**
 * How a config names a dataset. `llama-factory-name` is resolved through `dataset_info.json`;
 * the others are matched against manifests directly.
 */
export type DatasetRefKind = 'hub' | 'path' | 'uri' | 'llama-factory-name';

export interface DatasetRef {
  kind: DatasetRefKind;
  /** Normalised value: a hub id, a `/`-separated path, a URI or a dataset_info name. */
  value: string;
  keyPath: KeyPath;
  start: number;
  end: number;
  /** Revision written next to the reference in the config, if any. */
  revision?: string;
  /** LLaMA-Factory `dataset_dir` in effect for names. */
  datasetDir?: string;
}

const HUB_URL = /^(?:https?:\/\/(?:www\.)?huggingface\.co\/datasets\/|hf:\/\/datasets\/)([\w.-]+(?:\/[\w.-]+)?)/i;
const URI = /^[a-z][a-z0-9+.-]*:\/\//i;
const DATA_EXTENSION = /\.(jsonl?|ndjson|csv|tsv|parquet|arrow|txt|zst|gz|tar|zip|ya?ml)$/i;
const LOCAL_ROOTS = /^(data|datasets|dataset|examples|output|outputs|saves|tmp|cache|local|artifacts)\//i;

/** Decide what kind of reference a plain value is, and normalise it. */
export function classifyRefValue(raw: string): { kind: Exclude<DatasetRefKind, 'llama-factory-name'>; value: string } | undefined {
  const value = raw.trim();
  if (!value || value.includes('${') || value.includes('{{')) return undefined;
  const hub = HUB_URL.exec(value);
  if (hub) return { kind: 'hub', value: hub[1].replace(/\.git$/, '') };
  if (URI.test(value) || /^(s3|gs|az|abfss?|wasbs?):/i.test(value)) return { kind: 'uri', value: value.replace(/\/+$/, '') };
  if (/^(\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(value) || DATA_EXTENSION.test(value) || LOCAL_ROOTS.test(value) || value.split('/').length > 2) {
    return { kind: 'path', value: normalisePath(value) };
  }
  if (/^[\w.-]+(\/[\w.-]+)?$/.test(value)) return { kind: 'hub', value };
  return undefined;
}

export function normalisePath(value: string): string {
  return value.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/{2,}/g, '/').replace(/\/+$/, '');
}

/** A reference built from a scalar node, when the node holds a usable string. */
export function refFromNode(node: TreeNode | undefined, keyPath: KeyPath, revision?: string): DatasetRef | undefined {
  if (!node || node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  const classified = classifyRefValue(node.value);
  if (!classified) return undefined;
  return { ...classified, keyPath, start: node.start, end: node.end, revision };
}
