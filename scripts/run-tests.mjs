// Runs Node's built-in test runner over test/<suite>/**/*.test.ts with tsx as the TypeScript loader.
// (Node 20's --test does not expand globs itself.)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = [];
const visit = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) visit(full);
    else if (name.endsWith('.test.ts')) files.push(full);
  }
};
for (const suite of suites.length ? suites : ['unit', 'lsp']) visit(join('test', suite));
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
// A file whose process never exits (a handle left open) would hold CI until its own limit: fail it here, saying why.
const LIMIT_MINUTES = 45;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', timeout: LIMIT_MINUTES * 60_000, killSignal: 'SIGKILL' });
if (result.error?.code === 'ETIMEDOUT') console.error(`The tests did not finish within ${LIMIT_MINUTES} minutes: a test file is probably kept alive by an open handle (timer, socket, child process).`);
process.exit(result.status ?? 1);
