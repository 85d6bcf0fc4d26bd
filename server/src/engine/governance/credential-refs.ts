import { walkScalarsBounded } from './config-entries';
import type { ParsedDocument } from '../parse/parse-document';
import { mapGet, type MapEntry, type TreeNode } from '../parse/tree';
import { hubPushes } from './hub-pushes';
import { trackerUses } from './trackers';

/** A credential a config uses, by the name the pipeline knows it by (usually an env variable). */
export interface CredentialRef {
  name: string;
  start: number;
  end: number;
  /** `explicit` when written in the config; `implied` when a setting needs it (W&B logging needs WANDB_API_KEY). */
  how: 'explicit' | 'implied';
}

export const CREDENTIAL_NAME = /(TOKEN|API_?KEY|SECRET|PASSWORD|PASSWD|CREDENTIALS?|ACCESS_KEY|AUTH)(_|$)/i;
const NOT_CREDENTIAL = /^(TOKENIZERS?_|.*_TOKENS$|MAX_.*TOKENS?$|.*TOKENIZER)/i;
const ENV_BLOCKS = ['env', 'envs', 'environment', 'env_vars', 'environment_variables', 'Environment', 'environmentVariables'];
const INTERPOLATION = /\$\{(?:oc\.env:|env:)?([A-Za-z_][A-Za-z0-9_]*)(?:[,:}][^}]*)?\}?|\$([A-Z_][A-Z0-9_]*)\b/g;

const TRACKER_CREDENTIAL: Record<string, string> = {
  wandb: 'WANDB_API_KEY', comet_ml: 'COMET_API_KEY', neptune: 'NEPTUNE_API_TOKEN', mlflow: 'MLFLOW_TRACKING_TOKEN', clearml: 'CLEARML_API_SECRET_KEY', swanlab: 'SWANLAB_API_KEY',
};

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name) && !NOT_CREDENTIAL.test(name);
}

/** Environment blocks of a config (TRL `env:`, SkyPilot `envs:`, SageMaker `Environment`...). */
export function envBlockEntries(root: TreeNode | undefined): MapEntry[] {
  const entries: MapEntry[] = [];
  for (const key of ENV_BLOCKS) {
    const block = mapGet(root, key);
    if (block?.kind === 'map') entries.push(...block.entries);
  }
  return entries;
}

/** Every credential the config uses: env-block keys, `${oc.env:X}` / `$X` references, and implied ones. */
export function credentialRefs(doc: ParsedDocument, root: TreeNode | undefined): CredentialRef[] {
  if (!root) return [];
  const refs: CredentialRef[] = [];
  for (const entry of envBlockEntries(root)) {
    if (isCredentialName(entry.key)) refs.push({ name: entry.key, start: entry.keyStart, end: entry.keyEnd, how: 'explicit' });
  }
  for (const { node } of walkScalarsBounded(root)) {
    if (typeof node.value !== 'string' || !node.value.includes('$')) continue;
    for (const m of node.value.matchAll(INTERPOLATION)) {
      const name = m[1] ?? m[2];
      if (name && isCredentialName(name)) refs.push({ name, start: node.start, end: node.end, how: 'explicit' });
    }
  }
  for (const use of trackerUses(root)) {
    const name = TRACKER_CREDENTIAL[use.tracker];
    if (name) refs.push({ name, start: use.start, end: use.end, how: 'implied' });
  }
  for (const push of hubPushes(doc, root)) refs.push({ name: 'HF_TOKEN', start: push.start, end: push.end, how: 'implied' });
  // One explicit finding per credential name (an env entry and its own `${oc.env:X}` value are one use).
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.how === 'explicit' ? r.name : `${r.name}@${r.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
