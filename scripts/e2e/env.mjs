// Paths and the isolated environment shared by the e2e scripts: every cache and config lives in
// the project (.tmp/), so nothing is written into the user's home folder.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS_DIR = process.env.TUNEGUARD_E2E_TOOLS ?? join(ROOT, '.tmp/e2e-tools');
const HOME_DIR = join(TOOLS_DIR, 'home');

const started = Date.now();
export function log(message) {
  console.log(`[e2e +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

/**
 * process.env without what an outer `npm run` injected, so a nested npm run by another Node (24,
 * for code-server) does not inherit the outer npm's settings: code-server's postinstall reads the
 * Node version from `npm_config_user_agent` and refused to install under `npm run test:e2e`.
 */
function withoutOuterNpm(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD'));
}

/** process.env with HOME, XDG dirs and npm's cache redirected under the tools folder. */
export function isolatedEnv(extra = {}) {
  for (const dir of ['.cache', '.config', '.local/share']) mkdirSync(join(HOME_DIR, dir), { recursive: true });
  return {
    ...withoutOuterNpm(process.env),
    HOME: HOME_DIR,
    XDG_CACHE_HOME: join(HOME_DIR, '.cache'),
    XDG_CONFIG_HOME: join(HOME_DIR, '.config'),
    XDG_DATA_HOME: join(HOME_DIR, '.local/share'),
    npm_config_cache: join(TOOLS_DIR, 'npm-cache'),
    npm_config_devdir: join(TOOLS_DIR, 'node-gyp'),
    npm_config_update_notifier: 'false',
    ...extra,
  };
}
