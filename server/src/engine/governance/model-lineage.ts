import type { ParsedDocument } from '../parse/parse-document';
import { getIn, type KeyPath, type ScalarNode, type TreeNode } from '../parse/tree';
import { baseModels, isHubModelId } from './base-models';
import { scalarOf } from './config-entries';
import { hubPushes } from './hub-pushes';
import { dirOf, joinPath } from './manifests/manifest-record';
import { normalisePath } from './refs/dataset-ref';

/** A model location a config loads (base model, adapter, checkpoint) or writes (output dir, hub repo). */
export interface ModelLocation {
  /** Hub id, or workspace-relative path. */
  value: string;
  kind: 'hub' | 'path';
  keyPath: KeyPath;
  start: number;
  end: number;
}

const INPUT_PATHS: KeyPath[] = [['adapter_name_or_path'], ['lora_model_dir'], ['resume_from_checkpoint'], ['checkpointer', 'checkpoint_dir'], ['model_id_or_path']];
const OUTPUT_PATHS: KeyPath[] = [['output_dir'], ['export_dir'], ['run_dir'], ['checkpointer', 'output_dir']];

/** Where a config reads models from: a model trained by another config inherits that config's classification. */
export function modelInputs(doc: ParsedDocument, root: TreeNode | undefined): ModelLocation[] {
  const found: ModelLocation[] = [];
  for (const model of baseModels(doc, root)) found.push(location(doc.path, model.node, [model.key]));
  for (const path of INPUT_PATHS) {
    const node = scalarOf(getIn(root, path));
    if (node && typeof node.value === 'string' && node.value.trim() && !found.some((f) => f.start === node.start)) found.push(location(doc.path, node, path));
  }
  return found.filter((f) => f.value !== '');
}

/** Where a config writes the model it trains (local folders and hub repos). */
export function modelOutputs(doc: ParsedDocument, root: TreeNode | undefined): ModelLocation[] {
  const found: ModelLocation[] = [];
  for (const path of OUTPUT_PATHS) {
    const node = scalarOf(getIn(root, path));
    if (node && typeof node.value === 'string' && node.value.trim()) found.push(location(doc.path, node, path));
  }
  for (const push of hubPushes(doc, root)) {
    if (push.repo && push.what === 'model') found.push({ value: push.repo, kind: 'hub', keyPath: [push.key], start: push.start, end: push.end });
  }
  return found;
}

function location(configPath: string, node: ScalarNode, keyPath: KeyPath): ModelLocation {
  const raw = String(node.value).trim();
  if (isHubModelId(raw)) return { value: raw, kind: 'hub', keyPath, start: node.start, end: node.end };
  const path = normalisePath(raw);
  // Tools run from the repository root; a relative path is tried from there, as the index does.
  return { value: path.startsWith('/') ? path : joinPath('', path) || joinPath(dirOf(configPath), path), kind: 'path', keyPath, start: node.start, end: node.end };
}

/** True when a config's input is (inside) another config's output. */
export function sameModel(input: ModelLocation, output: ModelLocation): boolean {
  if (input.kind !== output.kind) return false;
  if (input.kind === 'hub') return input.value.toLowerCase() === output.value.toLowerCase();
  return input.value === output.value || input.value.startsWith(`${output.value}/`);
}
