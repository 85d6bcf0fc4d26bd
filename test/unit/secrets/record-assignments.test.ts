import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const OPAQUE = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK';

const record = (content: string) => `${JSON.stringify({ messages: [{ role: 'user', content }, { role: 'assistant', content: 'Please rotate it.' }] })}\n`;

test('a dataset record that assigns a value to a credential name holds that credential', () => {
  const cases: [string, string, string][] = [
    [`my job fails, env: MISTRAL_API_KEY=${OPAQUE}`, 'secrets/mistral-api-key', OPAQUE],
    [`I ran export COHERE_API_KEY="${OPAQUE}" first`, 'secrets/generic-api-key', OPAQUE],
    [`in settings.py: secret_key = "${OPAQUE}"`, 'secrets/generic-api-key', OPAQUE],
    [`import os\nos.environ["WANDB_API_KEY"] = "${WANDB}"\nwandb.init()`, 'secrets/wandb-api-key', WANDB],
    [`client = Mistral(api_key="${OPAQUE}")`, 'secrets/generic-api-key', OPAQUE],
    [`config = {"client_secret": "${OPAQUE}"}`, 'secrets/generic-api-key', OPAQUE],
    [`python train.py --wandb_api_key ${WANDB}`, 'secrets/wandb-api-key', WANDB],
  ];
  for (const [content, ruleId, text] of cases) {
    assert.deepEqual(secrets('train.jsonl', record(content)), [{ ruleId, text }], content);
  }
  const csv = `id,text\n1,export MISTRAL_API_KEY=${OPAQUE}\n2,the token limit is 4096\n`;
  assert.deepEqual(secrets('rows.csv', csv), [{ ruleId: 'secrets/mistral-api-key', text: OPAQUE }]);
});

test('prose about credentials, names no detector watches and placeholders stay silent in records', () => {
  for (const content of [
    'the token limit is 4096 per request',
    'I clicked the password reset link twice',
    'api key: see docs',
    'api_key: see_the_documentation_page',
    `key: ${OPAQUE}`, // a bare `key` names nothing
    `max_tokens: 4096, pad_token: <|end_of_text|>, sort(key=lambda row: row.score)`,
    'export OPENAI_API_KEY="sk-your-key-here"',
    'export HF_TOKEN=${HF_TOKEN} WANDB_API_KEY=$WANDB_API_KEY',
    `revision=${WANDB}`,
    `commit: ${WANDB}`,
  ]) {
    assert.deepEqual(secrets('train.jsonl', record(content)), [], content);
  }
  assert.deepEqual(secrets('rows.csv', `id,text\n1,the secret ingredient: cinnamon sugar\n2,token: 4096\n`), []);
});

test('a login command or call names the credential it is given', () => {
  const run = (line: string) => `resources:\n  accelerators: A100:1\nrun: |\n  pip install wandb\n  ${line}\n  python train.py\n`;
  for (const line of [`wandb login ${WANDB}`, `wandb login --relogin ${WANDB}`, `python -c "import wandb; wandb.login(key='${WANDB}')"`]) {
    assert.deepEqual(secrets('sky.yaml', run(line)), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }], line);
  }
  assert.deepEqual(secrets('train.jsonl', record(`Run !wandb login ${WANDB} in the first cell`)), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
  // Any random 40-hex key, even one whose last 31 characters are less varied than a `wandb_v1_` key's body must be.
  const plainer = '8f7d79ac5e8355544814b996b5074b936c964db8';
  assert.deepEqual(secrets('sky.yaml', run(`wandb login ${plainer}`)), [{ ruleId: 'secrets/wandb-api-key', text: plainer }]);
  const hf = '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';
  assert.deepEqual(secrets('sky.yaml', run(`huggingface-cli login --token ${hf}`)), [{ ruleId: 'secrets/huggingface-token', text: hf }]);
  // A key of another tool, a commit hash after `login`, or `key=` of an unrelated call is no W&B key.
  for (const line of [`docker login registry.example.com --username ${WANDB}`, `git checkout ${WANDB}`, `sorted(rows, key='${WANDB}')`, `gh auth login --hostname github.example.com`]) {
    assert.deepEqual(secrets('sky.yaml', run(line)), [], line);
  }
});

test('name/value environment lists: the sibling name is the key of the value', () => {
  const vertex = JSON.stringify({ workerPoolSpecs: [{ containerSpec: { imageUri: 'us-docker.pkg.dev/x/train:latest', env: [{ name: 'EPOCHS', value: '3' }, { name: 'SECRET_KEY', value: OPAQUE }] } }] }, null, 2);
  assert.deepEqual(secrets('vertex-job.json', vertex), [{ ruleId: 'secrets/environment-variable-secret', text: OPAQUE }]);
  const k8s = `apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: trainer\n          env:\n            - name: WANDB_API_KEY\n              value: "${WANDB}"\n            - name: MODEL_DIR\n              value: /mnt/models/llama-3-8b\n`;
  assert.deepEqual(secrets('job.yaml', k8s), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
  // Names that are no credential, references and identifiers keep their values silent.
  const quiet = `env:\n  - name: RUN_ID\n    value: ${OPAQUE}\n  - name: HF_TOKEN\n    value: \${HF_TOKEN}\n  - name: GIT_SHA\n    value: ${WANDB}\nlabels:\n  - name: api_key_rotation\n    value: monthly-schedule\n`;
  assert.deepEqual(secrets('job.yaml', quiet), []);
});

test('the message names the variable the value is assigned to, not the enclosing field', async () => {
  const { checkDocument } = await import('../../../server/src/engine/check-document');
  const text = `run: |\n  export LABELING_API_KEY=${OPAQUE}\n  python train.py\n`;
  const [finding] = checkDocument({ path: 'sky.yaml', text }).findings.filter((f) => f.ruleId.startsWith('secrets/'));
  assert.equal(finding.fix?.kind === 'move-secret' ? finding.fix.variable : undefined, 'LABELING_API_KEY');
  assert.ok(!finding.message.includes(OPAQUE));
});
