import type { TreeNode } from '../parse/tree';
import { entriesNamed, isFalse, isTrue, scalarOf, stringItems, walkEntries } from './config-entries';

/** A tracker a run reports to; `uploads` when models, checkpoints or samples leave with it. */
export interface TrackerUse {
  tracker: string;
  uploads: boolean;
  key: string;
  start: number;
  end: number;
}

/** Trackers that keep data on the training machine; they never leave the perimeter. */
export const LOCAL_TRACKERS = new Set(['tensorboard', 'codecarbon', 'disk', 'none', 'stdout', 'csv']);

const SETTING_TRACKER: Record<string, string> = {
  wandb_project: 'wandb', use_wandb: 'wandb', mlflow_tracking_uri: 'mlflow', mlflow_experiment_name: 'mlflow', use_mlflow: 'mlflow',
  comet_project_name: 'comet_ml', use_comet: 'comet_ml', swanlab_project: 'swanlab', use_swanlab: 'swanlab', neptune_project: 'neptune',
};

const LOGGER_COMPONENT: [RegExp, string][] = [
  [/WandBLogger$/, 'wandb'], [/MLFlowLogger$/, 'mlflow'], [/CometLogger$/, 'comet_ml'], [/TensorBoardLogger$/, 'tensorboard'],
];

/** Everything in a config that sends run data to an experiment tracker. */
export function trackerUses(root: TreeNode | undefined): TrackerUse[] {
  if (!root) return [];
  const uses: TrackerUse[] = [];
  for (const { entry } of entriesNamed(root, ['report_to'])) {
    for (const { value, node } of stringItems(entry.value)) {
      const tracker = value.toLowerCase();
      if (!LOCAL_TRACKERS.has(tracker)) uses.push({ tracker, uploads: false, key: 'report_to', start: node.start, end: node.end });
    }
  }
  for (const { entry } of walkEntries(root)) {
    const tracker = SETTING_TRACKER[entry.key];
    const scalar = scalarOf(entry.value);
    if (tracker && scalar && scalar.value !== null && scalar.value !== '' && !isFalse(entry.value)) {
      uses.push({ tracker, uploads: false, key: entry.key, start: entry.start, end: entry.end });
    }
    if (entry.key === '_component_' && typeof scalar?.value === 'string') {
      const match = LOGGER_COMPONENT.find(([re]) => re.test(scalar.value as string));
      if (match && !LOCAL_TRACKERS.has(match[1])) uses.push({ tracker: match[1], uploads: false, key: '_component_', start: entry.start, end: entry.end });
    }
    const upload = uploadTracker(entry.key, entry.value);
    if (upload) uses.push({ tracker: upload, uploads: true, key: entry.key, start: entry.start, end: entry.end });
  }
  return uses;
}

/** Settings that upload models, checkpoints or samples (W&B artifacts, MLflow artifacts, TRL completions tables). */
function uploadTracker(key: string, value: TreeNode): string | undefined {
  const scalar = scalarOf(value);
  const text = typeof scalar?.value === 'string' ? scalar.value.trim().toLowerCase() : undefined;
  if (key === 'wandb_log_model' || key === 'WANDB_LOG_MODEL') {
    return isTrue(value) || text === 'checkpoint' || text === 'end' ? 'wandb' : undefined;
  }
  if (key === 'hf_mlflow_log_artifacts' || key === 'HF_MLFLOW_LOG_ARTIFACTS') return isTrue(value) ? 'mlflow' : undefined;
  if (key === 'COMET_LOG_ASSETS') return isTrue(value) ? 'comet_ml' : undefined;
  if (key === 'log_completions') return isTrue(value) ? 'completions' : undefined;
  return undefined;
}
