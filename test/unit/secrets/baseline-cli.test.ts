import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

const HF = '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';
const HF2 = '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';

test('`tuneguard baseline` accepts current findings; `check` then reports only new ones, wherever lines move', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, '.tuneguard.yaml'), 'version: 1\n');
  writeFileSync(join(dir, 'train.yaml'), `base_model: x\nhub_token: ${HF}\n`);
  const written = runCli(['baseline', '.'], dir);
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stderr, /wrote 1 accepted finding\(s\) to \.tuneguard-baseline\.json/);
  const baseline = JSON.parse(readFileSync(join(dir, '.tuneguard-baseline.json'), 'utf8'));
  assert.deepEqual(baseline.findings.map((f: { ruleId: string; path: string }) => [f.ruleId, f.path]), [['secrets/huggingface-token', 'train.yaml']]);

  writeFileSync(join(dir, 'train.yaml'), `# moved down\nlearning_rate: 0.0002\nbase_model: x\nhub_token: ${HF}\n`);
  const clean = runCli(['check', '.'], dir);
  assert.equal(clean.status, 0, clean.stdout);

  writeFileSync(join(dir, 'eval.yaml'), `hub_token: ${HF2}\n`);
  const fresh = runCli(['check', '.', '--format', 'json'], dir);
  assert.equal(fresh.status, 1);
  assert.deepEqual(JSON.parse(fresh.stdout).files.flatMap((f: { path: string; findings: unknown[] }) => f.findings.map(() => f.path)), ['eval.yaml']);
});

test('`--baseline FILE` and `baseline --output FILE`; a missing explicit baseline is a usage error', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'train.yaml'), `hub_token: ${HF}\n`);
  assert.equal(runCli(['baseline', 'train.yaml', '--output', 'accepted.json'], dir).status, 0);
  assert.ok(existsSync(join(dir, 'accepted.json')) && !existsSync(join(dir, '.tuneguard-baseline.json')));
  assert.equal(runCli(['check', 'train.yaml'], dir).status, 1);
  assert.equal(runCli(['check', 'train.yaml', '--baseline', 'accepted.json'], dir).status, 0);
  const missing = runCli(['check', 'train.yaml', '--baseline', 'nope.json'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read baseline nope\.json: ENOENT/);
});
