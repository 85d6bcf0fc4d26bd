// A code-server workbench opened on a fresh workspace folder, with the user-level actions the
// journeys need (open a file, read the Problems panel, run a palette command, apply a quick fix).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { journeyEnv } from './journey-env';
import { isExtensionHost, isRunning, parentProcess, serverProcesses } from './server-process';

const openWorkbenches = new Set<Workbench>();

const FOLDER_SETTINGS = '.vscode/settings.json';
/**
 * A window title the harness adds to a workspace's folder settings. VS Code (web, remote folder)
 * applies folder settings asynchronously: it starts with the cached (for a new folder: empty)
 * folder configuration and applies .vscode/settings.json later, by a configuration change event,
 * independently of the Explorer, the editors and the extension host. The title shows when they
 * are applied, all at once, so a journey never acts on a workbench that does not have them yet.
 */
const SETTINGS_APPLIED_TITLE = 'tuneguard-e2e: folder settings applied';

/**
 * Whether the workbench has created every contribution of its last start-up phase. VS Code creates
 * the contributions of the "restored" and "eventually" phases in idle time, seconds after the window
 * shows under load; until then a window lacks, for instance, the save participants that run
 * `editor.codeActionsOnSave` (trace logs of a failed journey: Ctrl+S ran 2 participants instead of 7
 * and saved without asking any extension), and late configuration registrations reset open code
 * action menus. VS Code marks the end with a performance mark, which its start-up timings read.
 */
function contributionsCreated(): boolean {
  return performance.getEntriesByName('code/didCreateWorkbenchContributions/4').length > 0;
}

/** A journey test: on failure, a screenshot and the console of each open workbench are kept under test-results/. */
export function journey(name: string, body: (t: TestContext) => Promise<void>): void {
  test(name, async (t) => {
    try {
      await body(t);
    } catch (error) {
      const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      let n = 0;
      for (const wb of openWorkbenches) {
        await wb.page.screenshot({ path: join(journeyEnv().results, `${slug}-${++n}.png`) }).catch(() => undefined);
        writeFileSync(join(journeyEnv().results, `${slug}-${n}-console.log`), wb.consoleLines.join('\n'));
      }
      throw error;
    }
  });
}

export class Workbench {
  /** The workbench's console (the window's log), kept with the screenshot when a journey fails. */
  readonly consoleLines: string[] = [];

  private constructor(readonly page: Page, readonly workspace: string, private readonly browser: Browser, private readonly t: TestContext) {
    page.on('console', (message) => this.consoleLines.push(`${new Date().toISOString()} [${message.type()}] ${message.text()}`));
  }

  /** Writes `files` into a new workspace folder and opens it in a new headless Chromium. */
  static async open(t: TestContext, files: Record<string, string>): Promise<Workbench> {
    const env = journeyEnv();
    const slug = t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
    const workspace = mkdtempSync(join(env.scratch, `ws-${slug}-`));
    const folderSettings = files[FOLDER_SETTINGS];
    if (folderSettings !== undefined) {
      files = { ...files, [FOLDER_SETTINGS]: JSON.stringify({ ...JSON.parse(folderSettings), 'window.title': SETTINGS_APPLIED_TITLE }, null, 2) };
    }
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(workspace, name)), { recursive: true });
      writeFileSync(join(workspace, name), text);
    }
    const browser = await launchBrowser(env.scratch);
    const workbench = new Workbench(browser.page, workspace, browser, t);
    openWorkbenches.add(workbench);
    t.after(async () => {
      openWorkbenches.delete(workbench);
      await browser.close();
      await endWindowProcesses(env.extensionsDir, workspace);
    });
    await browser.page.goto(`${env.url}/?folder=${encodeURIComponent(workspace)}`);
    await browser.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await browser.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    const explorerShown = Date.now();
    await poll('VS Code to create all its workbench contributions', async () => (await browser.page.evaluate(contributionsCreated) ? true : undefined), 60_000);
    t.diagnostic(`workbench contributions created ${Date.now() - explorerShown} ms after the Explorer showed`);
    if (folderSettings !== undefined) {
      await poll('VS Code to apply the folder settings (.vscode/settings.json)', async () => ((await browser.page.title()) === SETTINGS_APPLIED_TITLE ? true : undefined), 60_000);
      t.diagnostic(`folder settings applied ${Date.now() - explorerShown} ms after the Explorer showed`);
    }
    return workbench;
  }

  path(name: string): string {
    return join(this.workspace, name);
  }

  private explorerRow(name: string): Locator {
    return this.page.locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) }).first();
  }

  /** Opens a file from the Explorer, as a user clicks it (expanding `folder` first). */
  async openFile(name: string, folder?: string): Promise<void> {
    if (folder) {
      const folderRow = this.explorerRow(folder);
      if ((await folderRow.getAttribute('aria-expanded')) !== 'true') await folderRow.click();
    }
    await this.explorerRow(name).click();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await this.editor().locator('.view-lines').waitFor({ timeout: 30_000 });
  }

  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  async openTabs(): Promise<number> {
    return this.page.locator('.tabs-container .tab').count();
  }

  async focusEditor(): Promise<void> {
    await this.editor().locator('.view-lines').click();
  }

  async waitForSquiggles(count: number, timeoutMs = 30_000): Promise<void> {
    const squiggles = this.editor().locator('.squiggly-error');
    await poll(`${count} error squiggle(s)`, async () => ((await squiggles.count()) === count ? true : undefined), timeoutMs);
  }

  /** Shows the Problems panel (without toggling it closed) and returns its rows. */
  async problems(): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)', 'Focus Problems');
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    return panel.locator('.monaco-list-row');
  }

  async problemsText(): Promise<string> {
    return (await this.problems()).allInnerTexts().then((rows) => rows.join('\n'));
  }

  /** Waits until the Problems panel lists exactly `count` Tuneguard problems. */
  async waitForProblems(count: number, timeoutMs = 30_000): Promise<string> {
    return poll(`${count} Tuneguard problem(s) in the Problems panel`, async () => {
      const rows = await (await this.problems()).allInnerTexts();
      const tuneguard = rows.filter((r) => /tuneguard/i.test(r) && /\//.test(r));
      return tuneguard.length === count ? rows.join('\n') : undefined;
    }, timeoutMs);
  }

  /** Waits until the Problems panel's text satisfies `accept`. */
  async waitForProblemsMatching(what: string, accept: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
    return poll(what, async () => {
      const text = await this.problemsText();
      return accept(text) ? text : undefined;
    }, timeoutMs);
  }

  /** F1, type the command's title, pick the row that shows `rowText`. */
  async runCommand(title: string, rowText = title): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Puts the cursor on the first problem of the active editor and opens the quick fix menu (Ctrl+.). */
  async openQuickFixMenu(): Promise<Locator> {
    return this.openActionMenu('quick fix', async () => {
      await this.focusEditor();
      await this.page.keyboard.press('Control+Home');
      await this.page.keyboard.press('F8');
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+.');
    });
  }

  /** Opens the Source Action menu (F1 "Source Action...") for the active editor. */
  async openSourceActionMenu(): Promise<Locator> {
    return this.openActionMenu('Source Action', async () => {
      await this.focusEditor();
      await this.runCommand('Source Action...');
    });
  }

  /**
   * Opens a code action menu, again if VS Code dropped it. While a new window still registers late
   * contributions, each configuration change resets the editor's code action state, which hides the
   * menu or drops a pending request's answer (seen in trace logs: the server answered in 16 ms, then
   * three configuration changes, no menu). A user would press the key again; so does this.
   */
  private async openActionMenu(what: string, open: () => Promise<void>): Promise<Locator> {
    const menu = this.page.locator('.action-widget').first();
    const deadline = Date.now() + 45_000;
    for (let attempt = 1; ; attempt++) {
      await open();
      const shown = await menu.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (shown) {
        if (attempt > 1) this.t.diagnostic(`the ${what} menu showed at attempt ${attempt}`);
        return menu;
      }
      if (Date.now() > deadline) throw new Error(`The ${what} menu did not show in ${attempt} attempts over 45 s`);
      await this.page.keyboard.press('Escape');
    }
  }

  /**
   * Ctrl+S on the active editor once it shows unsaved edits (typed text reaches the model
   * asynchronously), then waits until the save completed. Without the first wait a save could
   * start before the edit and pass as already saved.
   */
  async save(): Promise<void> {
    const dirtyTab = this.page.locator('.tabs-container .tab.active.dirty');
    await dirtyTab.waitFor({ state: 'attached', timeout: 15_000 });
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await dirtyTab.waitFor({ state: 'detached', timeout: 15_000 });
  }
}

/**
 * code-server keeps a closed window's extension host (with its language server) for a reconnection
 * grace time of hours, so every journey would leave its processes running beside the next ones.
 * Ends them (the extension host is the language server's parent) and waits until they are gone.
 */
async function endWindowProcesses(extensionsDir: string, workspace: string): Promise<void> {
  const servers = serverProcesses(extensionsDir, workspace);
  const hosts = servers.map(parentProcess).filter((pid): pid is number => pid !== undefined && isExtensionHost(pid));
  const pids = [...new Set([...hosts, ...servers])];
  for (const pid of pids) {
    try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ }
  }
  await poll('the closed window\'s extension host and language server to end', async () => (pids.some(isRunning) ? undefined : true), 15_000);
}

export async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
