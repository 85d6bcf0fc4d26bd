import type { ParsedDocument } from '../parse/parse-document';
import { mapGet, scalarString, type ScalarNode, type TreeNode } from '../parse/tree';
import { scalarOf } from './config-entries';

export interface BaseModel {
  key: string;
  id: string;
  node: ScalarNode;
  /** Revision setting next to it, if the format has one and it is set. */
  revision?: { key: string; value: string };
  /** Name of the revision setting the format reads (to suggest in messages). */
  revisionKey?: string;
}

const MODEL_KEYS: [string, string | undefined][] = [
  ['base_model', 'revision_of_model'], ['model_name_or_path', 'model_revision'], ['model_id_or_path', undefined],
  ['baseModelIdentifier', undefined], ['baseModel', undefined], ['base_model_id', undefined], ['source_model', undefined],
];
const LOCAL = /^(\.{0,2}\/|~|[A-Za-z]:\\|saves\/|outputs?\/|models?\/|checkpoints?\/|tmp\/|cache\/|ckpts?\/|runs?\/|data\/)/i;

/** The base model(s) a training config fine-tunes. torchtune names local checkpoints only, so it has none. */
export function baseModels(doc: ParsedDocument, root: TreeNode | undefined): BaseModel[] {
  if (!root || root.kind !== 'map' || doc.format === 'torchtune') return [];
  const keys: [string, string | undefined][] = doc.format === 'llama-factory' && mapGet(root, 'model') ? [['model', 'model_revision'], ...MODEL_KEYS] : MODEL_KEYS;
  const models: BaseModel[] = [];
  for (const [key, revisionKey] of keys) {
    const node = scalarOf(mapGet(root, key));
    if (!node || typeof node.value !== 'string' || !node.value.trim() || node.value.includes('${')) continue;
    const revision = revisionKey ? scalarString(mapGet(root, revisionKey)) : undefined;
    models.push({ key, id: node.value.trim(), node, revisionKey, revision: revision && revisionKey ? { key: revisionKey, value: revision } : undefined });
  }
  if (models.length === 0 && doc.format !== 'trl') {
    const model = scalarOf(mapGet(root, 'model'));
    if (model && typeof model.value === 'string' && model.value.trim()) models.push({ key: 'model', id: model.value.trim(), node: model });
  }
  return models;
}

/** `org/name` on the Hub, as opposed to a local folder or an API model name. */
export function isHubModelId(id: string): boolean {
  return /^[\w.-]+\/[\w.-]+$/.test(id) && !LOCAL.test(id);
}

/** A branch name moves; a commit SHA does not; a tag usually does not. */
export function isPinned(revision: string | undefined, mode: 'commit' | 'tag-or-commit'): boolean {
  if (!revision) return false;
  const value = revision.trim();
  if (/^[0-9a-f]{7,40}$/i.test(value)) return true;
  if (mode === 'commit') return false;
  return !/^(main|master|head|dev|develop|latest|refs\/heads\/.*)$/i.test(value);
}
