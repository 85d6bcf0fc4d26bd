import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicySchema } from '../../../schemas/policy';
import { compileCustomPatterns } from '../../../server/src/engine/secrets/custom-patterns';
import { secrets } from './helpers';

const policy = PolicySchema.parse({
  secrets: { customPatterns: [{ id: 'acme-gateway-key', title: 'ACME gateway key', pattern: 'acmegw_([a-z0-9]{32})', keywords: ['acmegw_'], envVar: 'ACME_GATEWAY_KEY' }] },
});
const KEY = 'acmegw_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

test('custom patterns from the policy are found in trusted workspaces (and by the CLI)', () => {
  assert.deepEqual(secrets('a.yaml', `gateway: ${KEY}\n`, { policy }), [{ ruleId: 'secrets/custom-acme-gateway-key', text: KEY.slice(7) }]);
  assert.deepEqual(secrets('a.yaml', `gateway: ${KEY}\n`, { policy, trusted: true }).length, 1);
});

test('custom patterns from the workspace policy do not run in an untrusted workspace', () => {
  assert.deepEqual(secrets('a.yaml', `gateway: ${KEY}\n`, { policy, trusted: false }), []);
});

test('custom patterns run on RE2: backreferences are rejected with a reason, nested quantifiers stay linear', () => {
  const compiled = compileCustomPatterns([{ id: 'bad', pattern: '(a)\\1', keywords: ['aaa'], severity: 'error' }, { id: 'nested', pattern: '(a+)+b', keywords: ['aaa'], severity: 'error' }]);
  assert.deepEqual(compiled.problems.map((p) => p.id), ['bad']);
  const [nested] = compiled.rules;
  const hostile = 'a'.repeat(50_000);
  assert.deepEqual([...nested.find!(hostile)], []); // a backtracking engine would never return
});

test('a custom pattern only runs on values containing one of its keywords', () => {
  const noKeyword = PolicySchema.parse({ secrets: { customPatterns: [{ id: 'x', pattern: '[a-z0-9]{32}', keywords: ['zzqx_'] }] } });
  assert.deepEqual(secrets('a.yaml', `gateway: ${KEY}\n`, { policy: noKeyword }), []);
});
