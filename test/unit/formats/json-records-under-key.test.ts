import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import { checkDocument } from '../../../server/src/engine/check-document';
import { scanDatasetText } from '../../../server/src/engine/datasets/scan-dataset-text';

/** SQuAD 2.0's layout: articles under `data`, their questions three levels further down. */
const SQUAD = `{
  "version": "v2.0",
  "data": [
    {
      "title": "Support",
      "paragraphs": [
        {
          "context": "The ticket was opened by a customer last week.",
          "qas": [
            {
              "id": "q1",
              "question": "Who opened it?",
              "answers": [{"text": "write to jane.roe@mail-host.io for details", "answer_start": 0}],
              "is_impossible": false
            }
          ]
        }
      ]
    }
  ]
}
`;

test('a JSON object with its records under a dataset key is a JSON dataset', () => {
  assert.equal(parseDocument({ path: 'squad/dev-v2.0.json', text: SQUAD }).format, 'dataset-json');
  for (const key of ['data', 'rows', 'examples', 'instances', 'train', 'records', 'conversations', 'tickets', 'documents']) {
    const text = JSON.stringify({ meta: { source: 'export' }, [key]: [{ prompt: 'a', completion: 'b' }, { prompt: 'c', completion: 'd' }] });
    assert.equal(parseDocument({ path: 'export.json', text }).format, 'dataset-json', key);
  }
});

test('what is not records under a dataset key stays unknown', () => {
  const cases: [string, unknown][] = [
    ['an empty array', { data: [] }],
    ['an array of values', { data: [1, 2, 3] }],
    ['an array mixing objects and values', { rows: [{ a: 1 }, 'b'] }],
    ['objects under another key', { configurations: [{ type: 'node', request: 'launch' }] }],
    ['an object under a dataset key', { data: { a: 1 } }],
  ];
  for (const [what, value] of cases) assert.equal(parseDocument({ path: 'x.json', text: JSON.stringify(value) }).format, 'unknown', what);
  assert.equal(parseDocument({ path: 'x.yaml', text: 'data:\n  - a: 1\n' }).format, 'unknown', 'YAML is no JSON dataset');
});

test('a config that lists objects under `data` stays a config: records under a key score below every config', () => {
  const together = { training_file: 'file-123', model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', n_epochs: 3, lora: true, data: [{ a: 1 }] };
  assert.equal(parseDocument({ path: 'job.json', text: JSON.stringify(together) }).format, 'together-job');
  const trl = { model_name_or_path: 'Qwen/Qwen2-0.5B', dataset_name: 'trl-lib/tldr', output_dir: 'out', learning_rate: 1e-5, num_train_epochs: 1, train: [{ a: 1 }] };
  assert.equal(parseDocument({ path: 'trl.json', text: JSON.stringify(trl) }).format, 'trl');
});

test('the editor\'s scan of a SQuAD file finds personal data deep in its records, at its place', () => {
  const email = checkDocument({ path: 'squad/dev-v2.0.json', text: SQUAD }).findings.filter((f) => f.ruleId === 'pii/email');
  assert.deepEqual(email.map((f) => SQUAD.slice(f.start, f.end)), ['jane.roe@mail-host.io']);
  assert.equal(SQUAD.slice(0, email[0].start).split('\n').length, 13);
});

test('records under dataset keys are counted, every split of them', () => {
  const splits = JSON.stringify({ train: [{ q: 'a' }, { q: 'b' }], test: [{ q: 'c' }], version: 1 });
  assert.equal(scanDatasetText(splits, 'splits.json', 'json').summary.records, 3);
  assert.equal(scanDatasetText(SQUAD, 'dev.json', 'json').summary.records, 1);
});
