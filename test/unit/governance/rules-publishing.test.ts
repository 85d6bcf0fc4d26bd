import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace, RESTRICTED_TICKETS } from './workspace';

const manifest = (level: string) => RESTRICTED_TICKETS.replace('restricted', level);
const TRL = (extra: string) => `model_name_or_path: Qwen/Qwen2.5-0.5B\nmodel_revision: 7ae557604adf67be50417f59c2c2f167def9a775\nlearning_rate: 1.0e-5\nnum_train_epochs: 1\nbf16: true\noutput_dir: out\ndataset_name: acme/support-tickets\n${extra}`;

test('public-hub-push: push_to_hub without hub_private_repo of data above publishing.publicMaxLevel', () => {
  const ws = new MemoryWorkspace({ 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: acme/support-bot\n'), 't.dataset.yaml': manifest('internal') });
  const [f] = ws.governance('sft.yaml', 'governance/public-hub-push');
  assert.equal(ws.files['sft.yaml'].slice(f.start, f.end), 'hub_model_id: acme/support-bot');
  assert.match(f.message, /`internal` \(from `acme\/support-tickets`\)/);
  assert.equal(f.severity, 'error');
  const privateRepo = new MemoryWorkspace({ ...ws.files, 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: acme/support-bot\nhub_private_repo: true\n') });
  assert.deepEqual(privateRepo.governance('sft.yaml', 'governance/public-hub-push'), []);
  const publicData = new MemoryWorkspace({ ...ws.files, 't.dataset.yaml': manifest('public') });
  assert.deepEqual(publicData.governance('sft.yaml', 'governance/public-hub-push'), []);
  const noPush = new MemoryWorkspace({ ...ws.files, 'sft.yaml': TRL('hub_model_id: acme/support-bot\n') });
  assert.deepEqual(noPush.governance('sft.yaml', 'governance/public-hub-push'), [], 'TRL pushes only with push_to_hub');
});

test('public-hub-push: Axolotl hub_model_id, LLaMA-Factory export_hub_model_id and TRL log_completions_hub_repo push', () => {
  const ws = new MemoryWorkspace({
    'ax.yaml': 'base_model: org/m\nrevision_of_model: abcdef12\ndatasets:\n  - path: acme/support-tickets\n    type: chat_template\nhub_model_id: acme/bot\nsequence_len: 512\nmicro_batch_size: 1\n',
    'export.yaml': 'model_name_or_path: org/m\nmodel_revision: v2\nadapter_name_or_path: saves/lora\ntemplate: qwen\nfinetuning_type: lora\nexport_dir: out\nexport_hub_model_id: acme/merged\ndataset: tickets\n',
    'grpo.yaml': TRL('log_completions: true\nlog_completions_hub_repo: acme/completions\n'),
    'data/dataset_info.json': JSON.stringify({ tickets: { hf_hub_url: 'acme/support-tickets' } }),
    't.dataset.yaml': manifest('confidential'),
  });
  assert.deepEqual(ws.spans('ax.yaml', 'governance/public-hub-push'), ['hub_model_id: acme/bot']);
  assert.deepEqual(ws.spans('export.yaml', 'governance/public-hub-push'), ['export_hub_model_id: acme/merged']);
  assert.deepEqual(ws.spans('grpo.yaml', 'governance/public-hub-push'), ['log_completions_hub_repo: acme/completions']);
});

test('hub-push-above-level: even a private push of restricted data; hub_private_repo: false is public', () => {
  const ws = new MemoryWorkspace({ 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: acme/bot\nhub_private_repo: true\n'), 't.dataset.yaml': manifest('restricted') });
  assert.deepEqual(ws.spans('sft.yaml', 'governance/hub-push-above-level'), ['hub_model_id: acme/bot']);
  assert.deepEqual(ws.spans('sft.yaml', 'governance/public-hub-push'), []);
  const confidential = new MemoryWorkspace({ ...ws.files, 't.dataset.yaml': manifest('confidential') });
  assert.deepEqual(confidential.spans('sft.yaml', 'governance/hub-push-above-level'), []);
  const explicitPublic = new MemoryWorkspace({ ...confidential.files, 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: acme/bot\nhub_private_repo: false\n') });
  assert.deepEqual(explicitPublic.spans('sft.yaml', 'governance/public-hub-push'), ['hub_model_id: acme/bot']);
});

test('hub-push-unapproved-org: only when publishing.allowedHubOrgs is set; personal namespaces count as unapproved', () => {
  const files = { 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: jdoe/bot\nhub_private_repo: true\n'), 't.dataset.yaml': manifest('public') };
  assert.deepEqual(new MemoryWorkspace(files).governance('sft.yaml', 'governance/hub-push-unapproved-org'), []);
  const ws = new MemoryWorkspace({ ...files, '.tuneguard.yaml': 'publishing:\n  allowedHubOrgs: [acme, acme-*]\n' });
  assert.deepEqual(ws.spans('sft.yaml', 'governance/hub-push-unapproved-org'), ['hub_model_id: jdoe/bot']);
  const approved = new MemoryWorkspace({ ...ws.files, 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: acme-research/bot\n') });
  assert.deepEqual(approved.spans('sft.yaml', 'governance/hub-push-unapproved-org'), []);
});

test('hub-push-unclassified-data: public push while no dataset is classified; placeholders are not repos', () => {
  const ws = new MemoryWorkspace({ 'sft.yaml': TRL('push_to_hub: true\nhub_model_id: acme/bot\n'), '.tuneguard.yaml': 'rules:\n  governance/hub-push-unclassified-data: info\n' });
  assert.deepEqual(ws.spans('sft.yaml', 'governance/hub-push-unclassified-data'), ['hub_model_id: acme/bot']);
  assert.deepEqual(new MemoryWorkspace({ 'sft.yaml': ws.files['sft.yaml'] }).spans('sft.yaml', 'governance/hub-push-unclassified-data'), [], 'advisory');
  const classified = new MemoryWorkspace({ ...ws.files, 't.dataset.yaml': manifest('public') });
  assert.deepEqual(classified.spans('sft.yaml', 'governance/hub-push-unclassified-data'), []);
  const placeholder = new MemoryWorkspace({ '.tuneguard.yaml': 'datasets: {}\n', 'ax.yaml': 'base_model: org/m\ndatasets:\n  - path: a/b\n    type: alpaca\nhub_model_id: <your-hub-model-id>\nsequence_len: 512\nmicro_batch_size: 1\n' });
  assert.deepEqual(placeholder.governance('ax.yaml', 'governance/hub-push-unclassified-data'), []);
});

test('tracker rules: metrics and uploads by classification, and the allowed list', () => {
  const AX = (extra: string) => `base_model: org/m\nrevision_of_model: abcdef12\ndatasets:\n  - path: acme/support-tickets\n    type: chat_template\nsequence_len: 512\nmicro_batch_size: 1\n${extra}`;
  const ws = new MemoryWorkspace({ 'ax.yaml': AX('wandb_project: support\nwandb_log_model: checkpoint\nhf_mlflow_log_artifacts: true\n'), 't.dataset.yaml': manifest('confidential') });
  assert.deepEqual(ws.spans('ax.yaml', 'governance/tracker-metrics-above-level'), [], 'confidential metrics are allowed by default');
  assert.deepEqual(ws.spans('ax.yaml', 'governance/tracker-upload-above-level'), ['wandb_log_model: checkpoint', 'hf_mlflow_log_artifacts: true']);
  const selfHosted = new MemoryWorkspace({ ...ws.files, '.tuneguard.yaml': 'trackers:\n  byTracker:\n    mlflow: { uploadsMaxLevel: restricted }\n' });
  assert.deepEqual(selfHosted.spans('ax.yaml', 'governance/tracker-upload-above-level'), ['wandb_log_model: checkpoint']);
  const restricted = new MemoryWorkspace({ ...ws.files, 't.dataset.yaml': manifest('restricted') });
  assert.deepEqual(restricted.spans('ax.yaml', 'governance/tracker-metrics-above-level'), ['wandb_project: support']);
  const empty = new MemoryWorkspace({ ...restricted.files, 'ax.yaml': AX('wandb_project:\nwandb_log_model:\n') });
  assert.deepEqual(empty.governance('ax.yaml').filter((f) => f.ruleId.includes('tracker')), [], 'empty settings log nothing');

  const trl = new MemoryWorkspace({ 'sft.yaml': TRL('report_to:\n  - wandb\n  - tensorboard\nlog_completions: true\n'), 't.dataset.yaml': manifest('restricted'), '.tuneguard.yaml': 'trackers:\n  allowed: [mlflow, tensorboard]\n' });
  assert.deepEqual(trl.spans('sft.yaml', 'governance/tracker-not-allowed'), ['wandb']);
  assert.deepEqual(trl.spans('sft.yaml', 'governance/tracker-upload-above-level'), ['log_completions: true'], 'completions go to the report_to trackers');
});

test('external-reward-api: reward_model_type: api names the endpoint host', () => {
  const ws = new MemoryWorkspace({ 'ppo.yaml': 'model_name_or_path: org/m\nmodel_revision: v1\nstage: ppo\nfinetuning_type: lora\ntemplate: qwen\ndataset: tickets\nreward_model: https://reward.vendor.example/v1/score\nreward_model_type: api\n' });
  const [f] = ws.governance('ppo.yaml', 'governance/external-reward-api');
  assert.equal(ws.files['ppo.yaml'].slice(f.start, f.end), 'api');
  assert.match(f.message, /reward\.vendor\.example/);
});
