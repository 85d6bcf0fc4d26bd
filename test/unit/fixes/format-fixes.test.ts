import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../../schemas/policy';
import { checkDocument } from '../../../server/src/engine/check-document';
import { planFileFixFor } from '../../../server/src/engine/fixes/plan-fix';
import { applyEdits } from '../../../server/src/engine/fixes/text-edit';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';

const HF = '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';
const HF2 = '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';
const WANDB = '3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';

/** Plan the whole file, apply with the proposed variables, and return what a user would see. */
function fixAll(path: string, text: string) {
  const plan = planFileFixFor({ path, text }, DEFAULT_POLICY);
  const after = applyEdits(text, plan.edits(plan.moves.map((m) => m.variable)));
  const remaining = checkDocument({ path, text: after }).findings.filter((f) => f.ruleId.startsWith('secrets/'));
  return { plan, after, remaining, format: parseDocument({ path, text }).format };
}

test('torchtune (OmegaConf) gets ${oc.env:VAR} in place of the value', () => {
  const text = `model:\n  _component_: torchtune.models.llama3.lora_llama3_8b\ntokenizer:\n  _component_: torchtune.models.llama3.llama3_tokenizer\n  path: /tmp/tokenizer.model\n  hf_token: ${HF}\ncheckpointer:\n  _component_: torchtune.training.FullModelHFCheckpointer\noutput_dir: /tmp/out\n`;
  const { plan, after, remaining, format } = fixAll('recipe.yaml', text);
  assert.equal(format, 'torchtune');
  assert.equal(plan.moves[0].strategy, 'interpolate');
  assert.equal(after, text.replace(HF, '${oc.env:HF_TOKEN}'));
  assert.match(plan.moves[0].describe('HF_TOKEN'), /\$\{oc\.env:HF_TOKEN\}/);
  assert.deepEqual(remaining, []);
});

test('Axolotl: the field is removed and HF_TOKEN is supplied at launch; the title says so', () => {
  const text = `base_model: NousResearch/Meta-Llama-3-8B\nsequence_len: 4096\nmicro_batch_size: 2\nsample_packing: true\nhub_token: ${HF}\nwandb_project: demo\nwandb_api_key: ${WANDB}\nlearning_rate: 0.0002\n`;
  const { plan, after, remaining, format } = fixAll('axolotl.yaml', text);
  assert.equal(format, 'axolotl');
  assert.deepEqual(plan.moves.map((m) => [m.variable, m.strategy]), [['HF_TOKEN', 'remove-field'], ['WANDB_API_KEY', 'remove-field']]);
  assert.equal(after, `base_model: NousResearch/Meta-Llama-3-8B\nsequence_len: 4096\nmicro_batch_size: 2\nsample_packing: true\nwandb_project: demo\nlearning_rate: 0.0002\n`);
  assert.equal(plan.moves[0].describe('HF_TOKEN'), 'remove `hub_token` and supply HF_TOKEN at launch');
  assert.deepEqual(remaining, []);
});

test('LLaMA-Factory (JSON): the property goes with its comma', () => {
  const text = `{\n  "model_name_or_path": "meta-llama/Meta-Llama-3-8B",\n  "stage": "sft",\n  "finetuning_type": "lora",\n  "template": "llama3",\n  "hf_hub_token": "${HF}",\n  "cutoff_len": 1024\n}\n`;
  const { after, remaining, format } = fixAll('llama.json', text);
  assert.equal(format, 'llama-factory');
  assert.equal(after, `{\n  "model_name_or_path": "meta-llama/Meta-Llama-3-8B",\n  "stage": "sft",\n  "finetuning_type": "lora",\n  "template": "llama3",\n  "cutoff_len": 1024\n}\n`);
  assert.deepEqual(remaining, []);
  JSON.parse(after);
});

test("TRL's env: block entries move out, and an emptied block goes entirely", () => {
  const text = `model_name_or_path: Qwen/Qwen2-0.5B\nlearning_rate: 2.0e-5\nper_device_train_batch_size: 8\noutput_dir: out\nenv:\n  HUGGING_FACE_HUB_TOKEN: ${HF}\n  WANDB_API_KEY: ${WANDB}\nbf16: true\n`;
  const { plan, after, remaining, format } = fixAll('trl.yaml', text);
  assert.equal(format, 'trl');
  assert.deepEqual(plan.moves.map((m) => [m.variable, m.strategy]), [['HUGGING_FACE_HUB_TOKEN', 'env-block'], ['WANDB_API_KEY', 'env-block']]);
  assert.equal(after, `model_name_or_path: Qwen/Qwen2-0.5B\nlearning_rate: 2.0e-5\nper_device_train_batch_size: 8\noutput_dir: out\nbf16: true\n`);
  assert.deepEqual(remaining, []);

  const partial = text.replace(`  WANDB_API_KEY: ${WANDB}\n`, '  WANDB_PROJECT: demo\n');
  const kept = fixAll('trl.yaml', partial);
  assert.equal(kept.after, partial.replace(`  HUGGING_FACE_HUB_TOKEN: ${HF}\n`, ''), 'other env entries stay');
});

test('a SkyPilot launcher keeps the name with no value, passed at launch', () => {
  const text = `name: finetune\nresources:\n  accelerators: A100:1\nenvs:\n  HF_TOKEN: ${HF}\n  MODEL: llama\nsetup: pip install axolotl\nrun: axolotl train cfg.yaml\n`;
  const { plan, after, remaining, format } = fixAll('sky.yaml', text);
  assert.equal(format, 'launcher');
  assert.equal(plan.moves[0].strategy, 'launch-env');
  assert.equal(after, text.replace(HF, 'null'));
  assert.match(plan.moves[0].describe('HF_TOKEN'), /--env HF_TOKEN/);
  assert.deepEqual(remaining, []);
});

test('a job spec gets ${VAR}, expanded when the job is submitted', () => {
  const text = `{\n  "TrainingJobName": "ft-1",\n  "RoleArn": "arn:aws:iam::123456789012:role/sm",\n  "AlgorithmSpecification": { "TrainingImage": "img", "TrainingInputMode": "File" },\n  "ResourceConfig": { "InstanceType": "ml.g5.2xlarge", "InstanceCount": 1, "VolumeSizeInGB": 50 },\n  "Environment": { "HF_TOKEN": "${HF}" }\n}\n`;
  const { plan, after, remaining, format } = fixAll('job.json', text);
  assert.equal(format, 'sagemaker-job');
  assert.equal(plan.moves[0].strategy, 'placeholder');
  assert.equal(after, text.replace(HF, '${HF_TOKEN}'));
  assert.deepEqual(remaining, []);
});

test('many secrets in one file become one edit set; a conflicting variable name is honoured in the edit', () => {
  const text = `model:\n  _component_: torchtune.models.llama3.lora_llama3_8b\ntokenizer:\n  _component_: torchtune.models.llama3.llama3_tokenizer\n  hf_token: ${HF}\ncheckpointer:\n  _component_: torchtune.training.FullModelHFCheckpointer\n  hf_token: ${HF2}\noutput_dir: /tmp/out\n`;
  const plan = planFileFixFor({ path: 'r.yaml', text }, DEFAULT_POLICY);
  assert.equal(plan.moves.length, 2);
  // The store answered HF_TOKEN_2 for the second value (the name already held the first).
  const after = applyEdits(text, plan.edits(['HF_TOKEN', 'HF_TOKEN_2']));
  assert.ok(after.includes('hf_token: ${oc.env:HF_TOKEN}\n') && after.includes('hf_token: ${oc.env:HF_TOKEN_2}\n'));
  assert.ok(!after.includes(HF) && !after.includes(HF2));
});

test('nothing is offered where the edit could not be clean (list item first key)', () => {
  const text = `base_model: x\nsequence_len: 1\nmicro_batch_size: 1\ntokens:\n  - hub_token: ${HF}\n`;
  assert.equal(planFileFixFor({ path: 'a.yaml', text }, DEFAULT_POLICY).moves.length, 0);
});
