import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/run-cli';

const TOKEN = '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';

function workspace(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'configs'));
  copyFileSync(join(FIXTURES, 'configs/axolotl-with-token.yaml'), join(dir, 'configs/train.yaml'));
  writeFileSync(join(dir, 'configs/clean.yaml'), 'model_name_or_path: x\nstage: sft\nfinetuning_type: lora\ntemplate: llama3\n');
  writeFileSync(join(dir, 'notes.json'), '{"a": 1}\n');
  mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/pkg/leak.yaml'), `hub_token: ${TOKEN}\n`);
  mkdirSync(join(dir, 'ignored'));
  writeFileSync(join(dir, 'ignored/leak.yaml'), `hub_token: ${TOKEN}\n`);
  writeFileSync(join(dir, '.gitignore'), 'ignored/\n');
  return dir;
}

test('text output: one line per finding, exit 1 on an error-level finding, secret redacted', (t) => {
  const dir = workspace(t);
  const { status, stdout, stderr } = runCli(['check', '.'], dir);
  assert.equal(status, 1, stderr);
  assert.match(stdout, /^configs\/train\.yaml:20:12: error secrets\/huggingface-token: /m);
  assert.ok(!stdout.includes(TOKEN) && !stderr.includes(TOKEN));
  assert.match(stdout, /1 finding\(s\) in 3 file\(s\)/);
});

test('JSON output lists every checked file with its format, relative paths, 1-based positions', (t) => {
  const dir = workspace(t);
  const { status, stdout } = runCli(['check', '.', '--format', 'json'], dir);
  assert.equal(status, 1);
  const report = JSON.parse(stdout);
  assert.deepEqual(report.files.map((f: { path: string; format: string }) => [f.path, f.format]), [
    ['configs/clean.yaml', 'llama-factory'], ['configs/train.yaml', 'axolotl'], ['notes.json', 'unknown'],
  ]);
  const finding = report.files[1].findings[0];
  assert.deepEqual(
    { ruleId: finding.ruleId, severity: finding.severity, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
    { ruleId: 'secrets/huggingface-token', severity: 'error', line: 20, column: 12, endLine: 20, endColumn: 49 },
  );
  assert.ok(!stdout.includes(TOKEN));
});

test('SARIF 2.1.0 output: rules with help URIs, results with relative locations', (t) => {
  const dir = workspace(t);
  const { status, stderr } = runCli(['check', 'configs', '--format', 'sarif', '--output', 'out.sarif'], dir);
  assert.equal(status, 1, stderr);
  const sarif = JSON.parse(require('node:fs').readFileSync(join(dir, 'out.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs.length, 1);
  const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'secrets/huggingface-token');
  assert.ok(rule.shortDescription.text && rule.helpUri.startsWith('https://'));
  const [result] = sarif.runs[0].results;
  assert.equal(result.ruleId, 'secrets/huggingface-token');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.artifactLocation.uri, 'configs/train.yaml');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 20, startColumn: 12, endLine: 20, endColumn: 49 });
  assert.ok(!JSON.stringify(sarif).includes(TOKEN));
});

test('exit 0 when clean, 2 on usage errors and missing paths, with a message on stderr', (t) => {
  const dir = workspace(t);
  assert.equal(runCli(['check', 'configs/clean.yaml'], dir).status, 0);
  const usage = runCli(['check', '--format', 'xml', '.'], dir);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--format must be text, json or sarif/);
  const missing = runCli(['check', 'nope.yaml'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file or directory: nope\.yaml/);
  assert.equal(runCli(['frobnicate'], dir).status, 2);
});

test('binary files are listed as skipped, not crashed on', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'weights.json'), Buffer.from([0x7b, 0x00, 0x01, 0x02]));
  const { status, stdout } = runCli(['check', '.', '--format', 'json'], dir);
  assert.equal(status, 0);
  assert.deepEqual(JSON.parse(stdout).files, [{ path: 'weights.json', format: 'unknown', skipped: 'binary file', findings: [] }]);
});
