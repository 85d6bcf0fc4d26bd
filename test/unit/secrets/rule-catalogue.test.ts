import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { SECRET_RULES } from '../../../server/src/engine/secrets/rules';

const GENERIC = new Set(['secrets/generic-api-key', 'secrets/generic-password', 'secrets/environment-variable-secret', 'secrets/authorization-header', 'secrets/url-credentials', 'secrets/database-connection-string', 'secrets/jwt']);

test('at least 120 provider-specific rules with unique kebab-case ids', () => {
  const ids = SECRET_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
  for (const id of ids) assert.match(id, /^secrets\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  const providerSpecific = SECRET_RULES.filter((r) => !GENERIC.has(r.id));
  assert.ok(providerSpecific.length >= 120, `${providerSpecific.length} provider-specific rules`);
});

test('every rule has a title, a description, a severity, a standards mapping and a generated doc page', () => {
  for (const rule of SECRET_RULES) {
    assert.ok(rule.title.length > 5 && rule.description.length > 40, rule.id);
    assert.ok(['error', 'warning', 'info'].includes(rule.defaultSeverity), rule.id);
    assert.ok((rule.standards?.owaspNhi?.length ?? 0) > 0 && (rule.standards?.nistCsf?.length ?? 0) > 0, rule.id);
    assert.ok(existsSync(`docs/rules/${rule.id}.md`), `docs/rules/${rule.id}.md (run npm run generate)`);
  }
});

test('every pattern rule sits behind lower-case prefilter keywords; every rule can match somehow', () => {
  for (const rule of SECRET_RULES) {
    if (rule.pattern) {
      assert.ok(rule.keywords.length > 0, `${rule.id}: a pattern without keywords would run on every value`);
      assert.ok(rule.pattern.global, `${rule.id}: pattern needs the g flag`);
    }
    for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), rule.id);
    const textLevel = ['secrets/private-key', 'secrets/openssh-private-key', 'secrets/pgp-private-key', 'secrets/putty-private-key'].includes(rule.id);
    assert.ok(rule.pattern || rule.keyed || textLevel, `${rule.id} has no detector`);
  }
});

test('the tools\' environment variable is known for the credentials quick fixes move', () => {
  const byId = new Map(SECRET_RULES.map((r) => [r.id, r]));
  assert.equal(byId.get('secrets/huggingface-token')?.envVar, 'HF_TOKEN');
  assert.equal(byId.get('secrets/wandb-api-key')?.envVar, 'WANDB_API_KEY');
  assert.equal(byId.get('secrets/openai-project-key')?.envVar, 'OPENAI_API_KEY');
  assert.equal(byId.get('secrets/aws-secret-access-key')?.envVar, 'AWS_SECRET_ACCESS_KEY');
});
