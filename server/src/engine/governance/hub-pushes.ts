import type { ParsedDocument } from '../parse/parse-document';
import { mapGet, scalarString, type TreeNode } from '../parse/tree';
import { entriesNamed, isFalse, isTrue, scalarOf } from './config-entries';

/** One way a config publishes to the Hugging Face Hub. */
export interface HubPush {
  key: string;
  /** Target repo (`org/name`) when the config names it. */
  repo?: string;
  /** True unless the config makes the repo private. */
  public: boolean;
  /** What is pushed: the trained model, the prepared dataset, or logged completions (samples of the data). */
  what: 'model' | 'dataset' | 'completions';
  start: number;
  end: number;
}

/** Tools that push whenever `hub_model_id` is set (TRL and transformers also need `push_to_hub`). */
const PUSH_ON_MODEL_ID = new Set(['axolotl', 'unsloth']);

export function hubPushes(doc: ParsedDocument, root: TreeNode | undefined): HubPush[] {
  if (!root) return [];
  const pushes: HubPush[] = [];
  const privateNode = entriesNamed(root, ['hub_private_repo'])[0]?.entry.value;
  const isPublic = !isTrue(privateNode);
  const modelId = entriesNamed(root, ['hub_model_id'])[0];
  const modelRepo = repoName(scalarString(modelId?.entry.value));
  const pushToHub = entriesNamed(root, ['push_to_hub']).find((f) => isTrue(f.entry.value));
  if (pushToHub) {
    const at = modelId ?? pushToHub;
    pushes.push({ key: at.entry.key, repo: modelRepo, public: isPublic, what: 'model', start: at.entry.start, end: at.entry.end });
  } else if (modelId && modelRepo && PUSH_ON_MODEL_ID.has(doc.format) && !isFalse(mapGet(root, 'push_to_hub'))) {
    pushes.push({ key: 'hub_model_id', repo: modelRepo, public: isPublic, what: 'model', start: modelId.entry.start, end: modelId.entry.end });
  }
  for (const found of entriesNamed(root, ['export_hub_model_id', 'push_dataset_to_hub', 'log_completions_hub_repo'])) {
    const repoNode = scalarOf(found.entry.value);
    const repo = repoName(typeof repoNode?.value === 'string' ? repoNode.value : undefined);
    if (!repo) continue;
    const what = found.entry.key === 'push_dataset_to_hub' ? 'dataset' : found.entry.key === 'log_completions_hub_repo' ? 'completions' : 'model';
    // Axolotl pushes prepared datasets as private repos; the others follow hub_private_repo.
    pushes.push({ key: found.entry.key, repo, public: what === 'dataset' ? false : isPublic, what, start: found.entry.start, end: found.entry.end });
  }
  if (privateNode && isFalse(privateNode) && pushes.length === 0 && modelRepo) {
    const entry = entriesNamed(root, ['hub_private_repo'])[0].entry;
    pushes.push({ key: 'hub_private_repo', repo: modelRepo, public: true, what: 'model', start: entry.start, end: entry.end });
  }
  return pushes;
}

/** A repo id, or undefined for empty values and template placeholders (`<your-hub-model-id>`). */
function repoName(value: string | undefined): string | undefined {
  const repo = value?.trim();
  if (!repo || /[<>{}]|^your[-_]|^\$/i.test(repo)) return undefined;
  return repo;
}

export function orgOf(repo: string | undefined): string | undefined {
  if (!repo || !repo.includes('/')) return undefined;
  return repo.split('/')[0];
}
