// Prints the fix coverage table (format x provider), measured by running the engine: for each
// sample file the whole-file fix is planned and applied, the result is re-checked (no secret left,
// value gone, still parseable), and each provider's store route is checked (value on stdin only).
// Run: npx tsx scripts/fix-coverage.ts
import { PolicySchema, SECRET_PROVIDERS } from '../schemas/policy';
import { checkDocument } from '../server/src/engine/check-document';
import { planFileFixFor } from '../server/src/engine/fixes/plan-fix';
import { PROVIDERS, referenceFor, resolveSecretsSettings } from '../server/src/engine/fixes/providers';
import { applyEdits } from '../server/src/engine/fixes/text-edit';
import { parseDocument } from '../server/src/engine/parse/parse-document';

const HF = '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';
const WANDB = '3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';
const SAMPLES: { name: string; path: string; text: string }[] = [
  { name: 'Axolotl', path: 'a.yaml', text: `base_model: x/y\nsequence_len: 1\nmicro_batch_size: 1\nhub_token: ${HF}\nwandb_api_key: ${WANDB}\n` },
  { name: 'LLaMA-Factory', path: 'l.yaml', text: `model_name_or_path: x/y\nstage: sft\nfinetuning_type: lora\ntemplate: llama3\nhf_hub_token: ${HF}\n` },
  { name: 'torchtune', path: 't.yaml', text: `model:\n  _component_: torchtune.models.llama3.lora_llama3_8b\ntokenizer:\n  _component_: a.b\n  hf_token: ${HF}\noutput_dir: /tmp\n` },
  { name: 'TRL', path: 'r.yaml', text: `model_name_or_path: x/y\nlearning_rate: 1.0e-5\noutput_dir: o\nper_device_train_batch_size: 1\nhub_token: ${HF}\n` },
  { name: 'TRL env: block', path: 'e.yaml', text: `model_name_or_path: x/y\nlearning_rate: 1.0e-5\noutput_dir: o\nper_device_train_batch_size: 1\nenv:\n  HF_TOKEN: ${HF}\n  WANDB_API_KEY: ${WANDB}\n` },
  { name: 'mistral-finetune', path: 'm.yaml', text: `model_id_or_path: /models/7b\nrun_dir: /runs/a\nseq_len: 1\nbatch_size: 1\nmax_steps: 1\nwandb:\n  project: p\n  key: ${WANDB}\n` },
  { name: 'launcher (SkyPilot envs:)', path: 's.yaml', text: `name: ft\nresources:\n  accelerators: A100:1\nenvs:\n  HF_TOKEN: ${HF}\nrun: train\n` },
  { name: 'SageMaker job', path: 'j.json', text: `{"TrainingJobName": "a", "RoleArn": "arn:aws:iam::1:role/r", "AlgorithmSpecification": {"TrainingImage": "i"}, "ResourceConfig": {"InstanceCount": 1}, "Environment": {"HF_TOKEN": "${HF}"}}\n` },
  { name: 'Together job', path: 'g.json', text: `{"model": "m", "training_file": "file-1", "n_epochs": 1, "n_checkpoints": 1, "wandb_api_key": "${WANDB}"}\n` },
  { name: 'Vertex custom job', path: 'v.json', text: `{"displayName": "a", "jobSpec": {"workerPoolSpecs": [{"containerSpec": {"imageUri": "i", "env": [{"name": "HF_TOKEN", "value": "${HF}"}]}}]}}\n` },
];

const settings = (id: string) => resolveSecretsSettings(PolicySchema.parse({ secrets: { provider: id, azure: { vaultName: 'kv' } } }).secrets);
const providerCell = (id: string): string => {
  const provider = PROVIDERS[id as keyof typeof PROVIDERS];
  const s = settings(id);
  const commands = provider.storeCommands?.('HF_TOKEN', HF, s) ?? [];
  const stdinOnly = commands.every((c) => c.stdin.includes(HF) && !c.args.some((a) => a.includes(HF)));
  const route = commands.length > 0 && stdinOnly ? `${provider.cli} stdin` : 'env file';
  return referenceFor(provider, 'HF_TOKEN', s).length > 0 ? route : '✗';
};

const header = ['format (detected)', 'file edit', 'verified', ...SECRET_PROVIDERS];
const rows: string[][] = [];
let ok = 0;
for (const sample of SAMPLES) {
  const format = parseDocument(sample).format;
  const plan = planFileFixFor(sample, PolicySchema.parse({}));
  const after = applyEdits(sample.text, plan.edits(plan.moves.map((m) => m.variable)));
  const result = checkDocument({ path: sample.path, text: after });
  const verified = plan.moves.length > 0 && !result.findings.some((f) => f.ruleId.startsWith('secrets/') || f.ruleId === 'governance/unparseable-file')
    && !after.includes(HF) && !after.includes(WANDB);
  if (verified) ok++;
  const edits = [...new Set(plan.moves.map((m) => m.strategy))].join(', ') || 'none';
  rows.push([`${sample.name} (${format})`, edits, verified ? '✓' : '✗', ...SECRET_PROVIDERS.map((id) => (verified ? providerCell(id) : '—'))]);
}
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\n${ok}/${SAMPLES.length} formats fixed and verified; ${SECRET_PROVIDERS.length} providers; ` +
  '"<cli> stdin" = stored through the CLI with the value on stdin when installed, trusted and confirmed (else the git-ignored env file).');
