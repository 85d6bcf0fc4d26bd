import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import type { FormatId } from '../../../server/src/engine/types';
import { FIXTURES } from '../../helpers/temp-dir';

/** One small realistic file per format, written from each tool's documented format. */
const EXPECTED: Record<string, FormatId> = {
  'axolotl.yaml': 'axolotl',
  'llama-factory.yaml': 'llama-factory',
  'llama-factory-v1.yaml': 'llama-factory',
  'dataset_info.json': 'llama-factory-dataset-info',
  'torchtune.yaml': 'torchtune',
  'trl.yaml': 'trl',
  'alignment-handbook.yaml': 'trl',
  'mistral-finetune.yaml': 'mistral-finetune',
  'unsloth.yaml': 'unsloth',
  'ludwig.yaml': 'ludwig',
  'deepspeed.json': 'deepspeed',
  'accelerate.yaml': 'accelerate',
  'openai-job.json': 'openai-job',
  'azure-openai-job.json': 'azure-openai-job',
  'azure-ml-finetuning.yaml': 'azure-openai-job',
  'together-job.json': 'together-job',
  'mistral-job.json': 'mistral-job',
  'bedrock-job.json': 'bedrock-job',
  'sagemaker-job.json': 'sagemaker-job',
  'vertex-job.json': 'vertex-job',
  'skypilot.yaml': 'launcher',
  'dstack.dstack.yml': 'launcher',
  '.tuneguard.yaml': 'tuneguard-policy',
  'support-tickets.dataset.yaml': 'tuneguard-dataset-manifest',
  'README.md': 'hf-dataset-card',
  'croissant.json': 'croissant',
  'dataset.jsonl': 'dataset-jsonl',
  'dataset.json': 'dataset-json',
  'dataset.csv': 'dataset-csv',
  'dataset.parquet': 'dataset-parquet',
};

const dir = join(FIXTURES, 'formats');
const read = (name: string) => readFileSync(join(dir, name), name.endsWith('.parquet') ? 'latin1' : 'utf8');

test('every fixture file has an expected format and every format but unknown has a fixture', () => {
  assert.deepEqual(readdirSync(dir).sort(), Object.keys(EXPECTED).sort());
  const covered = new Set(Object.values(EXPECTED));
  const all: FormatId[] = ['axolotl', 'llama-factory', 'llama-factory-dataset-info', 'torchtune', 'trl', 'mistral-finetune', 'unsloth',
    'ludwig', 'deepspeed', 'accelerate', 'openai-job', 'azure-openai-job', 'together-job', 'mistral-job', 'bedrock-job', 'sagemaker-job',
    'vertex-job', 'launcher', 'tuneguard-policy', 'tuneguard-dataset-manifest', 'hf-dataset-card', 'croissant', 'dataset-jsonl',
    'dataset-json', 'dataset-csv', 'dataset-parquet'];
  assert.deepEqual(all.filter((id) => !covered.has(id)), []);
});

for (const [name, format] of Object.entries(EXPECTED)) {
  test(`${name} is recognised as ${format}`, () => {
    assert.equal(parseDocument({ path: `project/${name}`, text: read(name) }).format, format);
  });
}

/** Names that say nothing about the format: recognition must come from the content. */
const NEUTRAL_NAME_EXEMPT = new Set(['.tuneguard.yaml', 'support-tickets.dataset.yaml', 'README.md', 'dataset.jsonl', 'dataset.csv', 'dataset.json', 'dataset.parquet', 'dataset_info.json']);

for (const [name, format] of Object.entries(EXPECTED)) {
  if (NEUTRAL_NAME_EXEMPT.has(name)) continue;
  test(`${name} is recognised as ${format} under a neutral file name`, () => {
    const neutral = name.endsWith('.json') ? 'config.json' : 'config.yaml';
    assert.equal(parseDocument({ path: `project/${neutral}`, text: read(name) }).format, format);
  });
}

test('dataset_info.json content and a Tuneguard manifest are recognised under other names', () => {
  assert.equal(parseDocument({ path: 'data/datasets.json', text: read('dataset_info.json') }).format, 'llama-factory-dataset-info');
  assert.equal(parseDocument({ path: 'governance/support.yaml', text: read('support-tickets.dataset.yaml') }).format, 'tuneguard-dataset-manifest');
  assert.equal(parseDocument({ path: 'policy/org-policy.yaml', text: read('.tuneguard.yaml') }).format, 'tuneguard-policy');
});

test('an extension alone does not make a format: unrelated YAML, JSON and a model card stay unknown', () => {
  const negative = join(FIXTURES, 'formats-negative');
  for (const name of readdirSync(negative)) {
    const doc = parseDocument({ path: name, text: readFileSync(join(negative, name), 'utf8') });
    assert.equal(doc.format, 'unknown', name);
  }
});
