import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';
import { scanChunkToReport } from '../../../server/src/engine/datasets/chunk-report';
import { SecretLineScanner } from '../../../server/src/engine/datasets/secret-lines';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const OPAQUE = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK';
const PASSWORD = 'bq7W^x2LmT9!vR4z';
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const UUID = '3f2c8a1e-7b4d-4e9a-b5c6-1d2e3f4a5b6c';

/** A CSV row whose third cell is quoted, its quotes doubled as CSV writes them. */
const row = (id: number, code: string) => `${id},question,"${code.replace(/"/g, '""')}",synthetic`;
const csv = (rows: string[]) => `id,prompt,completion,source\n${rows.join('\n')}\n`;

/** The secret findings of the dataset scan (the CLI's path for large files), as [rule, line]. */
function datasetScan(path: string, text: string): [string, number][] {
  return scanChunkToReport({ path, syntax: 'csv', first: true, text }, new SecretLineScanner()).findings
    .filter((f) => f.ruleId.startsWith('secrets/')).map((f) => [f.ruleId, f.line]);
}

test('code inside a CSV cell is read with its doubled quotes as single ones', () => {
  const text = csv([
    row(1, `\`\`\`python client = Mistral(api_key="${OPAQUE}") \`\`\``),
    row(2, `wandb.login(key="${WANDB}")`),
    row(3, `DB_PASSWORD = "${PASSWORD}"`),
    row(4, `curl https://api.example.com -H "Authorization: Bearer ${SHA256}" -d @job.json`),
  ]);
  const expected = [
    { ruleId: 'secrets/generic-api-key', text: OPAQUE },
    { ruleId: 'secrets/wandb-api-key', text: WANDB },
    { ruleId: 'secrets/generic-password', text: PASSWORD },
    { ruleId: 'secrets/authorization-header', text: SHA256 },
  ];
  assert.deepEqual(secrets('data/completions.csv', text), expected);
  assert.deepEqual(datasetScan('data/completions.csv', text), expected.map((e, i) => [e.ruleId, i + 1]));
});

test('quoted CSV cells with references, placeholders, digests and ids stay silent', () => {
  const text = csv([
    row(1, 'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])'),
    row(2, 'wandb.login(key="${WANDB_API_KEY}")'),
    row(3, 'client = Mistral(api_key="<your-mistral-key>")'),
    row(4, `checksum = "${SHA256}"`),
    row(5, `run_id = "${UUID}"`),
    row(6, 'print(""); x = ""'),
    `7,"",,""`,
  ]);
  assert.deepEqual(secrets('data/completions.csv', text), []);
  assert.deepEqual(datasetScan('data/completions.csv', text), []);
});

test('a CSV row naming a credential variable holds its value in the next cell', () => {
  const text = `name,value,owner,rotated\nWANDB_API_KEY,${WANDB},trainer,2025-01-18\nJWT_SECRET,${OPAQUE}Qx81,svc_ml,2025-03-16\n"HF_HOME","/data/hf",ops,2025-01-02\n`;
  const expected = [
    { ruleId: 'secrets/wandb-api-key', text: WANDB },
    { ruleId: 'secrets/environment-variable-secret', text: `${OPAQUE}Qx81` },
  ];
  assert.deepEqual(secrets('ops/secrets_inventory.csv', text), expected);
  assert.deepEqual(datasetScan('ops/secrets_inventory.csv', text), [['secrets/wandb-api-key', 1], ['secrets/environment-variable-secret', 2]]);
});

test('variable rows with references, descriptions, digests and ids stay silent', () => {
  const text = [
    'name,value,owner',
    'WANDB_API_KEY,${WANDB_API_KEY},trainer',
    'HF_TOKEN,{{ secrets.HF_TOKEN }},trainer',
    'OPENAI_API_KEY,see the team vault,ops',
    'API_KEY,your-api-key-here,ops',
    `MODEL_SHA256,${SHA256},ops`,
    `WANDB_RUN_ID,${UUID},ops`,
    'DATA_KEY_PREFIX,datasets/v2/train,ops',
    'DB_PASSWORD,changeme,ops',
  ].join('\n');
  assert.deepEqual(secrets('ops/inventory.csv', `${text}\n`), []);
  assert.deepEqual(datasetScan('ops/inventory.csv', `${text}\n`), []);
});

test('a semicolon-delimited CSV: doubled quotes and name/value cells are read with its delimiter', () => {
  const text = `name;value;owner\nWANDB_API_KEY;${WANDB};trainer\n7;"wandb.login(key=""${WANDB}"")";notes\n`;
  const expected = [{ ruleId: 'secrets/wandb-api-key', text: WANDB }, { ruleId: 'secrets/wandb-api-key', text: WANDB }];
  assert.deepEqual(secrets('ops/inventory.csv', text), expected);
  assert.deepEqual(datasetScan('ops/inventory.csv', text), [['secrets/wandb-api-key', 1], ['secrets/wandb-api-key', 2]]);
});
