import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets } from './helpers';

const WANDB = '6b1d9e0f3a7c2b5d8e4f1a9c3b7d2e6f0a8c4b1d';
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** A notebook of one code cell with one stream output, written as Jupyter writes it (lines as arrays). */
function notebook(source: string[], output: string[]): string {
  const cell = { cell_type: 'code', execution_count: 3, metadata: {}, source, outputs: [{ name: 'stdout', output_type: 'stream', text: output }] };
  return `${JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
}

test('netrc content printed in a cell output is read as a netrc file', () => {
  const printed = notebook(['!cat ~/.netrc'], ['machine api.wandb.ai\n', '  login user\n', `  password ${WANDB}\n`]);
  assert.deepEqual(secrets('notebooks/train.ipynb', printed).map((h) => h.text), [WANDB]);
  const pasted = `# Setup\n\n\`\`\`\nmachine api.wandb.ai login user password ${WANDB}\n\`\`\`\n`;
  assert.deepEqual(secrets('README.md', pasted).map((h) => h.text), [WANDB]);
});

test('the printed value of a credential variable is that credential', () => {
  const printed = notebook(['import os\n', 'print(os.environ.get("WANDB_API_KEY"))'], [`${WANDB}\n`]);
  assert.deepEqual(secrets('notebooks/debug.ipynb', printed), [{ ruleId: 'secrets/wandb-api-key', text: WANDB }]);
});

test('outputs without netrc entries or printed credentials stay silent', () => {
  const cases = [
    notebook(['!cat ~/.netrc'], ['cat: /root/.netrc: No such file or directory\n']),
    notebook(['!cat ~/.netrc'], ['machine api.wandb.ai\n', '  login user\n', '  password ${WANDB_API_KEY}\n']),
    notebook(['import hashlib\n', 'print(hashlib.sha256(open("model.safetensors", "rb").read()).hexdigest())'], [`${SHA256}\n`]),
    notebook(['print(os.environ.get("WANDB_API_KEY"))'], ['None\n']),
    notebook(['print(os.environ.get("WANDB_RUN_ID"))'], ['3f2c8a1e-7b4d-4e9a-b5c6-1d2e3f4a5b6c\n']),
    notebook(['print("the password is stored in the netrc of the machine")'], [`the password ${SHA256} of a machine\n`]),
  ];
  for (const text of cases) assert.deepEqual(secrets('notebooks/x.ipynb', text), []);
  assert.deepEqual(secrets('README.md', `Reset the password of the machine ${SHA256} from the admin page.\n`), []);
});
