import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets, ids } from './helpers';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const COMET = 'Hq4vT9zLw2Kx7NbR3mYp8cDfJ';

test('a unified-diff marker before an assignment does not hide it', () => {
  for (const marker of ['+', '-', ' ']) assert.deepEqual(ids(secrets('change.patch', `${marker}COMET_API_KEY=${COMET}\n`)), ['secrets/comet-api-key'], marker);
  assert.deepEqual(secrets('change.patch', `@@ -1,2 +1,2 @@\n+os.environ.setdefault("WANDB_API_KEY", "${WANDB}")\n`).map((h) => h.text), [WANDB]);
  assert.deepEqual(secrets('main.go', `os.Setenv("WANDB_API_KEY", "${WANDB}")\n`).map((h) => h.text), [WANDB]);
});

test('diff lines inside dataset records and CSV cells are read as assignments', () => {
  const record = JSON.stringify({ diff: `@@ -3,3 +3,3 @@\n-API_KEY = os.environ["WANDB_API_KEY"]\n+os.environ.setdefault("WANDB_API_KEY", "${WANDB}")\n def main():` });
  assert.deepEqual(secrets('reviews.jsonl', `${record}\n`).map((h) => h.text), [WANDB]);
  assert.deepEqual(secrets('commits.csv', `sha,author,message,diff\n3e0f9a1,okim,fix upload,+COMET_API_KEY=${COMET}\n`).map((h) => h.text), [COMET]);
  assert.deepEqual(secrets('commits.csv', `sha,author,message,diff\n3e0f9a1,okim,fix upload,-COMET_API_KEY=${COMET}\n`).map((h) => h.text), [COMET]);
});

test('list items, prose with + and -, and hyphenated words are not read as diff assignments', () => {
  const text = [
    '- comet_api_key: set in the dashboard under settings',
    '+ added retries: exponential backoff for uploads',
    `- see the runbook:${COMET} is the ticket id`,
    `os.environ.setdefault("WANDB_API_KEY", os.environ["HF_TOKEN"])`,
    `+os.environ.setdefault("WANDB_API_KEY", "\${WANDB_KEY}")`,
  ].join('\n');
  assert.deepEqual(secrets('notes.txt', `${text}\n`), []);
  assert.deepEqual(secrets('notes.yaml', `steps:\n  - comet_api_key\n  - run: echo done\n`), []);
});
