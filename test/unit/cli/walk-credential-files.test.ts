import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collectFiles } from '../../../server/src/cli/walk';
import { tempDir } from '../../helpers/temp-dir';
import { checkDocument } from '../../../server/src/engine/check-document';
import { secrets } from '../secrets/helpers';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const OPAQUE = 'Zk39fLq8Xw2VbN7mC4pR1tY6sD0gH5jK';

/** A notebook as Jupyter writes it: each code cell's source is a list of lines. */
function notebook(...cells: string[][]): string {
  const cell = (source: string[]) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
  return JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Fine-tune Llama 3 with LoRA'] }, ...cells.map(cell)], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

test('a directory walk reads notebooks, private key files and credential files, and still skips the rest', (t) => {
  const dir = tempDir(t);
  const names = ['train_colab.ipynb', 'deploy_key.pem', 'server.key', 'id_ed25519', '.npmrc', '.pypirc', '.netrc', '.git-credentials', 'credentials', 'config.yaml', '.envrc', '.databrickscfg', '.comet.config', '.s3cfg', 'terraform.tfstate', '.pgpass'];
  const skipped = ['train.py', 'README.txt', 'id_ed25519.pub', 'model.safetensors', 'keys.txt', 'config'];
  for (const name of [...names, ...skipped]) writeFileSync(join(dir, name), 'x\n');
  mkdirSync(join(dir, '.dvc'));
  for (const name of ['config', 'config.local', 'tmp']) writeFileSync(join(dir, '.dvc', name), 'x\n');
  const found = collectFiles([dir]).files.map((f) => relative(dir, f).split(sep).join('/'));
  assert.deepEqual(found.sort(), [...names, '.dvc/config', '.dvc/config.local'].sort());
});

test("a notebook's code cells are checked like scripts", () => {
  const leaky = notebook(['!pip install -q wandb\n', `!wandb login ${WANDB}\n`], ['import os\n', `os.environ["MISTRAL_API_KEY"] = "${OPAQUE}"\n`]);
  assert.deepEqual(secrets('train_colab.ipynb', leaky), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }, { ruleId: 'secrets/mistral-api-key', text: OPAQUE }]);
  const clean = notebook(['!wandb login\n', 'import os\n', 'os.environ["MISTRAL_API_KEY"] = userdata.get("MISTRAL_API_KEY")\n', `print("${WANDB}")  # a run id\n`]);
  assert.deepEqual(secrets('train_colab.ipynb', clean), []);
});

test('.pypirc and AWS credentials files are read as INI (their first line is a [section], not JSON)', () => {
  const token = `pypi-AgEIcHlwaS5vcmc${'CJDk2YjE4ZTVmLWE3NjUtNDc5Yi1hZmQ3LTRkZjU1ZjM4ZjA0YQACKlsiMyIsImYyODI3YjdjLTQ3ZWMtNDFmOS04OTU1'}`;
  const text = `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${token}\n`;
  assert.deepEqual(checkDocument({ path: '.pypirc', text }).findings.map((f) => f.ruleId), ['secrets/pypi-upload-token']);
  assert.deepEqual(checkDocument({ path: '.pypirc', text: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n' }).findings, []);
  const aws = `[default]\naws_access_key_id = AKIAQ3EGRMWK7ZB5NXTD\naws_secret_access_key = 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\nregion = us-east-1\n`;
  assert.deepEqual(checkDocument({ path: '.aws/credentials', text: aws }).findings.map((f) => f.ruleId).sort(), ['secrets/aws-access-key-id', 'secrets/aws-secret-access-key']);
  assert.deepEqual(checkDocument({ path: '.aws/credentials', text: '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${AWS_SECRET}\n' }).findings, []);
});

test("INI files named without an extension, or known by their [section] first line (DVC's config), are read as INI; a JSON array stays JSON", () => {
  const dvc = `[core]\n    remote = storage\n['remote "storage"']\n    url = s3://bucket/path\n    access_key_id = AKIAQ3EGRMWK7ZB5NXTD\n    secret_access_key = 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\n`;
  assert.deepEqual(checkDocument({ path: '.dvc/config', text: dvc }).findings.map((f) => f.ruleId).sort(), ['secrets/aws-access-key-id', 'secrets/aws-secret-access-key']);
  const databricks = `[DEFAULT]\nhost = https://adb-1234.azuredatabricks.net\ntoken = dapi${'3f9a1c2e8b7d6f5a4e3c2b1a0f9e8d7c'}\n`;
  assert.deepEqual(checkDocument({ path: '.databrickscfg', text: databricks }).findings.map((f) => f.ruleId), ['secrets/databricks-token']);
  assert.deepEqual(checkDocument({ path: 'ids', text: '[1, 2, 3]\n' }).findings, []);
  assert.deepEqual(checkDocument({ path: 'broken', text: '[1, 2\n' }).findings.map((f) => f.ruleId)[0], 'governance/unparseable-file');
});

test('a .netrc password is a credential of its machine; logins, references and stand-ins are not', () => {
  const netrc = `# written by wandb login\nmachine api.wandb.ai\n  login user\n  password ${WANDB}\nmachine github.com login octocat password ${OPAQUE}\n`;
  assert.deepEqual(secrets('.netrc', netrc).map((h) => [h.ruleId, h.text]), [['secrets/generic-password', WANDB], ['secrets/generic-password', OPAQUE]]);
  const quiet = `# written by hand\nmachine api.wandb.ai login ${OPAQUE} password \${WANDB_API_KEY}\nmachine example.com login anonymous password changeme\n`;
  assert.deepEqual(secrets('.netrc', quiet), []);
});

test('a netrc macro ends at its blank line, and a value left out does not take the next keyword as its own', () => {
  const afterMacro = `machine ftp.example.org login anon password x\nmacdef init\ncd /pub\nget data.csv\n\nmachine api.wandb.ai login user password ${WANDB}\n`;
  assert.deepEqual(secrets('.netrc', afterMacro).map((h) => h.text), [WANDB]);
  const leftOut = `machine api.wandb.ai login user password\nmachine other.host login me password ${OPAQUE}\n`;
  const found = secrets('.netrc', leftOut);
  assert.deepEqual(found.map((h) => h.text), [OPAQUE]);
});
