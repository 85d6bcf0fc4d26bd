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

test("a database client's glued -p password and curl's user:password are passwords; a bare -p asks for one", () => {
  const other = 'Qm7tR2vX9pL4wK8z';
  const script = `run: |\n  mysql -h db.rds.amazonaws.com -u ml -p${PASSWORD} ftmeta\n  curl -s --user admin:${other} https://registry.acme.io\n  mysql -u root -p mydb\n  curl -u "$USER:$TOKEN" https://x.io\n`;
  assert.deepEqual(secrets('job.yaml', script).map((h) => [h.ruleId, h.text]), [['secrets/generic-password', PASSWORD], ['secrets/generic-password', other]]);
  const history = `ts,cmd\n1,"mysql -h db -u ml -p${PASSWORD} ftmeta"\n2,"ls -la"\n`;
  assert.deepEqual(secrets('data/shell_history.csv', history).map((h) => h.text), [PASSWORD]);
});

test("a credential's name given its value in a sentence (`my WANDB_API_KEY is …`) is an assignment; prose about a key is not", () => {
  const wandb = '7eb3a1c2e8b7d6f5a4e3c2b1a0f9e8d7c6b5a4f3';
  const record = (content: string) => `${JSON.stringify({ messages: [{ role: 'user', content }] })}\n`;
  assert.deepEqual(secrets('data/chat.jsonl', record(`my WANDB_API_KEY is ${wandb} can you check why it fails`)).map((h) => h.ruleId), ['secrets/wandb-api-key']);
  assert.deepEqual(secrets('data/chat.jsonl', record('the api_key is expired, can you check')), []);
  assert.deepEqual(secrets('data/chat.jsonl', record('my WANDB_API_KEY is set in the environment')), []);
});

test('a markdown table listing variables and their values: the value cell is read under the name', () => {
  const wandb = '7eb3a1c2e8b7d6f5a4e3c2b1a0f9e8d7c6b5a4f3';
  const doc = `# Post-mortem\n\n| Variable | Value | Rotated |\n|---|---|---|\n| WANDB_API_KEY | \`${wandb}\` | yes |\n| HF_HOME | \`/data/hf-cache\` | no |\n| OPENAI_API_KEY | \`\${OPENAI_API_KEY}\` | no |\n`;
  assert.deepEqual(secrets('docs/postmortem.md', doc).map((h) => [h.ruleId, h.text]), [['secrets/wandb-api-key', wandb]]);
});

test('API clients\' key/value lists (Postman, Insomnia) name their values; CloudFormation NoEcho and Terraform sensitive values are passwords', () => {
  const postman = JSON.stringify({ item: [{ request: { url: { query: [{ key: 'api_key', value: 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK' }] } } }], variable: [{ key: 'base_url', value: 'https://api.acme.io/v1/models', type: 'string', enabled: true }] });
  assert.deepEqual(secrets('collection.postman_collection.json', postman).map((h) => h.text), ['Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK']);
  const template = `Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: "${PASSWORD}"\n  Stage:\n    Type: String\n    Default: "production-eu-west-1"\n`;
  assert.deepEqual(secrets('template.yaml', template).map((h) => h.text), [PASSWORD]);
  const outputs = JSON.stringify({ outputs: { db_password: { sensitive: true, value: PASSWORD, type: 'string' }, endpoint: { sensitive: false, value: 'db.internal.acme.io:5432' } } });
  assert.deepEqual(secrets('terraform.tfstate', outputs).map((h) => h.text), [PASSWORD]);
  assert.deepEqual(secrets('template.yaml', 'Parameters:\n  DbPassword:\n    NoEcho: true\n    Default: "{{resolve:secretsmanager:prod/db:SecretString:password}}"\n'), []);
});

test("PostgreSQL's password file lines and PGPASSWORD, in a .pgpass file or a runbook's code block; IPv6 addresses and times are none", () => {
  const runbook = `# Runbook\n\n\`\`\`bash\nPGPASSWORD='${PASSWORD}' psql -h mlflow-db.internal -U mlflow mlflow\n\`\`\`\n\n\`\`\`\nmlflow-db.internal:5432:mlflow:mlflow:Sup3rS3cr3t#1\n\`\`\`\n`;
  assert.deepEqual(secrets('docs/runbook.md', runbook).map((h) => h.text), [PASSWORD, 'Sup3rS3cr3t#1']);
  assert.deepEqual(secrets('.pgpass', `*:*:*:postgres:${PASSWORD}\n`).map((h) => h.text), [PASSWORD]);
  assert.deepEqual(secrets('docs/net.md', 'fe80:0:0:0:202:b3ff:fe1e:8329\nstarted 2024:01:15:10:30:45\n'), []);
});
