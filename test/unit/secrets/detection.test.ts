import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, toBase62 } from '../../../server/src/engine/secrets/checks';
import { ids, secrets } from './helpers';

const body30 = 'Zq8Wm3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0';
const ghp = `ghp_${body30}${toBase62(crc32(body30), 6)}`;
const npm = `npm_${body30}${toBase62(crc32(body30), 6)}`;
const HF = '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';
const HEX40 = '3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c9e1b3d5f7a';

test('GitHub and npm tokens: a valid CRC32 checksum, or a random body (planted test tokens have none); a placeholder body is none', () => {
  assert.deepEqual(ids(secrets('a.env', `GH=${ghp}\nNPM=${npm}\n`)), ['secrets/github-pat', 'secrets/npm-access-token']);
  const random30 = 'h7Kd2PqX9mLw4Rt8Vb3Nc6Zy1Fg5Js';
  const broken = `ghp_${random30}${toBase62(crc32(random30) ^ 1, 6)}`;
  assert.deepEqual(ids(secrets('b.env', `GH_TOKEN=${broken}\nNOTE=npm_${random30}Q7xK2m\n`)), ['secrets/github-pat', 'secrets/npm-access-token']);
  assert.deepEqual(secrets('c.env', `GH_TOKEN=ghp_${'x'.repeat(36)}\nNPM=npm_${'A'.repeat(36)}\nGH2=ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n`), []);
});

test('context: a provider-less value under hub_token, a W&B key or a logger api_key is a finding; the same hex under revision or sha256 is not', () => {
  assert.deepEqual(ids(secrets('a.yaml', `wandb_api_key: ${HEX40}\n`)), ['secrets/wandb-api-key']);
  assert.deepEqual(secrets('a.yaml', `revision: ${HEX40}\nsha256: ${HEX40}\nbase_model_revision: ${HEX40}\n`), []);
  const torchtune = `metric_logger:\n  _component_: torchtune.training.metric_logging.WandBLogger\n  api_key: ${HEX40}\n  project: ft\n`;
  assert.deepEqual(ids(secrets('tt.yaml', torchtune)), ['secrets/wandb-api-key']);
  const comet = 'metric_logger:\n  _component_: torchtune.training.metric_logging.CometLogger\n  api_key: Qw8Er5Ty2Ui9Op3As6Df1Gh4J\n';
  assert.deepEqual(ids(secrets('tt.yaml', comet)), ['secrets/comet-api-key']);
  assert.deepEqual(ids(secrets('hub.yaml', 'hub_token: Zx81Qw3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0Mn\n')), ['secrets/huggingface-token']);
});

test('an env block and an Authorization header make a provider-less value a finding', () => {
  const launcher = 'resources:\n  accelerators: A100:8\nenvs:\n  FEATURE_STORE_TOKEN: Hck0yWFmyEXoJ2vzg1LumLm9oCXL8Ljfj\n  MODEL: llama\n';
  assert.deepEqual(ids(secrets('sky.yaml', launcher)), ['secrets/environment-variable-secret']);
  const headers = '{"endpoint": {"headers": {"Authorization": "Bearer Zx8Qw3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0MnB"}}}';
  const hits = secrets('job.json', headers);
  assert.deepEqual(hits, [{ ruleId: 'secrets/authorization-header', text: 'Bearer Zx8Qw3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0MnB' }]);
  assert.deepEqual(secrets('notes.txt', 'curl -H "Authorization: Bearer Zx8Qw3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0MnB" https://api'), [{ ruleId: 'secrets/authorization-header', text: 'Zx8Qw3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0MnB' }]);
});

test('never a finding: placeholders, references, documented examples, special tokens, booleans, SHAs, checksums, UUIDs, base64 images', () => {
  const text = [
    'hub_token: hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'api_key: <YOUR_TOKEN>', 'openai_api_key: sk-...', 'token: your-api-key',
    'wandb_api_key: ${oc.env:WANDB_API_KEY}', 'hf_token: ${HF_TOKEN}', 'secret: "{{ secrets.OPENAI_API_KEY }}"', 'client_secret: op://ml/openai/credential',
    'password: vault://secret/data/ml#password', 'api_key: arn:aws:secretsmanager:us-east-1:123456789012:secret:ml/openai-AbCdEf',
    'token: projects/ml-prod/secrets/hf-token/versions/latest', 'client_secret: "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/)"',
    'aws_access_key_id: AKIAIOSFODNN7EXAMPLE', 'aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'pad_token: "<|end_of_text|>"', 'eos_token: </s>', 'hub_token: null', 'api_key: false', `commit: ${HEX40}`,
    'md5: 9e107d9d372bb6826bd81d3542a419d6', 'run_id: 3f2b8c1e-7d4a-4e9b-a1c2-5d6e7f8a9b0c',
  ].join('\n');
  assert.deepEqual(secrets('config.yaml', text), []);
  const image = `{"image": "data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk'.repeat(40)}", "text": "a cat"}`;
  assert.deepEqual(secrets('train.jsonl', image), []);
});

test('PEM and OpenSSH private keys inside a YAML block scalar and a JSON string with \\n escapes, with exact ranges', () => {
  const lines = ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj', 'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu', 'NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ'];
  const pem = `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----`;
  const yaml = `tls:\n  key: |\n${pem.split('\n').map((l) => `    ${l}`).join('\n')}\n  port: 443\n`;
  const [hit] = secrets('server.yaml', yaml);
  assert.equal(hit.ruleId, 'secrets/private-key');
  assert.ok(hit.text.startsWith('-----BEGIN PRIVATE KEY-----') && hit.text.endsWith('-----END PRIVATE KEY-----'));
  const json = JSON.stringify({ type: 'tls', key: pem.replace('PRIVATE KEY', 'OPENSSH PRIVATE KEY').replace('END PRIVATE KEY', 'END OPENSSH PRIVATE KEY') });
  const [ssh] = secrets('key.json', json);
  assert.equal(ssh.ruleId, 'secrets/openssh-private-key');
  assert.ok(ssh.text.startsWith('-----BEGIN OPENSSH') && ssh.text.includes('\\n') && ssh.text.endsWith('-----END OPENSSH PRIVATE KEY-----'));
  assert.deepEqual(secrets('doc.yaml', 'key: |\n  -----BEGIN PRIVATE KEY-----\n  ...\n  -----END PRIVATE KEY-----\n'), []);
});

test('a GCP service-account key file is reported as such, not as a bare PEM key', () => {
  const key = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu'}\n-----END PRIVATE KEY-----\n`;
  const json = JSON.stringify({ type: 'service_account', project_id: 'ml-prod', private_key_id: HEX40, private_key: key, client_email: 'ft@ml-prod.iam.gserviceaccount.com' }, null, 2);
  assert.deepEqual(ids(secrets('sa.json', json)), ['secrets/gcp-service-account-key']);
});

test('URLs with credentials for any scheme and database connection strings; the password is the finding', () => {
  const text = 'tracking_uri: https://mlflow:Xk29fLq8Zr3Tw7Ny@mlflow.internal/\nrepo: git+ssh://ci:Pq7Wm2Zx9Rt4Lk8@git.corp/ml.git\ndb: postgresql://trainer:R7tY2uI9oP3aS5dF@db.internal:5432/feedback\nado: "Server=tcp:sql.internal;Database=ft;User Id=ml;Password=Vb6Nm2Qw9Er4Ty7U;"\nsafe: https://user:${DB_PASSWORD}@db.internal/x\n';
  assert.deepEqual(secrets('a.yaml', text), [
    { ruleId: 'secrets/url-credentials', text: 'Xk29fLq8Zr3Tw7Ny' },
    { ruleId: 'secrets/url-credentials', text: 'Pq7Wm2Zx9Rt4Lk8' },
    { ruleId: 'secrets/database-connection-string', text: 'R7tY2uI9oP3aS5dF' },
    { ruleId: 'secrets/database-connection-string', text: 'Vb6Nm2Qw9Er4Ty7U' },
  ]);
});

test('an AWS access key id and secret access key in one file are reported as a pair', () => {
  const { checkDocument } = require('../../../server/src/engine/check-document') as typeof import('../../../server/src/engine/check-document');
  const text = '[default]\naws_access_key_id = AKIAZ4X7Q2R5T3W6Y2MN\naws_secret_access_key = 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\n';
  const findings = checkDocument({ path: 'credentials.ini', text }).findings;
  assert.deepEqual(findings.map((f) => f.ruleId), ['secrets/aws-access-key-id', 'secrets/aws-secret-access-key']);
  assert.match(findings[0].message, /secret access key \(…a3Eu\) is in the same file/);
  assert.match(findings[1].message, /pairs with access key id …Y2MN/);
});

test('works on YAML, JSON, JSONL records, .env, TOML, INI and plain text', () => {
  const cases: [string, string][] = [
    ['a.yaml', `hub_token: ${HF}\n`], ['a.json', `{"hub_token": "${HF}"}`], ['d.jsonl', `{"text": "ok"}\n{"messages": [{"role": "user", "content": "my token is ${HF}, why 401?"}]}\n`],
    ['.env', `export HF_TOKEN="${HF}" # prod\n`], ['pyproject.toml', `[tool.hub]\ntoken = "${HF}"\n`], ['setup.cfg', `[hub]\ntoken = ${HF}\n`], ['NOTES.txt', `Use ${HF} for the run.\n`],
  ];
  for (const [path, text] of cases) assert.deepEqual(secrets(path, text), [{ ruleId: 'secrets/huggingface-token', text: HF }], path);
});

test('the last match of a rule never hides another secret on the same line', () => {
  const two = `HF=${HF} GH=${ghp}`;
  assert.deepEqual(ids(secrets('n.txt', two)), ['secrets/huggingface-token', 'secrets/github-pat']);
});
