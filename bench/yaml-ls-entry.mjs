// Starts Red Hat's yaml-language-server as its own bin does, optionally without its fixed
// validation debounce (SettingsState.validationDelayMs, 200 ms, not a setting), so the benchmark
// can time the validation work itself as well as what a user waits for.
// Usage: node bench/yaml-ls-entry.mjs --stdio [--no-debounce]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('yaml-language-server/package.json'));
const load = (relative) => import(pathToFileURL(join(root, relative)).href);

if (process.argv.includes('--no-debounce')) {
  const { SettingsState } = await load('out/src/yamlSettings.js');
  // The constructor assigns `this.validationDelayMs = 200`; a prototype accessor intercepts it.
  Object.defineProperty(SettingsState.prototype, 'validationDelayMs', { get: () => 0, set: () => undefined, configurable: true });
}
process.env.YAML_LANGUAGE_SERVER_VERSION = require('yaml-language-server/package.json').version;
await load('out/src/server.js');
