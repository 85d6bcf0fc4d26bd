import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

/**
 * Django REST Framework and Label Studio tokens are 40 hexadecimal characters; a random one has
 * about 3.6 bits of entropy per character, below the bar of a scheme word alone (3.8).
 */
const HEX_TOKEN = '06b7d602bcb7b99d5f575b891b5f047083c55d14';
/** SHA-1 of "The quick brown fox jumps over the lazy dog": a digest, 3.7 bits per character. */
const SHA1 = '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12';

test('a hexadecimal token after a named Authorization header is reported, whatever its scheme', () => {
  assert.deepEqual(secrets('docs/export.md', `curl -H "Authorization: Token ${HEX_TOKEN}" \\\n  https://labelstudio.internal/api/projects/3/export\n`),
    [{ ruleId: 'secrets/authorization-header', text: HEX_TOKEN }]);
  assert.deepEqual(secrets('notes.txt', `headers = {"Authorization": "Bearer ${HEX_TOKEN}", "Content-Type": "application/json"}\n`),
    [{ ruleId: 'secrets/authorization-header', text: HEX_TOKEN }]);
  assert.deepEqual(secrets('client.yaml', `headers:\n  Authorization: Token ${HEX_TOKEN}\n`).map((h) => h.ruleId), ['secrets/authorization-header']);
});

test('header placeholders and references, and a scheme word before a digest in prose, stay silent', () => {
  const lines = [
    'curl -H "Authorization: Token <your-label-studio-token>" https://labelstudio.internal/api/projects',
    'curl -H "Authorization: Token ${LABEL_STUDIO_TOKEN}" https://labelstudio.internal/api/projects',
    'headers = {"Authorization": f"Token {token}"}',
    'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    `The token ${SHA1} is the checksum of the shard.`,
    `Cache token ${HEX_TOKEN} was evicted.`,
  ];
  assert.deepEqual(secrets('notes.md', `${lines.join('\n')}\n`), []);
});
