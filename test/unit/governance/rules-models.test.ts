import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from './workspace';

const AX = (extra: string) => `base_model: microsoft/Phi-3-mini-4k-instruct\ndatasets:\n  - path: a/b\n    type: alpaca\nsequence_len: 512\nmicro_batch_size: 1\n${extra}`;

test('trust-remote-code: reported unless every base model is in models.trustRemoteCode', () => {
  const ws = new MemoryWorkspace({ 'ax.yaml': AX('trust_remote_code: true\n') });
  const [f] = ws.governance('ax.yaml', 'governance/trust-remote-code');
  assert.equal(ws.files['ax.yaml'].slice(f.start, f.end), 'trust_remote_code: true');
  assert.match(f.message, /microsoft\/Phi-3-mini-4k-instruct/);
  const allowed = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'models:\n  trustRemoteCode: ["microsoft/Phi-3*"]\n' });
  assert.deepEqual(allowed.governance('ax.yaml', 'governance/trust-remote-code'), []);
  assert.deepEqual(new MemoryWorkspace({ 'ax.yaml': AX('trust_remote_code: false\n') }).governance('ax.yaml', 'governance/trust-remote-code'), []);
});

test('unpinned-model-revision: hub ids without a revision or at a branch; tags pass unless the policy wants commits', () => {
  const ws = new MemoryWorkspace({
    '.tuneguard.yaml': 'models:\n  requirePinnedRevision: true\n',
    'ax.yaml': AX(''),
    'main.yaml': 'model_name_or_path: Qwen/Qwen2.5-0.5B\nmodel_revision: main\nlearning_rate: 1e-5\nnum_train_epochs: 1\nbf16: true\noutput_dir: o\n',
    'tag.yaml': 'model_name_or_path: Qwen/Qwen2.5-0.5B\nmodel_revision: v1.0\nlearning_rate: 1e-5\nnum_train_epochs: 1\nbf16: true\noutput_dir: o\n',
    'local.yaml': 'model_name_or_path: saves/qwen/sft\nstage: sft\nfinetuning_type: lora\ntemplate: qwen\ndataset: x\n',
  });
  assert.deepEqual(ws.spans('ax.yaml', 'governance/unpinned-model-revision'), ['microsoft/Phi-3-mini-4k-instruct']);
  assert.match(ws.governance('main.yaml', 'governance/unpinned-model-revision')[0].message, /model_revision: main/);
  assert.deepEqual(ws.governance('tag.yaml', 'governance/unpinned-model-revision'), []);
  assert.deepEqual(ws.governance('local.yaml', 'governance/unpinned-model-revision'), [], 'local paths are not hub models');
  const ungoverned = new MemoryWorkspace({ 'ax.yaml': AX('') });
  assert.deepEqual(ungoverned.governance('ax.yaml', 'governance/unpinned-model-revision'), [], 'advisory: quiet without a policy file or manifest');
  const secretsOnly = new MemoryWorkspace({ '.tuneguard.yaml': 'secrets:\n  envFile: .env.local\n', 'ax.yaml': AX('') });
  assert.deepEqual(secretsOnly.governance('ax.yaml', 'governance/unpinned-model-revision'), [], 'a policy that only configures secrets does not opt into data governance');
  const commits = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'models:\n  revisionPin: commit\n' });
  assert.equal(commits.governance('tag.yaml', 'governance/unpinned-model-revision').length, 1);
});

test('base-model-not-allowed: only when models.allowedBaseModels is set', () => {
  const files = { 'ax.yaml': AX('') };
  assert.deepEqual(new MemoryWorkspace(files).governance('ax.yaml', 'governance/base-model-not-allowed'), []);
  const ws = new MemoryWorkspace({ ...files, '.tuneguard.yaml': 'models:\n  allowedBaseModels: ["meta-llama/*"]\n' });
  assert.deepEqual(ws.spans('ax.yaml', 'governance/base-model-not-allowed'), ['microsoft/Phi-3-mini-4k-instruct']);
});

test('pickle-checkpoint: save_safetensors false, export_legacy_format, .bin/.pt checkpoint files', () => {
  const ws = new MemoryWorkspace({
    'ax.yaml': AX('save_safetensors: false\n'),
    'export.yaml': 'model_name_or_path: org/m\ntemplate: qwen\nfinetuning_type: lora\nexport_dir: out\nexport_legacy_format: true\n',
    'tt.yaml': 'output_dir: /tmp/o\nmodel:\n  _component_: torchtune.models.llama2.llama2_7b\ncheckpointer:\n  _component_: torchtune.training.FullModelHFCheckpointer\n  checkpoint_files: [pytorch_model-00001-of-00002.bin, pytorch_model-00002-of-00002.bin]\ndataset:\n  _component_: torchtune.datasets.alpaca_dataset\n',
    'safe.yaml': 'output_dir: /tmp/o\nmodel:\n  _component_: torchtune.models.llama2.llama2_7b\ncheckpointer:\n  _component_: torchtune.training.FullModelHFCheckpointer\n  checkpoint_files: [model-00001-of-00002.safetensors]\ndataset:\n  _component_: torchtune.datasets.alpaca_dataset\n',
  });
  assert.deepEqual(ws.spans('ax.yaml', 'governance/pickle-checkpoint'), ['save_safetensors: false']);
  assert.deepEqual(ws.spans('export.yaml', 'governance/pickle-checkpoint'), ['export_legacy_format: true']);
  assert.deepEqual(ws.spans('tt.yaml', 'governance/pickle-checkpoint'), ['pytorch_model-00001-of-00002.bin, pytorch_model-00002-of-00002.bin']);
  assert.deepEqual(ws.spans('safe.yaml', 'governance/pickle-checkpoint'), []);
});

test('code-import-outside-allowlist: _component_, plugins, reward_funcs and dotted dataset types outside the prefixes', () => {
  const ws = new MemoryWorkspace({
    'ax.yaml': AX('plugins:\n  - axolotl.integrations.liger.LigerPlugin\n  - mycorp.plugins.Telemetry\ntrl:\n  reward_funcs:\n    - rewards.format_reward\n').replace('type: alpaca', 'type: chat_template.default\n  - path: c/d\n    type: my_prompts.load_fn'),
    'tt.yaml': 'output_dir: /tmp/o\nmodel:\n  _component_: torchtune.models.llama3_2.llama3_2_1b\noptimizer:\n  _component_: evil.optim.Adam\ndataset:\n  _component_: torchtune.datasets.alpaca_dataset\n',
  });
  assert.deepEqual(ws.spans('ax.yaml', 'governance/code-import-outside-allowlist').sort(), ['mycorp.plugins.Telemetry', 'my_prompts.load_fn', 'rewards.format_reward'].sort());
  assert.deepEqual(ws.spans('tt.yaml', 'governance/code-import-outside-allowlist'), ['evil.optim.Adam']);
  const allowed = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'imports:\n  allowedPrefixes: [torchtune., evil.]\n' });
  assert.deepEqual(allowed.spans('tt.yaml', 'governance/code-import-outside-allowlist'), []);
});
