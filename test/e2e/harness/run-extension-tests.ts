// Runs the integration suite inside code-server's extension host: the workbench URL carries a
// smoke-test-driver payload (extensionDevelopmentPath, extensionTestsPath) and the page reports
// the suite's outcome through window.codeAutomationExit.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through scripts/e2e/run.mjs)`);
  return value;
};

async function main(): Promise<number> {
  const url = new URL(env('TUNEGUARD_E2E_URL'));
  const remote = (path: string) => `vscode-remote://${url.host}${path}`;
  const browser = await launchBrowser(env('TUNEGUARD_E2E_SCRATCH'));
  try {
    const { page } = browser;
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => { exit = resolve; });
    // The workbench's console (mocha's report among it) is kept in a file; the report is printed.
    const consoleLog = createWriteStream(join(env('TUNEGUARD_E2E_RESULTS'), 'integration-console.log'));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(args ?? []).map((a) => (typeof a === 'string' ? a.replace(/%c/g, '') : a)));
      consoleLog.write(`[${type}] ${text}\n`);
      // mocha's spec report: indented lines, forwarded as log/info.
      if ((type === 'log' || type === 'info') && /^\s+\S/.test(text) && !/^\s*color:/.test(text)) console.log(text);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(env('TUNEGUARD_E2E_EXTENSION'))],
      ['extensionTestsPath', remote(env('TUNEGUARD_E2E_SUITE'))],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`${url.origin}/?folder=${encodeURIComponent(env('TUNEGUARD_E2E_WORKSPACE'))}&payload=${encodeURIComponent(payload)}`);
    const timeoutMs = 180_000;
    const timedOut = new Promise<'timeout'>((resolve) => setTimeout(resolve, timeoutMs, 'timeout').unref());
    const code = await Promise.race([exited, timedOut]);
    if (code === 'timeout') {
      console.error(`The integration suite did not finish within ${timeoutMs / 1000} s.`);
      return 1;
    }
    return code;
  } finally {
    await browser.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
