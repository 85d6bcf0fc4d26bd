/**
 * Hostile input straight into the engine: it must answer (no throw, no hang), keep every range
 * inside the text, and say clearly when it could not look inside a document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/engine/check-document';
import { loadPolicy } from '../../../server/src/engine/policy/load-policy';
import type { Finding } from '../../../server/src/engine/types';
import {
  PLANTED_TOKEN, binaryBytes, deepJsonArrays, deepJsonObjects, deepYamlBlock, deepYamlFlow, invalidUtf8Config, tenMegabyteLineThenToken, yamlAliasBomb,
} from './hostile-input';

function check(path: string, text: string): Finding[] {
  const { findings } = checkDocument({ path, text });
  for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} range ${f.start}-${f.end} outside 0-${text.length}`);
  return findings;
}

test('100k levels of [ and { in JSON: one clear "nested too deeply" diagnostic, no stack overflow', () => {
  for (const text of [deepJsonArrays(100_000), deepJsonObjects(100_000)]) {
    for (const path of ['deep.json', 'noextension']) {
      const findings = check(path, text);
      assert.ok(findings.some((f) => /nested deeper than/.test(f.message)), `${path}: ${findings.map((f) => f.message).join('; ')}`);
    }
    check('data/deep.jsonl', `{"ok": 1}\n${text}\n{"ok": 2}`); // JSONL line problems belong to the dataset scanner; here: no throw
  }
});

test('100k levels of YAML flow nesting and thousands of block levels: a clear diagnostic, no throw', () => {
  for (const text of [deepYamlFlow(100_000), deepYamlBlock(3_000)]) {
    const findings = check('deep.yaml', text);
    assert.ok(findings.some((f) => /nested too deeply/.test(f.message)), findings.map((f) => f.message).join('; '));
    assert.ok(!findings.some((f) => /call stack/i.test(f.message)), 'the raw RangeError text is not shown');
  }
  const policy = loadPolicy(`rules: ${deepYamlFlow(100_000)}`);
  assert.ok(policy.problems.length > 0);
});

test('YAML alias bomb ("billion laughs") is not expanded; the real token next to it is still found', () => {
  const text = yamlAliasBomb();
  const findings = check('train.yaml', text);
  const token = findings.find((f) => f.ruleId === 'secrets/huggingface-token');
  assert.ok(token, 'token found');
  assert.equal(text.slice(token.start, token.end), PLANTED_TOKEN);
  const policy = loadPolicy(`allowlist:\n  values: &v [a, b]\nrules: &r {x: *v, y: *v}\n${yamlAliasBomb().replace(/^hub_token.*$/m, '')}`);
  assert.ok(Array.isArray(policy.problems));
});

test('a 10 MB single line: no throw, and the token on the next line is found at its exact range', () => {
  const text = tenMegabyteLineThenToken();
  assert.ok(text.length > 10_000_000);
  const findings = check('train.yaml', text);
  const token = findings.find((f) => f.ruleId === 'secrets/huggingface-token');
  assert.ok(token, 'token found');
  assert.equal(text.slice(token.start, token.end), PLANTED_TOKEN);
  for (const [path, line] of [['data/big.jsonl', `{"text": "${'x'.repeat(10_000_000)}"}`], ['big.json', `{"a": "${'y'.repeat(10_000_000)}"}`]]) check(path, line);
});

test('binary content under config, dataset and policy names: no throw, ranges inside', () => {
  const text = binaryBytes().toString('latin1');
  for (const path of ['train.yaml', 'job.json', 'data/train.jsonl', '.tuneguard.yaml', 'data/x.dataset.yaml', 'README.md', '.env']) check(path, text);
  loadPolicy(text);
});

test('invalid UTF-8 decoded with replacement characters: the token is still found at its exact range', () => {
  const text = new TextDecoder('utf-8').decode(invalidUtf8Config());
  assert.ok(text.includes('\ufffd'));
  const token = check('train.yaml', text).find((f) => f.ruleId === 'secrets/huggingface-token');
  assert.ok(token);
  assert.equal(text.slice(token.start, token.end), PLANTED_TOKEN);
  // Lone surrogates (what a broken UTF-16 producer leaves) anywhere in the text.
  check('train.yaml', `hub_token: ${PLANTED_TOKEN}\ud800\nx: \udc00${PLANTED_TOKEN}\n`);
});
