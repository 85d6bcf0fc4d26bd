import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/engine/check-document';
import { scanChunkToReport } from '../../../server/src/engine/datasets/chunk-report';
import { SecretLineScanner } from '../../../server/src/engine/datasets/secret-lines';
import { SecretKeywordPass } from '../../../server/src/engine/datasets/secret-keywords';
import { FOLLOW_DEPTH } from '../../../server/src/engine/text/trigger-scan';
import { hasByte } from '../../../server/src/engine/secrets/regex-prefixes';
import { CREDENTIAL_NAME_ENDINGS } from '../../../server/src/engine/secrets/assignment-triggers';
import { normaliseKey } from '../../../server/src/engine/secrets/normalise-key';
import { SecretRuleSet } from '../../../server/src/engine/secrets/rule-set';
import { SECRET_RULES } from '../../../server/src/engine/secrets/rules';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const OPAQUE = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK';
const record = (content: string) => JSON.stringify({ id: 1, messages: [{ role: 'user', content }] });

test('the dataset scan sends records that assign a credential to the engine, as the editor finds them', () => {
  const lines = [
    record('the token limit is 4096; see the password reset link'),
    record(`env: MISTRAL_API_KEY=${OPAQUE}`),
    record(`import os\nos.environ["WANDB_API_KEY"] = "${WANDB}"`),
    record(`client = Mistral(api_key="${OPAQUE}")`),
    record(`!wandb login ${WANDB}`),
    record(`python train.py --wandb_api_key ${WANDB}`),
    JSON.stringify({ id: 7, key: OPAQUE, primary_key: OPAQUE, text: 'a record whose own keys end in key' }),
  ];
  const text = `${lines.join('\n')}\n`;
  const fast = scanChunkToReport({ path: 'data/train.jsonl', syntax: 'jsonl', first: true, text }, new SecretLineScanner());
  const found = fast.findings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => [f.ruleId, f.line]);
  assert.deepEqual(found, [['secrets/mistral-api-key', 1], ['secrets/wandb-api-key', 2], ['secrets/generic-api-key', 3], ['secrets/wandb-api-key', 4], ['secrets/wandb-api-key', 5]]);
  const editor = checkDocument({ path: 'data/train.jsonl', text }).findings.filter((f) => f.ruleId.startsWith('secrets/'));
  assert.equal(editor.length, found.length);
});

/** Credential names across providers, as configs and scripts write them. */
const NAMES = `ANTHROPIC_API_KEY AWS_SECRET_ACCESS_KEY AZURE_CLIENT_SECRET COHERE_API_KEY DATABRICKS_TOKEN DOCKER_PASSWORD
  GH_PAT GITHUB_TOKEN HF_TOKEN HUGGING_FACE_HUB_TOKEN MLFLOW_TRACKING_PASSWORD NEPTUNE_API_TOKEN NPM_TOKEN OPENAI_API_KEY
  REPLICATE_API_TOKEN SENTRY_AUTH_TOKEN SLACK_BOT_TOKEN STRIPE_SECRET_KEY TWINE_PASSWORD VAULT_TOKEN WANDB_API_KEY
  SecretAccessKey _authToken access_key apiKey api_key api_token client_secret db_password hub_token id_token oauth_token
  passphrase password private_key private_token secret_key signing_secret smtp_pass ssh_private_key wandb_key basic_auth
  db_pwd mysql_passwd google_credentials webhook_secret refresh_token session_token`.split(/\s+/);

test('every credential name the keyed detectors watch ends as the record triggers expect', () => {
  const ruleSet = new SecretRuleSet(SECRET_RULES);
  const watched = NAMES.filter((name) => ruleSet.keyedRulesFor(name).length > 0);
  assert.ok(watched.length >= NAMES.length - 2, `${NAMES.length - watched.length} names not watched`);
  for (const name of watched) assert.ok(CREDENTIAL_NAME_ENDINGS.some((ending) => normaliseKey(name).endsWith(ending)), name);
});

test("the record triggers leave the rules' keywords as selective as before: prose after `token` and `pat` is not sent to the engine", () => {
  const pass = new SecretKeywordPass();
  const admits = (keyword: string, after: string) => {
    const sets = pass.followFilter(pass.keywords!.indexOf(keyword), FOLLOW_DEPTH);
    return !sets || [...after.slice(0, FOLLOW_DEPTH)].every((c, i) => hasByte(sets[i], c.charCodeAt(0)));
  };
  assert.equal(admits('token', ' response accuracy'), false);
  assert.equal(admits('pat', 'h r'), false);
  assert.equal(admits('token=', 'Zk39fLq8Xw2VbN7m'), true);
  assert.equal(admits('token ', 'response'), false);
  assert.equal(admits('token ', '= "Zk39fLq8Xw2V'), true);
});
