// `npm run test:electron`: the same integration suite in desktop VS Code, downloaded by
// @vscode/test-electron (needs network access to VS Code's update service; not available on
// machines restricted to the npm registry, where `npm run test:e2e` runs it in code-server).
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { ROOT } from './env.mjs';

execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const extensionTestsPath = await buildSuite();
const scratch = mkdtempSync(join(tmpdir(), 'tuneguard-electron-'));
const workspace = join(scratch, 'workspace');
mkdirSync(workspace);
let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    cachePath: join(ROOT, '.tmp/vscode-test'), // the downloaded VS Code is kept and reused here
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', join(scratch, 'extensions')],
  });
} catch (error) {
  console.error(`VS Code integration tests failed: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
