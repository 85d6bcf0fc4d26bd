import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicySchema } from '../../../schemas/policy';
import { checkDocument } from '../../../server/src/engine/check-document';
import { createBaseline, parseBaseline, serializeBaseline } from '../../../server/src/engine/baseline/baseline';
import { ids, secrets } from './helpers';

const HF = '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';
const GROQ = 'gsk_Zq8Wm3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0MnBvCxZq8Wm3Rt5Yu7Io9Pa2';

test('an inline tuneguard-ignore comment on the line or the line above suppresses only the rules it names', () => {
  const yaml = `hub_token: ${HF} # tuneguard-ignore secrets/huggingface-token\n# tuneguard-ignore secrets/groq-api-key\ngroq: ${GROQ}\nother: ${HF}\n`;
  assert.deepEqual(secrets('a.yaml', yaml), [{ ruleId: 'secrets/huggingface-token', text: HF }]);
  const wrongRule = `# tuneguard-ignore secrets/openai-api-key\nhub_token: ${HF}\n`;
  assert.deepEqual(ids(secrets('a.yaml', wrongRule)), ['secrets/huggingface-token']);
  const family = `HF_TOKEN=${HF} # tuneguard-ignore secrets/*\n`;
  assert.deepEqual(secrets('.env', family), []);
  const farAbove = `# tuneguard-ignore secrets/huggingface-token\nmodel: x\nhub_token: ${HF}\n`;
  assert.deepEqual(ids(secrets('a.yaml', farAbove)), ['secrets/huggingface-token']);
});

test('JSON has no comments: an ignore-looking string does not suppress; allowlist.fingerprints does', () => {
  const json = `{"note": "# tuneguard-ignore secrets/huggingface-token", "hub_token": "${HF}"}`;
  const [finding] = checkDocument({ path: 'a.json', text: json }).findings;
  assert.equal(finding.ruleId, 'secrets/huggingface-token');
  const policy = PolicySchema.parse({ allowlist: { fingerprints: [finding.fingerprint] } });
  assert.deepEqual(checkDocument({ path: 'a.json', text: json }, { policy }).findings, []);
  assert.equal(checkDocument({ path: 'b.json', text: json }, { policy }).findings.length, 1, 'a fingerprint covers one file');
});

test('baseline fingerprints survive edits elsewhere in the file and stop matching when the value changes', () => {
  const before = `base_model: x\nhub_token: ${HF}\n`;
  const [finding] = checkDocument({ path: 'cfg/train.yaml', text: before }).findings;
  const baseline = parseBaseline(serializeBaseline(createBaseline([{ fingerprint: finding.fingerprint!, ruleId: finding.ruleId, path: 'cfg/train.yaml', line: 2 }])));
  assert.deepEqual(baseline.problems, []);
  const edited = `# comment\nlearning_rate: 0.0002\nbase_model: y\n\nhub_token: ${HF}\n`;
  assert.deepEqual(checkDocument({ path: 'cfg/train.yaml', text: edited }, { baseline: baseline.fingerprints }).findings, []);
  const rotated = edited.replace(HF, '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');
  assert.equal(checkDocument({ path: 'cfg/train.yaml', text: rotated }, { baseline: baseline.fingerprints }).findings.length, 1);
});

test('a baseline with bad entries keeps its valid ones and says what is wrong', () => {
  const parsed = parseBaseline(JSON.stringify({ version: 1, findings: [{ fingerprint: 'a'.repeat(32) }, { fingerprint: 'nope' }, {}] }));
  assert.deepEqual([...parsed.fingerprints], ['a'.repeat(32)]);
  assert.equal(parsed.problems.length, 2);
  assert.deepEqual(parseBaseline('{').problems, ['the baseline is not valid JSON']);
});

test('allowlisted values are never reported', () => {
  const policy = PolicySchema.parse({ allowlist: { values: [HF] } });
  assert.deepEqual(secrets('a.yaml', `hub_token: ${HF}\n`, { policy }), []);
});
