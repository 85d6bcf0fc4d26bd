import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const SYMBOLS = '&nx96rT#q2Lm$w8Zp!k4V';
const SLASHED = '/36xO1qLp9ZvT3kWm7RbYc2Nd8FhJs4G';

test('random credentials with symbols or a leading slash under a credential key are reported', () => {
  assert.deepEqual(secrets('config.yaml', `base_model: meta-llama/Llama-3.1-8B\nwebhook_secret: "${SYMBOLS}"\n`), [{ ruleId: 'secrets/generic-api-key', text: SYMBOLS }]);
  assert.deepEqual(secrets('job.json', JSON.stringify({ secret_key: SYMBOLS })), [{ ruleId: 'secrets/generic-api-key', text: SYMBOLS }]);
  const env = secrets('.env.local', `MODEL=llama\nAUTH_TOKEN='${SLASHED}'\n`);
  assert.deepEqual(env.map((h) => h.text), [SLASHED]);
  assert.deepEqual(secrets('config.yaml', `api_key: ${SLASHED}\n`), [{ ruleId: 'secrets/generic-api-key', text: SLASHED }]);
});

test('paths, references and words joined by symbols under credential keys stay silent', () => {
  const values = [
    '/run/secrets/hf_token', '/home/ubuntu/.cache/huggingface/token', '/etc/ssl/private/server.key', '/v1/oauth2/token',
    '/mnt/data/Llama3Model/adapter', '#/components/securitySchemes/ApiKeyAuth', '${oc.env:API_KEY}', '%API_SECRET_KEY%',
    '********************', 'replace-me@deploy-time!!', 'change&me&before&release', '$(cat /run/secrets/api_key)',
  ];
  for (const value of values) {
    for (const key of ['api_key', 'secret_key', 'webhook_secret', 'auth_token']) {
      assert.deepEqual(secrets('config.yaml', `${key}: ${JSON.stringify(value)}\n`), [], `${key}: ${value}`);
    }
  }
});

test('a lower-case random value after a slash is no path: a path has a second segment, or a name of letters', () => {
  const lower = '/a9f3k2m8q1z7x4c6v5b0n2m7q8w3e5r';
  assert.deepEqual(secrets('.env', `SECRET_KEY=${lower}\n`).map((h) => h.text), [lower]);
  assert.deepEqual(secrets('.env', 'SECRET_KEY_FILE=/run/secrets/hf_token\nTOKEN_DIR=/data\n'), []);
});
