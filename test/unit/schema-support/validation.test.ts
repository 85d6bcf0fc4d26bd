import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicySchema } from '../../../schemas/policy';
import { checkDocument } from '../../../server/src/engine/check-document';

const CUSTOM = PolicySchema.parse({ classification: { levels: ['open', 'sensitive', 'secret'] } });

/** Only the schema rules: other analyzers (governance, secrets) have their own tests. */
const SCHEMA_RULES = new Set(['governance/invalid-dataset-manifest', 'governance/unknown-setting', 'governance/invalid-policy']);

function findings(path: string, text: string, policy = CUSTOM) {
  return checkDocument({ path, text }, { policy }).findings.filter((f) => SCHEMA_RULES.has(f.ruleId)).map((f) => ({ ruleId: f.ruleId, text: text.slice(f.start, f.end), message: f.message, severity: f.severity }));
}

test('a valid manifest has no findings', () => {
  assert.deepEqual(findings('d/t.dataset.yaml', 'name: Tickets\nowner: ml@acme.com\nclassification: sensitive\nlicense: proprietary\nfields:\n  - name: text\n    pii: false\n'), []);
});

test('a wrong type is reported on the value itself', () => {
  const [f] = findings('d/t.dataset.yaml', 'name: Tickets\ncontains_pii: maybe\n');
  assert.equal(f.ruleId, 'governance/invalid-dataset-manifest');
  assert.equal(f.text, 'maybe');
  assert.match(f.message, /^contains_pii: /);
});

test('a missing required field is reported on the first key, not the whole file', () => {
  const [f] = findings('d/t.dataset.yaml', 'owner: ml@acme.com\nclassification: open\n');
  assert.equal(f.ruleId, 'governance/invalid-dataset-manifest');
  assert.equal(f.text, 'owner');
  assert.match(f.message, /Missing required field `name`/);
});

test('nested problems land on the nested value', () => {
  const [f] = findings('d/t.dataset.yaml', 'name: T\nfields:\n  - name: email\n    pii: "yes"\n');
  assert.equal(f.text, '"yes"');
  assert.match(f.message, /^fields\.0\.pii: /);
});

test('unknown keys are warnings on the key, with a suggestion for typos, in manifests and in the policy', () => {
  const manifest = findings('d/t.dataset.yaml', 'name: T\nclasification: open\n');
  assert.deepEqual(manifest.map((f) => [f.ruleId, f.text, f.severity]), [['governance/unknown-setting', 'clasification', 'warning']]);
  assert.match(manifest[0].message, /Did you mean `classification`\?/);
  const policy = findings('.tuneguard.yaml', 'version: 1\nsecrets:\n  provder: vault\n');
  assert.deepEqual(policy.map((f) => [f.ruleId, f.text]), [['governance/unknown-setting', 'provder']]);
  assert.match(policy[0].message, /in `secrets`.*Did you mean `provider`/);
});

test('open maps such as the severity map accept any key', () => {
  assert.deepEqual(findings('.tuneguard.yaml', 'rules:\n  custom/anything: off\n'), []);
});

test('a malformed policy value is reported at its range; a YAML error is reported once', () => {
  const bad = findings('.tuneguard.yaml', 'secrets:\n  provider: keepass\n');
  assert.deepEqual(bad.map((f) => [f.ruleId, f.text]), [['governance/invalid-policy', 'keepass']]);
  const broken = findings('.tuneguard.yaml', 'rules: [\n');
  assert.ok(broken.length >= 1);
  assert.ok(broken.every((f) => f.ruleId === 'governance/invalid-policy'), JSON.stringify(broken));
});

test('a missing required field in a policy list item is reported on the item, not the whole policy', () => {
  const text = 'overrides:\n  - rules:\n      pii/*: off\n';
  const [f] = findings('.tuneguard.yaml', text);
  assert.equal(f.ruleId, 'governance/invalid-policy');
  assert.equal(f.text, 'rules');
  assert.match(f.message, /Missing required field `overrides\.0\.files`/);
});

test('a policy that is not a mapping is reported once', () => {
  const bad = findings('.tuneguard.yaml', '- a\n- b\n');
  assert.deepEqual(bad.map((f) => [f.ruleId, f.text]), [['governance/invalid-policy', '- a\n- b\n']]);
});
