import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * Loads a CommonJS bundle with V8's code cache, so a short CLI run does not spend ~60 ms parsing
 * 1.3 MB of JavaScript every time. Node 22.1+ does this itself (`module.enableCompileCache`); on
 * older Node the bundle is compiled with `vm.Script` and the code V8 produced, including the
 * functions the run compiled lazily, is written back at exit. The cache lives in a per-user
 * directory; any failure (read-only disk, foreign directory, stale data V8 rejects) only costs
 * the time the cache would have saved. `TUNEGUARD_COMPILE_CACHE=0` turns it off.
 */
export function requireWithCompileCache(file: string): unknown {
  const directory = cacheDirectory();
  const builtin = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (!directory || typeof builtin === 'function') {
    if (directory) builtin!(directory);
    return createRequire(file)(file);
  }
  return loadWithCachedData(file, directory);
}

function cacheDirectory(): string | undefined {
  const configured = process.env.TUNEGUARD_COMPILE_CACHE;
  if (configured === '0') return undefined;
  const uid = process.getuid?.() ?? 0;
  const directory = configured || path.join(os.tmpdir(), `tuneguard-compile-cache-${uid}`);
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(directory);
    // Code from this directory runs: never use one another user owns or may write to.
    if (!stat.isDirectory() || (process.getuid && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}

function loadWithCachedData(file: string, directory: string): unknown {
  const source = fs.readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const stat = fs.statSync(file);
  // Named after the bundle's place too: installs elsewhere (another project's version) keep their own cache.
  const cacheFile = path.join(directory, `${path.basename(file)}-${fnv1a(path.dirname(path.resolve(file)))}@${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.versions.v8}-${process.arch}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // First run of this bundle: compiled from source, cached at exit.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(script, cacheFile));
  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

function writeCache(script: vm.Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, cacheFile); // atomic: a concurrent run reads the old file or the new one, never half
    // Older builds' caches of the same bundle, in the same place, are dead weight.
    const directory = path.dirname(cacheFile);
    const prefix = `${path.basename(cacheFile).split('@')[0]}@`;
    for (const name of fs.readdirSync(directory)) {
      if (name.startsWith(prefix) && name.endsWith('.cache') && name !== path.basename(cacheFile)) fs.rmSync(path.join(directory, name), { force: true });
    }
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

/** FNV-1a of a string, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
