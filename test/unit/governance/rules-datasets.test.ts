import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/engine/check-document';
import { MemoryWorkspace, RESTRICTED_TICKETS } from './workspace';

const CONFIG = 'base_model: meta-llama/Llama-3.2-1B\nrevision_of_model: 4e20de362430cd3b72f300e6b0f18e50e7166e08\ndatasets:\n  - path: acme/support-tickets\n    type: chat_template\n  - path: acme/unknown\n    type: chat_template\nsequence_len: 2048\nmicro_batch_size: 2\n';

test('dataset-without-manifest: reported on each reference no Tuneguard manifest describes, and only with an index', () => {
  const ws = new MemoryWorkspace({ 'train.yaml': CONFIG, 'm/tickets.dataset.yaml': RESTRICTED_TICKETS });
  assert.deepEqual(ws.spans('train.yaml', 'governance/dataset-without-manifest'), ['acme/unknown']);
  assert.equal(ws.governance('train.yaml', 'governance/dataset-without-manifest')[0].severity, 'info');
  const off = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'datasets:\n  requireManifest: false\n' });
  assert.deepEqual(off.spans('train.yaml', 'governance/dataset-without-manifest'), []);
  const alone = checkDocument({ path: 'train.yaml', text: CONFIG }).findings;
  assert.ok(!alone.some((f) => f.ruleId === 'governance/dataset-without-manifest'), 'without a workspace index nothing can be resolved, so nothing is claimed');
});

test('dataset-unclassified: a manifest without classification', () => {
  const ws = new MemoryWorkspace({ 'train.yaml': CONFIG, 'm/tickets.dataset.yaml': RESTRICTED_TICKETS.replace('classification: restricted\n', ''), 'm/u.dataset.yaml': 'name: U\nhub_id: acme/unknown\nclassification: internal\n' });
  assert.deepEqual(ws.spans('train.yaml', 'governance/dataset-unclassified'), ['acme/support-tickets']);
});

test('manifest-missing-fields: lists the policy\'s required fields the manifest lacks, on the manifest', () => {
  const ws = new MemoryWorkspace({ 'a.dataset.yaml': 'name: A\nhub_id: acme/a\nclassification: internal\nowner: team@acme.example\n' });
  const [f] = ws.governance('a.dataset.yaml', 'governance/manifest-missing-fields');
  assert.match(f.message, /`license`, `source`, `retention`/);
  assert.equal(ws.files['a.dataset.yaml'].slice(f.start, f.end), 'name');
  assert.deepEqual(new MemoryWorkspace({ 'a.dataset.yaml': RESTRICTED_TICKETS }).governance('a.dataset.yaml', 'governance/manifest-missing-fields'), []);
  const relaxed = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'datasets:\n  requiredFields: [owner, classification]\n' });
  assert.deepEqual(relaxed.governance('a.dataset.yaml', 'governance/manifest-missing-fields'), []);
});

test('manifest-unknown-classification: a level the policy does not define, at the value', () => {
  const ws = new MemoryWorkspace({ 'a.dataset.yaml': RESTRICTED_TICKETS.replace('restricted', 'top-secret') });
  assert.deepEqual(ws.spans('a.dataset.yaml', 'governance/manifest-unknown-classification'), ['top-secret']);
  const custom = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'classification:\n  levels: [open, top-secret]\n' });
  assert.deepEqual(custom.spans('a.dataset.yaml', 'governance/manifest-unknown-classification'), []);
});

test('pii-dataset-below-minimum-level: contains_pii with a level below datasets.piiMinimumLevel', () => {
  const low = new MemoryWorkspace({ 'a.dataset.yaml': RESTRICTED_TICKETS.replace('restricted', 'internal') + 'contains_pii: true\n' });
  assert.deepEqual(low.spans('a.dataset.yaml', 'governance/pii-dataset-below-minimum-level'), ['internal']);
  const ok = new MemoryWorkspace({ 'a.dataset.yaml': `${RESTRICTED_TICKETS}contains_pii: true\n` });
  assert.deepEqual(ok.spans('a.dataset.yaml', 'governance/pii-dataset-below-minimum-level'), []);
});

test('unpinned-dataset-revision: hub datasets without a revision in the config or manifest, when the policy asks', () => {
  const files = { 'train.yaml': CONFIG, 'm/tickets.dataset.yaml': `${RESTRICTED_TICKETS}revision: 0123abcd\n` };
  assert.deepEqual(new MemoryWorkspace(files).spans('train.yaml', 'governance/unpinned-dataset-revision'), [], 'off by default');
  const ws = new MemoryWorkspace({ ...files, '.tuneguard.yaml': 'datasets:\n  requirePinnedRevision: true\n' });
  assert.deepEqual(ws.spans('train.yaml', 'governance/unpinned-dataset-revision'), ['acme/unknown']);
});

test('remote-dataset-registry and plain-http-data-url', () => {
  const ws = new MemoryWorkspace({
    'lf.yaml': 'model_name_or_path: Qwen/Qwen2.5-7B\nmodel_revision: v1.0\nstage: sft\nfinetuning_type: lora\ntemplate: qwen\ndataset: demo\ndataset_dir: REMOTE:llamafactory/demo_data\ncutoff_len: 1024\n',
    'ax.yaml': 'base_model: org/model\nrevision_of_model: abcdef1\ndatasets:\n  - path: http://data.example.com/train.jsonl\n    type: alpaca\n  - path: http://localhost:8000/x.jsonl\n    type: alpaca\nsequence_len: 512\nmicro_batch_size: 1\n',
  });
  assert.deepEqual(ws.spans('lf.yaml', 'governance/remote-dataset-registry'), ['REMOTE:llamafactory/demo_data']);
  assert.deepEqual(ws.spans('ax.yaml', 'governance/plain-http-data-url'), ['http://data.example.com/train.jsonl']);
});
