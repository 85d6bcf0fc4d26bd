import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import type { FormatId } from '../../../server/src/engine/types';

/** Files that share keys with another format: each must still get its own id. */
const CASES: [string, string, string, FormatId][] = [
  ['Axolotl config pointing at a DeepSpeed file and with an FSDP section', 'train.yaml',
    'base_model: Qwen/Qwen2.5-7B\ndatasets:\n  - path: a/b\n    type: alpaca\nsequence_len: 2048\nmicro_batch_size: 1\ndeepspeed: deepspeed_configs/zero3_bf16.json\nfsdp_config:\n  fsdp_offload_params: true\n', 'axolotl'],
  ['Axolotl config on an Unsloth-quantised base model', 'train.yaml',
    'base_model: unsloth/Meta-Llama-3.1-8B-bnb-4bit\nload_in_4bit: true\nadapter: qlora\nlora_r: 16\nsequence_len: 4096\nmicro_batch_size: 2\ndatasets:\n  - path: a/b\n    type: alpaca\n', 'axolotl'],
  ['LLaMA-Factory config with a DeepSpeed reference and TrainingArguments', 'sft.yaml',
    'model_name_or_path: Qwen/Qwen3-4B\nstage: sft\ndo_train: true\nfinetuning_type: lora\ndataset: alpaca_en_demo\ntemplate: qwen3\ndeepspeed: examples/deepspeed/ds_z3_config.json\nper_device_train_batch_size: 1\nlearning_rate: 1.0e-4\nnum_train_epochs: 3.0\nbf16: true\noutput_dir: saves/x\n', 'llama-factory'],
  ['Accelerate config with an embedded DeepSpeed section', 'zero3.yaml',
    'compute_environment: LOCAL_MACHINE\ndeepspeed_config:\n  zero_stage: 3\n  offload_optimizer_device: none\ndistributed_type: DEEPSPEED\nnum_processes: 8\nmixed_precision: bf16\n', 'accelerate'],
  ['Together job (OpenAI-like training_file and model)', 'job.json',
    '{"training_file": "file-123", "model": "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", "n_epochs": 3, "lora": true, "suffix": "x"}', 'together-job'],
  ['OpenAI job written as YAML', 'job.yaml',
    'model: gpt-4o-mini-2024-07-18\ntraining_file: file-abc123\nhyperparameters:\n  n_epochs: 2\n', 'openai-job'],
  ['OpenAI-style body for an Azure endpoint', 'job.json',
    '{"model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc", "api_version": "2024-10-21"}', 'azure-openai-job'],
  ['Classic (non-LLM) Ludwig config', 'model.yaml',
    'input_features:\n  - name: review\n    type: text\noutput_features:\n  - name: sentiment\n    type: category\ncombiner:\n  type: concat\n', 'ludwig'],
  ['Flat Unsloth config', 'unsloth.yaml',
    'model_name: unsloth/Qwen3-14B\nmax_seq_length: 2048\nload_in_4bit: true\nr: 32\nlora_alpha: 32\nuse_gradient_checkpointing: unsloth\n', 'unsloth'],
  ['TRL config that only sets a few arguments and an env block', 'grpo.yaml',
    'model_name_or_path: Qwen/Qwen2-0.5B-Instruct\ndataset_name: trl-lib/tldr\noutput_dir: out\nenv:\n  HF_HUB_ENABLE_HF_TRANSFER: "1"\n', 'trl'],
  ['Vertex custom job running a fine-tuning container', 'job.json',
    '{"displayName": "ft", "jobSpec": {"workerPoolSpecs": [{"machineSpec": {"machineType": "a2-highgpu-1g"}, "replicaCount": 1, "containerSpec": {"imageUri": "us-docker.pkg.dev/x/y", "env": [{"name": "HF_HOME", "value": "/tmp"}]}}]}}', 'vertex-job'],
  ['Ray job spec with runtime_env', 'ray-job.yaml',
    'entrypoint: python train.py\nruntime_env:\n  working_dir: .\n  env_vars:\n    WANDB_PROJECT: x\n', 'launcher'],
  ['Croissant 1.1 metadata', 'metadata.json',
    '{"@context": {"@vocab": "https://schema.org/", "cr": "http://mlcommons.org/croissant/"}, "@type": "sc:Dataset", "name": "x", "conformsTo": "http://mlcommons.org/croissant/1.1", "distribution": []}', 'croissant'],
  ['A .tuneguard.yml policy', '.tuneguard.yml', 'version: 1\n', 'tuneguard-policy'],
];

for (const [what, path, text, format] of CASES) {
  test(`${what} -> ${format}`, () => assert.equal(parseDocument({ path, text }).format, format));
}

const UNKNOWN: [string, string, string][] = [
  ['Kubernetes Job', 'job.yaml', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: train\nspec:\n  template:\n    spec:\n      containers:\n        - name: t\n          image: x\n          env:\n            - name: HF_TOKEN\n              value: x\n'],
  ['GitHub Actions workflow', 'ci.yml', 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'],
  ['schema.org Dataset that is not Croissant', 'ld.json', '{"@context": "https://schema.org/", "@type": "Dataset", "name": "x", "distribution": []}'],
  ['Markdown without front matter', 'README.md', '# Project\n\nlicense: mit\n'],
  ['Empty YAML', 'empty.yaml', ''],
  ['YAML that only looks like a policy key set but is not versioned', 'settings.yaml', 'rules:\n  x: y\nsecrets:\n  a: b\n'],
  ['Plain JSON settings', 'settings.json', '{"editor.tabSize": 2, "files.exclude": {}}'],
];

for (const [what, path, text] of UNKNOWN) {
  test(`${what} stays unknown`, () => assert.equal(parseDocument({ path, text }).format, 'unknown'));
}
