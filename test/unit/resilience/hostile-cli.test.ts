/**
 * The CLI on a hostile tree: binary files, invalid UTF-8, a 10 MB line, an alias bomb, deep
 * nesting, symlink loops, a broken link, a FIFO and unreadable files. Every one is reported or
 * skipped with a clear message, nothing hangs, and the exit code is about findings (0/1), never 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';
import { PLANTED_TOKEN, binaryBytes, deepJsonArrays, deepYamlFlow, invalidUtf8Config, tenMegabyteLineThenToken, yamlAliasBomb } from './hostile-input';

const RUNNING_AS_ROOT = process.getuid?.() === 0;

/** Like runCli, with a deadline: a hang (a FIFO read, a link loop) fails the test instead of blocking it. */
function cli(args: string[], cwd: string, as: { uid?: number; gid?: number } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024, ...as });
  assert.equal(result.error, undefined, `the CLI did not finish: ${result.error?.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function hostileTree(dir: string): void {
  writeFileSync(join(dir, 'blob.json'), binaryBytes());
  writeFileSync(join(dir, 'bad-utf8.yaml'), invalidUtf8Config());
  writeFileSync(join(dir, 'long-line.yaml'), tenMegabyteLineThenToken());
  writeFileSync(join(dir, 'bomb.yaml'), yamlAliasBomb());
  writeFileSync(join(dir, 'deep.json'), deepJsonArrays(100_000));
  writeFileSync(join(dir, 'deep.yaml'), deepYamlFlow(100_000));
  symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
  symlinkSync('/nonexistent/target.yaml', join(dir, 'dangling.yaml'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  symlinkSync('../..', join(dir, 'nested', 'deeper', 'up')); // a directory loop
  symlinkSync('..', join(dir, 'nested', 'parent.yaml')); // a directory loop with a checked name
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
}

test('CLI walks a hostile tree: findings where they are, clear warnings for the rest, exit 1 not 2', (t) => {
  const dir = tempDir(t);
  hostileTree(dir);
  const { status, stdout, stderr } = cli(['check', '.', '--format', 'json'], dir);
  assert.equal(status, 1, `exit ${status}: ${stderr}`); // the planted tokens are errors
  const report = JSON.parse(stdout) as { files: { path: string; skipped?: string; findings: { ruleId: string; message: string; line: number }[] }[] };
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  assert.equal(byPath.get('blob.json')?.skipped, 'binary file');
  assert.ok(byPath.get('bad-utf8.yaml')?.findings.some((f) => f.ruleId === 'secrets/huggingface-token' && f.line === 3));
  assert.ok(byPath.get('long-line.yaml')?.findings.some((f) => f.ruleId === 'secrets/huggingface-token' && f.line === 2));
  assert.ok(byPath.get('bomb.yaml')?.findings.some((f) => f.ruleId === 'secrets/huggingface-token'));
  assert.ok(byPath.get('deep.json')?.findings.some((f) => /nested deeper than/.test(f.message)));
  assert.ok(byPath.get('deep.yaml')?.findings.some((f) => /nested too deeply/.test(f.message)));
  assert.match(stderr, /loop-a\.yaml: symbolic link loop; skipped/);
  assert.match(stderr, /loop-b\.yaml: symbolic link loop; skipped/);
  assert.match(stderr, /dangling\.yaml: broken symbolic link; skipped/);
  assert.match(stderr, /pipe\.yaml: not a regular file/);
  assert.ok(!stdout.includes(PLANTED_TOKEN) && !stderr.includes(PLANTED_TOKEN), 'the token is never printed');
});

test('CLI given a FIFO explicitly: a warning, not a blocked read', (t) => {
  const dir = tempDir(t);
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  const { status, stderr } = cli(['check', 'pipe.yaml'], dir);
  assert.equal(status, 0);
  assert.match(stderr, /pipe\.yaml: not a regular file/);
});

test('CLI on unreadable files and folders (chmod 000): skipped with the reason, exit 0', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tuneguard-test-'));
  t.after(() => {
    chmodSync(join(dir, 'closed'), 0o700); // before removal: a non-root owner cannot empty a 000 folder
    rmSync(dir, { recursive: true, force: true });
  });
  writeFileSync(join(dir, 'secret.yaml'), `hub_token: ${PLANTED_TOKEN}\n`);
  writeFileSync(join(dir, 'ok.yaml'), 'base_model: meta-llama/Meta-Llama-3-8B\n');
  mkdirSync(join(dir, 'closed'));
  writeFileSync(join(dir, 'closed', 'x.yaml'), 'a: 1\n');
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'ok.yaml'), 0o644);
  chmodSync(join(dir, 'secret.yaml'), 0o000);
  chmodSync(join(dir, 'closed'), 0o000);
  // Root reads through chmod 000, so as root the CLI runs as `nobody` to meet the permission check.
  const { status, stdout, stderr } = cli(['check', '.'], dir, RUNNING_AS_ROOT ? { uid: 65534, gid: 65534 } : {});
  assert.equal(status, 0, stderr);
  assert.match(stdout, /secret\.yaml: skipped \(unreadable \(EACCES\)\)/);
  assert.match(stderr, /closed: cannot list: EACCES/);
  assert.match(stdout, /No findings in 2 file\(s\)/);
});
