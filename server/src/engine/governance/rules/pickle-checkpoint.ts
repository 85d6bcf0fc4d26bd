import type { RuleMeta } from '../../types';
import { entriesNamed, isFalse, isTrue, stringItems, walkEntries } from '../config-entries';
import { finding, type GovernanceRule } from '../governance-rule';
import { isTrainingConfig } from '../refs/extract-dataset-refs';

const meta: RuleMeta = {
  id: 'governance/pickle-checkpoint',
  family: 'governance',
  title: 'Checkpoints in a pickle format',
  description: 'The config writes or loads checkpoints in Python\'s pickle format (`save_safetensors: false`, `export_legacy_format: true`, or `.bin` / `.pt` / `.pth` / `.pkl` / `.ckpt` checkpoint files). Loading a pickle can execute arbitrary code, even with `weights_only=True` on older PyTorch versions (CVE-2025-32434), so a tampered checkpoint compromises every machine that loads it. Use safetensors. Allowed by `models.allowPickleCheckpoints: true`.',
  defaultSeverity: 'warning',
  standards: { owaspLlm: ['LLM03:2025 Supply Chain', 'LLM04:2025 Data and Model Poisoning'], nistCsf: ['PR.DS-10', 'GV.SC-07'] },
};

const PICKLE_FILE = /\.(bin|pt|pth|pkl|pickle|ckpt)$/i;
const CHECKPOINT_KEYS = new Set(['checkpoint_files', 'recipe_checkpoint', 'adapter_checkpoint', 'resume_from_checkpoint', 'filename_format', 'lora_model_dir', 'adapter_name_or_path', 'checkpoint_path']);

export const pickleCheckpoint: GovernanceRule = {
  meta,
  check({ doc, root, gov }) {
    if (gov.models.allowPickleCheckpoints || !isTrainingConfig(doc)) return [];
    const findings = [
      ...entriesNamed(root, ['save_safetensors']).filter((f) => isFalse(f.entry.value))
        .map((f) => finding(meta, '`save_safetensors: false` writes checkpoints as pickle files, which run code when loaded; use safetensors.', f.entry.start, f.entry.end)),
      ...entriesNamed(root, ['export_legacy_format']).filter((f) => isTrue(f.entry.value))
        .map((f) => finding(meta, '`export_legacy_format: true` exports the model as pickle `.bin` files, which run code when loaded; use safetensors.', f.entry.start, f.entry.end)),
    ];
    for (const { entry } of walkEntries(root)) {
      if (!CHECKPOINT_KEYS.has(entry.key)) continue;
      const files = stringItems(entry.value).filter((i) => PICKLE_FILE.test(i.value.replace(/\{[^}]*\}/g, '')));
      if (files.length > 0) {
        const names = [...new Set(files.map((f) => `\`${f.value.split('/').pop()}\``))].slice(0, 3).join(', ');
        findings.push(finding(meta, `\`${entry.key}\` loads pickle checkpoint file(s) ${names}, which can run code when loaded; convert them to safetensors.`, files[0].node.start, files[files.length - 1].node.end));
      }
    }
    return findings;
  },
};
