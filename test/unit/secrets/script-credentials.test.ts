import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets, ids } from './helpers';

// Built here so that no file holds a whole token-shaped string.
const PAT = ['github', 'pat', 'EphGRutGAdtrrsGQNduKwv'].join('_') + '_vpYvB5LRu0Up2Am2q748AdqQX58b63PUya1V648jB8FaO9n9AWj6NdboiPk';
const PASSWORD = 'L8jqW2xZ9vKp4Rt7Ny';

test('a reference on one line of a script does not hide a token on another', () => {
  const workflow = `jobs:\n  t:\n    steps:\n      - run: |\n          git push https://x-access-token:${PAT}@github.com/o/r.git HEAD:results\n          git config --global url."https://\${GH_PAT}@github.com/".insteadOf "https://github.com/"\n`;
  assert.deepEqual(ids(secrets('.github/workflows/train.yml', workflow)), ['secrets/github-fine-grained-pat']);
  assert.deepEqual(secrets('.github/workflows/train.yml', 'jobs:\n  t:\n    steps:\n      - run: |\n          git push https://x-access-token:${{ secrets.GH_PAT }}@github.com/o/r.git\n          echo ${GH_PAT}\n'), []);
  assert.deepEqual(secrets('config.yaml', 'hub_token: ${oc.env:HF_TOKEN}\napi_key: "${OPENAI_API_KEY}"\n'), []);
});

test('Redis passwords given as flags of a compose command are reported', () => {
  const compose = `services:\n  cache:\n    command: ["redis-server", "--requirepass", "${PASSWORD}"]\n  replica:\n    command: redis-server --masterauth ${PASSWORD} --maxmemory 2gb\n`;
  assert.deepEqual(secrets('docker-compose.yml', compose).map((h) => h.ruleId), ['secrets/generic-password', 'secrets/generic-password']);
  assert.deepEqual(secrets('docker-compose.yml', 'services:\n  cache:\n    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n'), []);
});
