import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI } from '../../helpers/run-cli';

function version(cacheDirectory: string): string {
  const result = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8', env: { ...process.env, TUNEGUARD_COMPILE_CACHE: cacheDirectory } });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

test('the CLI caches its compiled bundle, and a broken or foreign cache only costs time', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tg-compile-cache-'));
  try {
    const first = version(directory);
    assert.match(first, /^\d+\.\d+\.\d+/);
    const files = readdirSync(directory);
    assert.ok(files.length > 0, 'no cache written');
    assert.equal(version(directory), first, 'second run, from the cache');

    // Garbage where the cached code was: V8 rejects it, the run compiles from source and rewrites it.
    for (const name of readdirSync(directory).filter((n) => n.endsWith('.cache'))) writeFileSync(join(directory, name), 'not a code cache');
    assert.equal(version(directory), first, 'run with a corrupt cache');

    // A directory others may write to is never used: code read from it would run.
    const shared = join(directory, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    assert.equal(version(shared), first);
    assert.deepEqual(readdirSync(shared), [], 'wrote into a world-writable directory');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('a dataset check reuses the cached code: V8 accepts it on the next run (flags the check sets are undone before it is written)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tg-compile-cache-'));
  try {
    // Over the streaming threshold, so the worker pool (which tunes V8's young generation) runs.
    const dataset = join(directory, 'big.jsonl');
    writeFileSync(dataset, `${JSON.stringify({ messages: [{ role: 'user', content: 'hello there '.repeat(20) }] })}\n`.repeat(12_000));
    const check = () => {
      const result = spawnSync(process.execPath, [CLI, 'check', dataset, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, TUNEGUARD_COMPILE_CACHE: directory } });
      assert.equal(result.status, 0, result.stderr);
    };
    // Every file under the cache directory (Node 22 keeps its own layout there) with its modification time.
    const cacheFiles = () => (readdirSync(directory, { recursive: true }) as string[])
      .filter((name) => name !== 'big.jsonl' && statSync(join(directory, name)).isFile())
      .map((name) => [name, statSync(join(directory, name)).mtimeMs] as const);
    check();
    const first = cacheFiles();
    assert.ok(first.length > 0, 'no cache written');
    check();
    assert.deepEqual(cacheFiles(), first, 'the cache was rejected and written again');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('two installs of the CLI in different places keep their own caches (neither deletes the other\'s)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tg-compile-cache-'));
  try {
    const cache = join(directory, 'cache');
    mkdirSync(cache, { mode: 0o700 });
    const installs = ['a', 'b'].map((name) => {
      const dist = join(directory, name);
      mkdirSync(dist);
      for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(dirname(CLI), file), join(dist, file));
      return join(dist, 'cli.js');
    });
    const run = (cli: string) => {
      const result = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', env: { ...process.env, TUNEGUARD_COMPILE_CACHE: cache } });
      assert.equal(result.status, 0, result.stderr);
    };
    const files = () => (readdirSync(cache, { recursive: true }) as string[]).filter((name) => statSync(join(cache, name)).isFile()).map((name) => [name, statSync(join(cache, name)).mtimeMs] as const).sort();
    run(installs[0]);
    const one = files();
    run(installs[1]);
    const both = files();
    assert.ok(both.length > one.length, 'the second install wrote no cache of its own');
    run(installs[0]);
    run(installs[1]);
    assert.deepEqual(files(), both, 'a cache was deleted or rejected and written again');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
