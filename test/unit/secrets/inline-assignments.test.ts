import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const OPAQUE = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK';

test('assignments inside scripts and command lines are judged by the name they assign to', () => {
  const launcher = `resources:\n  accelerators: A100:8\nrun: |\n  export WANDB_API_KEY=${WANDB}\n  python train.py --hub_token ${OPAQUE} --max_tokens 4096\n`;
  assert.deepEqual(secrets('sky.yaml', launcher), [
    { ruleId: 'secrets/wandb-api-key', text: WANDB },
    { ruleId: 'secrets/huggingface-token', text: OPAQUE },
  ]);
  assert.deepEqual(secrets('notes.txt', `client = OpenAI(api_key="${OPAQUE}")\n`), [{ ruleId: 'secrets/generic-api-key', text: OPAQUE }]);
  assert.deepEqual(secrets('job.toml', `[job]\nrun = "WANDB_API_KEY=${WANDB} python train.py"\n`), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
  assert.deepEqual(secrets('README.md', `Launch with \`HUGGING_FACE_HUB_TOKEN=${OPAQUE} accelerate launch train.py\`.\n`).map((h) => h.text), [OPAQUE]);
});

test('flags and assignments that are not credentials, or hold references and placeholders, stay silent', () => {
  const lines = [
    'python train.py --max_tokens 4096 --model_name_or_path meta-llama/Meta-Llama-3-8B --learning_rate 2e-5 --output_dir ./outputs/run-1',
    'python train.py --hub_token $HF_TOKEN --wandb_api_key "${WANDB_API_KEY}"',
    'export HF_TOKEN="<your token here>" WANDB_API_KEY=your-wandb-api-key',
    'git checkout revision=7f3c2a9b1e4d8f6a0c5b3e7d9f1a2c4b6e8d0f3a sha256=9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c1b3d5f7e9a2c4b6d8f0e1a3c5b7d9f2e',
    'tokenizer(text, max_length=2048, padding="max_length", truncation=True, pad_token="<|end_of_text|>")',
    'docker run -e HF_TOKEN -e WANDB_API_KEY --gpus all -v /data:/data trainer:latest',
    'see https://huggingface.co/docs/hub/security-tokens?token=learn-more#user-access-tokens',
  ];
  const script = `run: |\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  assert.deepEqual(secrets('sky.yaml', script), []);
  assert.deepEqual(secrets('notes.txt', `${lines.join('\n')}\n`), []);
});
