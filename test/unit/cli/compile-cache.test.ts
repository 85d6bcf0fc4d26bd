import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

/** Runs a CLI (`cli`: its dist/cli.js) with its compile cache in `cacheDirectory`; its standard output. */
function runWithCache(cacheDirectory: string, args: string[], cli = CLI): string {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TUNEGUARD_COMPILE_CACHE: cacheDirectory } });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

const version = (cacheDirectory: string) => runWithCache(cacheDirectory, ['--version']).trim();

/** Every file under a cache directory (Node 22 keeps its own layout there) with its modification time. */
function cacheFiles(cacheDirectory: string): (readonly [string, number])[] {
  return (readdirSync(cacheDirectory, { recursive: true }) as string[])
    .filter((name) => statSync(join(cacheDirectory, name)).isFile())
    .map((name) => [name, statSync(join(cacheDirectory, name)).mtimeMs] as const)
    .sort();
}

/** A cache directory of the test's own, as the CLI accepts one (only its user may write to it). */
function cacheDirectory(t: Parameters<typeof tempDir>[0]): string {
  const directory = join(tempDir(t, 'tg-compile-cache-'), 'cache');
  mkdirSync(directory, { mode: 0o700 });
  return directory;
}

test('the CLI caches its compiled bundle, and a broken or foreign cache only costs time', (t) => {
  const directory = cacheDirectory(t);
  const first = version(directory);
  assert.match(first, /^\d+\.\d+\.\d+/);
  assert.ok(readdirSync(directory).length > 0, 'no cache written');
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
});

test('a dataset check reuses the cached code: V8 accepts it on the next run (flags the check sets are undone before it is written)', (t) => {
  const cache = cacheDirectory(t);
  // Over the streaming threshold, so the worker pool (which tunes V8's young generation) runs.
  const dataset = join(dirname(cache), 'big.jsonl');
  writeFileSync(dataset, `${JSON.stringify({ messages: [{ role: 'user', content: 'hello there '.repeat(20) }] })}\n`.repeat(12_000));
  const check = () => runWithCache(cache, ['check', dataset, '--format', 'json']);
  check();
  const first = cacheFiles(cache);
  assert.ok(first.length > 0, 'no cache written');
  check();
  assert.deepEqual(cacheFiles(cache), first, 'the cache was rejected and written again');
});

test('two installs of the CLI in different places keep their own caches (neither deletes the other\'s)', (t) => {
  const cache = cacheDirectory(t);
  const installs = ['a', 'b'].map((name) => {
    const dist = join(dirname(cache), name);
    mkdirSync(dist);
    for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(dirname(CLI), file), join(dist, file));
    return join(dist, 'cli.js');
  });
  const run = (cli: string) => runWithCache(cache, ['--version'], cli);
  run(installs[0]);
  const one = cacheFiles(cache);
  run(installs[1]);
  const both = cacheFiles(cache);
  assert.ok(both.length > one.length, 'the second install wrote no cache of its own');
  run(installs[0]);
  run(installs[1]);
  assert.deepEqual(cacheFiles(cache), both, 'a cache was deleted or rejected and written again');
});
