import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const WANDB = '126d6bbe6639302dc44e1b501230c137fe936e24';
const HF = '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';
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const SHA1 = '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12';

test('a commented-out credential in a YAML config is still in the file', () => {
  const config = `base_model: meta-llama/Llama-3.1-8B\n# hf_token: ${HF}\nwandb_project: tone\n    # wandb_api_key: ${WANDB}\n`;
  assert.deepEqual(secrets('configs/train.yaml', config), [
    { ruleId: 'secrets/huggingface-token', text: HF },
    { ruleId: 'secrets/wandb-api-key', text: WANDB },
  ]);
});

test('a comment or a line of prose that names a credential before a colon labels the value after it', () => {
  assert.deepEqual(secrets('configs/train.yaml', `base_model: x\n# wandb key for the shared runner: ${WANDB}\n`), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
  assert.deepEqual(secrets('.env', `# wandb key for the shared runner: ${WANDB}\nWANDB_PROJECT=tone\n`), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
  assert.deepEqual(secrets('NOTES.md', `The W&B setup is done.\nOur wandb API key: ${WANDB}\n`), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
});

test('labels that name no credential, references and digests stay silent', () => {
  const comments = [
    `# sha256 for the shared runner: ${SHA256}`,
    `# commit for the shared runner: ${SHA1}`,
    `# cache key for the shared runner: ${SHA1}`,
    `# key fingerprint: ${SHA1}`,
    `# dataset key for the shared runner: ${SHA1}`,
    '# wandb key for the shared runner: ${WANDB_API_KEY}',
    '# wandb key for the shared runner: <your-wandb-key>',
    '# run id for the wandb key: 3f2c8a1e-7b4d-4e9a-b5c6-1d2e3f4a5b6c',
    `# The wandb key for the runner is in the vault; its checksum: ${SHA1}`,
  ];
  assert.deepEqual(secrets('configs/train.yaml', `base_model: x\n${comments.join('\n')}\n`), []);
  assert.deepEqual(secrets('NOTES.md', `${comments.map((c) => c.slice(2)).join('\n')}\n`), []);
});
