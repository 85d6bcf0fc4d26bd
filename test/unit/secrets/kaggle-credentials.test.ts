import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const KAGGLE_KEY = '3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e';

test("kaggle.json's key, and a key under a Kaggle name, are Kaggle API keys", () => {
  assert.deepEqual(secrets('.kaggle/kaggle.json', `${JSON.stringify({ username: 'annot', key: KAGGLE_KEY })}\n`), [{ ruleId: 'secrets/kaggle-api-key', text: KAGGLE_KEY }]);
  assert.deepEqual(secrets('.env', `KAGGLE_USERNAME=annot\nKAGGLE_KEY=${KAGGLE_KEY}\n`), [{ ruleId: 'secrets/kaggle-api-key', text: KAGGLE_KEY }]);
  assert.deepEqual(secrets('config.yaml', `kaggle:\n  username: annot\n  key: ${KAGGLE_KEY}\n`), [{ ruleId: 'secrets/kaggle-api-key', text: KAGGLE_KEY }]);
});

test('placeholders, and a `key` that is not beside a user name, are not Kaggle keys', () => {
  for (const text of [
    { username: 'annot', key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { username: 'annot', key: '${KAGGLE_KEY}' },
    { username: 'annot', key: 'd41d8cd98f00b204e9800998ecf8427e', size: 0 }, // an MD5 beside other fields
    { name: 'shard-0', key: KAGGLE_KEY },
    { username: 'annot', key: '3f2c8a1e-7b4d-4e9a-b5c6-1d2e3f4a5b6c' },
  ]) assert.deepEqual(secrets('kaggle.json', `${JSON.stringify(text)}\n`), [], JSON.stringify(Object.keys(text)));
});
