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

/** process.env with HOME, XDG dirs and npm's cache redirected under the tools folder. */
export function isolatedEnv(extra = {}) {
  for (const dir of ['.cache', '.config', '.local/share']) mkdirSync(join(HOME_DIR, dir), { recursive: true });
  return {
    ...process.env,
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
