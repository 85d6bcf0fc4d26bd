// Compiles the integration suite (test/e2e/suite) for the extension host: one CommonJS file per
// source, `vscode` and `mocha` left external (mocha resolves from the project's node_modules).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env.mjs';

const SOURCE = join(ROOT, 'test/e2e/suite');
export const SUITE_OUT = join(ROOT, '.tmp/e2e-suite');
export const SUITE_INDEX = join(SUITE_OUT, 'index.js');

export async function buildSuite() {
  rmSync(SUITE_OUT, { recursive: true, force: true });
  const entries = readdirSync(SOURCE).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(SOURCE, f));
  await build({
    entryPoints: entries, outdir: SUITE_OUT, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
  return SUITE_INDEX;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSuite();
