import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const WANDB = '126d6bbe6639302dc44e1b501230c137fe936e24';
const SHA1 = '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12';

const job = (args: string[]) => `apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: train\n          args:\n${args.map((a) => `            - ${a}`).join('\n')}\n`;

test('a flag alone in a list names the next item, its value (Kubernetes args, job commands)', () => {
  assert.deepEqual(secrets('deploy/k8s/train-job.yaml', job(['--config', '/cfg/train.yml', '--wandb_api_key', `"${WANDB}"`])), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
  assert.deepEqual(secrets('jobs/vertex.json', JSON.stringify({ args: ['--wandb_api_key', WANDB, '--seed', '42'] })), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
});

test('flags whose values are references, ids or digests, and values after non-credential flags, stay silent', () => {
  const args = ['--wandb_api_key', '"${WANDB_API_KEY}"', '--hub_token', '$(HF_TOKEN)', '--revision', SHA1, '--wandb_run_id', '3f2c8a1e-7b4d-4e9a-b5c6-1d2e3f4a5b6c', '--max_tokens', '4096', '--config', WANDB];
  assert.deepEqual(secrets('deploy/k8s/train-job.yaml', job(args)), []);
});
