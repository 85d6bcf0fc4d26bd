import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../../schemas/policy';
import { linkConfig } from '../../../server/src/engine/governance/linkage';
import { Levels } from '../../../server/src/engine/governance/policy-view';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import { MemoryWorkspace, RESTRICTED_TICKETS } from './workspace';

const levels = new Levels(DEFAULT_POLICY);

function link(ws: MemoryWorkspace, path: string, unclassifiedAs?: string) {
  return linkConfig(parseDocument({ path, text: ws.files[path] }), ws.index(), levels, unclassifiedAs);
}

const AXOLOTL = `base_model: meta-llama/Llama-3.2-1B
datasets:
  - path: acme/support-tickets
    type: chat_template
  - path: data/faq.jsonl
    type: alpaca
  - path: s3://acme-ml/chats/2026/part-0001.jsonl
    type: chat_template
sequence_len: 2048
micro_batch_size: 2
output_dir: ./outputs/support
`;

test('an Axolotl config links hub ids, local paths and s3 URIs to manifests; the effective level is the highest', () => {
  const ws = new MemoryWorkspace({
    'train/support.yaml': AXOLOTL,
    'manifests/tickets.dataset.yaml': RESTRICTED_TICKETS,
    'data/faq.dataset.yaml': 'name: FAQ\nclassification: public\n',
    'data/faq.jsonl': '{"q":"a"}\n',
    'manifests/chats.dataset.yaml': 'name: Chats\nuri: s3://acme-ml/chats/\nclassification: confidential\n',
  });
  const linkage = link(ws, 'train/support.yaml');
  assert.deepEqual(linkage.datasets.map((d) => [d.ref.kind, d.ref.value, d.classification]), [
    ['hub', 'acme/support-tickets', 'restricted'],
    ['path', 'data/faq.jsonl', 'public'],
    ['uri', 's3://acme-ml/chats/2026/part-0001.jsonl', 'confidential'],
  ]);
  assert.equal(linkage.effective?.level, 'restricted');
  assert.deepEqual(linkage.effective?.from.map((d) => d.ref.value), ['acme/support-tickets']);
});

test('a LLaMA-Factory dataset name resolves through dataset_info.json to the manifest of its hub repo or file', () => {
  const ws = new MemoryWorkspace({
    'examples/sft.yaml': 'model_name_or_path: Qwen/Qwen2.5-7B\nstage: sft\nfinetuning_type: lora\ntemplate: qwen\ndataset: tickets_sft, faq\ncutoff_len: 2048\n',
    'data/dataset_info.json': JSON.stringify({ tickets_sft: { hf_hub_url: 'acme/support-tickets' }, faq: { file_name: 'faq.json' } }),
    'manifests/tickets.dataset.yaml': RESTRICTED_TICKETS,
    'data/faq.dataset.yaml': 'name: FAQ\nclassification: internal\n',
  });
  const linkage = link(ws, 'examples/sft.yaml');
  assert.deepEqual(linkage.datasets.map((d) => [d.ref.value, d.resolution.via?.file, d.classification]), [
    ['tickets_sft', 'data/dataset_info.json', 'restricted'],
    ['faq', 'data/dataset_info.json', 'internal'],
  ]);
  const text = ws.files['examples/sft.yaml'];
  assert.deepEqual(linkage.datasets.map((d) => text.slice(d.ref.start, d.ref.end)), ['tickets_sft', 'faq'], 'each name keeps its own range');
});

test('torchtune builders without a source link to their built-in hub dataset; TRL mixtures link each id', () => {
  const ws = new MemoryWorkspace({
    'recipes/lora.yaml': 'output_dir: /tmp/out\nmodel:\n  _component_: torchtune.models.llama3_2.lora_llama3_2_1b\ntokenizer:\n  _component_: torchtune.models.llama3.llama3_tokenizer\n  path: /tmp/tok.model\ndataset:\n  _component_: torchtune.datasets.alpaca_cleaned_dataset\n  packed: False\n',
    'recipes/sft.yaml': 'model_name_or_path: Qwen/Qwen2.5-0.5B\nlearning_rate: 1e-5\nnum_train_epochs: 1\nbf16: true\noutput_dir: out\ndataset_mixture:\n  datasets:\n    - id: acme/support-tickets\n      split: train\n    - id: HuggingFaceH4/ultrachat_200k\n',
    'm/alpaca.dataset.yaml': 'name: Alpaca cleaned\nhub_id: yahma/alpaca-cleaned\nclassification: public\n',
    'm/tickets.dataset.yaml': RESTRICTED_TICKETS,
  });
  assert.deepEqual(link(ws, 'recipes/lora.yaml').datasets.map((d) => [d.ref.value, d.classification]), [['yahma/alpaca-cleaned', 'public']]);
  const sft = link(ws, 'recipes/sft.yaml');
  assert.deepEqual(sft.datasets.map((d) => [d.ref.value, d.classification]), [['acme/support-tickets', 'restricted'], ['HuggingFaceH4/ultrachat_200k', undefined]]);
  assert.equal(sft.effective?.level, 'restricted');
});

test('a manifest beside its data links by file stem; Croissant links by its Hub URL but carries no classification', () => {
  const ws = new MemoryWorkspace({
    'train.yaml': 'base_model: org/model\ndatasets:\n  - path: corpora/emails.jsonl\n    type: completion\n  - path: allenai/c4\n    type: pretrain\nsequence_len: 512\nmicro_batch_size: 1\n',
    'corpora/emails.dataset.yaml': 'name: Emails\nclassification: confidential\n',
    'croissant/c4/metadata.json': JSON.stringify({ '@context': { cr: 'http://mlcommons.org/croissant/' }, '@type': 'sc:Dataset', name: 'c4', url: 'https://huggingface.co/datasets/allenai/c4', license: 'odc-by' }),
  });
  const linkage = link(ws, 'train.yaml');
  assert.deepEqual(linkage.datasets.map((d) => [d.ref.value, d.resolution.manifests.map((m) => m.kind), d.classification]), [
    ['corpora/emails.jsonl', ['tuneguard'], 'confidential'],
    ['allenai/c4', ['croissant'], undefined],
  ]);
});

test('datasets.unclassifiedAs makes unclassified data count at that level (fail closed)', () => {
  const ws = new MemoryWorkspace({ 'train.yaml': AXOLOTL });
  assert.equal(link(ws, 'train.yaml').effective, undefined);
  assert.equal(link(ws, 'train.yaml', 'restricted').effective?.level, 'restricted');
});

test('a model trained by another config inherits its classification (LLaMA-Factory adapter, transitively; cycles end)', () => {
  const ws = new MemoryWorkspace({
    '.tuneguard.yaml': 'datasets: {}\n',
    'm/tickets.dataset.yaml': RESTRICTED_TICKETS,
    'data/dataset_info.json': JSON.stringify({ tickets: { hf_hub_url: 'acme/support-tickets' } }),
    'examples/train.yaml': 'model_name_or_path: Qwen/Qwen2.5-7B\nmodel_revision: v1\nstage: sft\nfinetuning_type: lora\ntemplate: qwen\ndataset: tickets\noutput_dir: saves/qwen/lora/sft\n',
    'examples/merge.yaml': 'model_name_or_path: Qwen/Qwen2.5-7B\nmodel_revision: v1\nadapter_name_or_path: saves/qwen/lora/sft\ntemplate: qwen\nfinetuning_type: lora\nexport_dir: output/merged\nexport_hub_model_id: acme/merged\n',
    'examples/dpo.yaml': 'model_name_or_path: output/merged\nstage: dpo\nfinetuning_type: lora\ntemplate: qwen\ndataset: tickets\noutput_dir: saves/dpo\nreport_to: wandb\n',
    'loop/a.yaml': 'base_model: ./out/b\ndatasets:\n  - path: x/y\n    type: alpaca\noutput_dir: ./out/a\nsequence_len: 512\nmicro_batch_size: 1\n',
    'loop/b.yaml': 'base_model: ./out/a\ndatasets:\n  - path: x/z\n    type: alpaca\noutput_dir: ./out/b\nsequence_len: 512\nmicro_batch_size: 1\n',
  });
  const merge = link(ws, 'examples/merge.yaml');
  assert.deepEqual(merge.models.map((m) => [m.ref.value, m.classification, m.producers]), [['saves/qwen/lora/sft', 'restricted', ['examples/train.yaml']]]);
  assert.equal(merge.effective?.level, 'restricted');
  const [push] = ws.governance('examples/merge.yaml', 'governance/public-hub-push');
  assert.match(push.message, /the model `saves\/qwen\/lora\/sft` trained by `examples\/train.yaml`/);
  assert.equal(link(ws, 'examples/dpo.yaml').models[0]?.classification, 'restricted', 'two hops: train -> merge -> dpo');
  assert.deepEqual(link(ws, 'loop/a.yaml').models.map((m) => m.producers), [['loop/b.yaml']], 'a cycle is cut, not followed forever');
});
