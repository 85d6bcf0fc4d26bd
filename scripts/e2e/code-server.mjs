// An isolated code-server (config, user data and extensions under one scratch folder), bound to
// 127.0.0.1, run in its own process group so that stopping it also ends its watchers and the
// extension host with the language server.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { log } from './env.mjs';
import { CODE_SERVER_ENTRY, NODE24, node24Env } from './tools.mjs';
import { pollUntil } from './poll.mjs';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off', // not false: the first window would migrate it, rewriting this file mid-run
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  // The secondary side bar would open empty (chat is disabled) and take a third of the window.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Files opened from the Explorer stay open (no preview tab replaced by the next one).
  'workbench.editor.enablePreview': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Folders of one code-server instance; nothing outside `dir` is written. */
export function codeServerDirs(dir) {
  const dirs = { dir, config: join(dir, 'config.yaml'), userData: join(dir, 'user-data'), extensions: join(dir, 'extensions'), log: join(dir, 'code-server.log') };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(join(dirs.userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

function cliArgs(dirs) {
  return [CODE_SERVER_ENTRY, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

export function installExtension(dirs, vsix) {
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  const result = spawnSync(NODE24, [...cliArgs(dirs), '--install-extension', vsix], { env: node24Env(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts code-server on a free loopback port and waits (polling /healthz) until it answers. */
export async function startCodeServer(dirs, { workspace, smokeTestDriver = false }) {
  const port = await freePort();
  writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\n`);
  const args = [...cliArgs(dirs), '--disable-workspace-trust', '--disable-getting-started-override'];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  // e.g. TUNEGUARD_E2E_LOG=trace: code-server's and the workbench's log level (the workbench's
  // console is kept with a failed journey's screenshot).
  if (process.env.TUNEGUARD_E2E_LOG) args.push('--log', process.env.TUNEGUARD_E2E_LOG);
  args.push(workspace);
  const output = createWriteStream(dirs.log);
  const child = spawn(NODE24, args, { env: node24Env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  let exited = false;
  child.once('exit', () => { exited = true; });
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(`code-server to answer on ${url}`, async () => {
    if (exited) throw new Error(`code-server exited early; see ${dirs.log}`);
    try {
      return (await fetch(`${url}/healthz`)).ok || undefined;
    } catch {
      return undefined;
    }
  }, 60_000);
  log(`code-server up on ${url} (pid ${child.pid})`);
  return {
    url, port, pid: child.pid,
    async stop() {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child.pid, 'SIGTERM');
      const stopped = await Promise.race([gone.then(() => true), new Promise((resolve) => setTimeout(resolve, 5_000, false))]);
      // The group also holds the extension host and the language server: end them all.
      killGroup(child.pid, 'SIGKILL');
      if (!stopped) await gone;
    },
  };
}

/** Signals a whole process group; a group that is already gone is fine. */
export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}
