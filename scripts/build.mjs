// Bundles the client, the server and the CLI with esbuild. `--production` minifies.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** libphonenumber-js's regex helper replaced by one that compiles each pattern once (server/src/engine/pii/matches-entirely.ts). */
const phonePatternCache = {
  name: 'libphonenumber-pattern-cache',
  setup(bundle) {
    const shim = fileURLToPath(new URL('../server/src/engine/pii/matches-entirely.ts', import.meta.url));
    bundle.onResolve({ filter: /\/matchesEntirely\.js$/ }, (args) => (/[\\/]libphonenumber-js[\\/]/.test(args.importer) ? { path: shim } : undefined));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { TUNEGUARD_VERSION: JSON.stringify(version) },
  plugins: [phonePatternCache],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js' }),
  build({ ...common, entryPoints: ['server/src/cli-bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/dataset-worker.ts'], outfile: 'dist/dataset-worker.js' }),
]);
// `npx tuneguard` runs the bin straight from dist/: it must be executable.
chmodSync('dist/cli.js', 0o755);
