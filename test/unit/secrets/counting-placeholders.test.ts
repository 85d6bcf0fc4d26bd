import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secrets, ids } from './helpers';
import { isCountingRuns } from '../../../server/src/engine/secrets/counting-runs';

test('values typed by counting letters and digits are placeholders', () => {
  for (const value of ['sk-proj-abc123def456ghi789jkl012mno345pqr678stu901', 'abcdef123456abcdef123456', 'abc-123-def-456-ghi-789', 'sk-ant-api03-abcdef0123456789ABCDEF0123']) {
    assert.ok(isCountingRuns(value), value);
  }
  assert.deepEqual(secrets('.env', 'OPENAI_API_KEY=sk-proj-abc123def456ghi789jkl012mno345pqr678stu901\nSERVICE_SECRET=abcdef123456abcdef123456abcd\n'), []);
});

test('a random value that happens to hold abc or 123 is still a credential', () => {
  for (const value of ['sk-proj-Qm7vabc123X2kR9pL4wZ8nT3b', 'abc123def456Qm7vX2kR9p', 'a1b2c3d4e5f6g7h8', 'xyz_789012abc']) assert.ok(!isCountingRuns(value), value);
  const key = 'sk-proj-abc123Hq4vT9zLw2Kx7NbR3mYp8cDfJ5sG1uWe6AoQiZ0tVn';
  assert.deepEqual(ids(secrets('.env', `OPENAI_API_KEY=${key}\n`)), ['secrets/openai-project-key']);
});
