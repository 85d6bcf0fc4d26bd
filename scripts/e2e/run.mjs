// `npm run test:e2e`: installs the tools (tools.mjs), packages the extension, installs the .vsix
// into an isolated code-server on 127.0.0.1 and runs
//   1. the integration suite (test/e2e/suite, mocha) inside code-server's extension host, and
//   2. the UI journeys (test/e2e/journeys) in headless Chromium.
// Usage: node scripts/e2e/run.mjs [integration] [journeys]   (default: both)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { codeServerDirs, installExtension, killGroup, startCodeServer } from './code-server.mjs';
import { isolatedEnv, log, ROOT } from './env.mjs';
import { ensureTools } from './tools.mjs';

const parts = process.argv.slice(2).filter((a) => a === 'integration' || a === 'journeys');
const runIntegration = parts.length === 0 || parts.includes('integration');
const runJourneys = parts.length === 0 || parts.includes('journeys');
const RESULTS = join(ROOT, 'test-results/e2e');

const servers = new Set();
/** Process groups of running children (test runners with their Chromium), ended on an interrupt too. */
const groups = new Set();
let scratch;
async function cleanup() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
  await Promise.all([...servers].map((s) => s.stop()));
  servers.clear();
  if (scratch && process.env.TUNEGUARD_E2E_KEEP) console.log(`kept ${scratch} (TUNEGUARD_E2E_KEEP)`);
  else if (scratch) rmSync(scratch, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

/** Runs a child in its own process group and ends the group afterwards (chromium, tsx workers). */
function runGroup(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    groups.add(child.pid);
    child.once('exit', (code, signal) => {
      killGroup(child.pid, 'SIGKILL');
      groups.delete(child.pid);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function withCodeServer(label, dirs, options, body) {
  const server = await startCodeServer(dirs, options);
  servers.add(server);
  let code = 1;
  try {
    code = await body(server);
    return code;
  } finally {
    await server.stop();
    servers.delete(server);
    // The scratch folder goes; for a failed run its logs (code-server, extension hosts, the
    // Tuneguard output channel) stay with the screenshots.
    if (code !== 0) {
      copyFileSync(dirs.log, join(RESULTS, `${label}-code-server.log`));
      cpSync(join(dirs.userData, 'logs'), join(RESULTS, `${label}-logs`), { recursive: true });
    }
  }
}

async function main() {
  ensureTools();
  const env = isolatedEnv();
  log('packaging the extension (npm run package)');
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (packaged.status !== 0) throw new Error('npm run package failed');
  const { name, publisher, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = join(ROOT, `${name}-${version}.vsix`);
  const suiteIndex = await buildSuite();

  scratch = mkdtempSync(join(tmpdir(), 'tuneguard-e2e-'));
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const ui = codeServerDirs(join(scratch, 'ui'));
  installExtension(ui, vsix);
  const installed = join(ui.extensions, `${publisher}.${name}-${version}`);
  if (!existsSync(join(installed, 'dist/server.js'))) throw new Error(`The .vsix did not install to ${installed}`);
  log(`installed ${name}-${version}.vsix into ${ui.extensions}`);
  const common = { ...env, TUNEGUARD_E2E_SCRATCH: scratch, TUNEGUARD_E2E_RESULTS: RESULTS };
  const failures = [];

  if (runIntegration) {
    // The suite runs against the files the .vsix installed, loaded as the development extension.
    const it = codeServerDirs(join(scratch, 'integration'));
    const workspace = join(scratch, 'integration-workspace');
    mkdirSync(workspace);
    log('integration suite in the extension host');
    const code = await withCodeServer('integration', it, { workspace, smokeTestDriver: true }, (server) => runGroup(process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/e2e/harness/run-extension-tests.ts')],
      { ...common, TUNEGUARD_E2E_URL: server.url, TUNEGUARD_E2E_EXTENSION: installed, TUNEGUARD_E2E_SUITE: suiteIndex, TUNEGUARD_E2E_WORKSPACE: workspace }));
    if (code !== 0) failures.push(`integration suite (exit ${code}; logs in ${RESULTS})`);
  }

  if (runJourneys) {
    const only = process.env.TUNEGUARD_E2E_JOURNEYS; // e.g. "2,5": only the journeys with these numbers
    const journeys = readdirSync(join(ROOT, 'test/e2e/journeys')).filter((f) => f.endsWith('.journey.ts'))
      .filter((f) => !only || only.split(',').includes(f.split('-')[0])).sort()
      .map((f) => join('test/e2e/journeys', f));
    const home = join(scratch, 'journeys-home');
    mkdirSync(home);
    log(`UI journeys in headless Chromium: ${journeys.length} file(s)`);
    const code = await withCodeServer('journeys', ui, { workspace: home }, (server) => runGroup(process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...journeys],
      { ...common, TUNEGUARD_E2E_URL: server.url, TUNEGUARD_E2E_EXTENSIONS_DIR: ui.extensions }));
    if (code !== 0) failures.push(`UI journeys (exit ${code}; screenshots in ${RESULTS})`);
  }
  return failures;
}

let failures;
try {
  failures = await main();
} catch (error) {
  failures = [error instanceof Error ? error.message : String(error)];
} finally {
  await cleanup();
}
if (failures.length > 0) {
  console.error(`E2E FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
log('E2E PASSED');
