import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordPrefilter } from '../../../server/src/engine/secrets/keyword-prefilter';

test('the prefilter finds every keyword in one pass, including overlapping and nested ones, case-insensitively', () => {
  const filter = new KeywordPrefilter<string>([['sk-', 'openai'], ['sk-ant-api', 'anthropic'], ['ant', 'ant-rule'], ['hf_', 'hf'], ['xoxb-', 'slack']]);
  assert.deepEqual([...filter.match('key: SK-ANT-API03-abc')].sort(), ['ant-rule', 'anthropic', 'openai']);
  assert.deepEqual([...filter.match('nothing to see')], []);
  assert.deepEqual([...filter.match('hf_a and xoxb-1')].sort(), ['hf', 'slack']);
});
