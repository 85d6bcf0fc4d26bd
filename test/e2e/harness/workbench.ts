// A code-server workbench opened on a fresh workspace folder, with the user-level actions the
// journeys need (open a file, read the Problems panel, run a palette command, apply a quick fix).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { journeyEnv } from './journey-env';

const openWorkbenches = new Set<Workbench>();

/** A journey test: on failure, a screenshot of each open workbench is kept under test-results/. */
/** `skip` gives the precise reason a journey is not run; it is printed with the results. */
export function journey(name: string, body: (t: TestContext) => Promise<void>, options: { skip?: string } = {}): void {
  test(name, { skip: options.skip }, async (t) => {
    try {
      await body(t);
    } catch (error) {
      const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      let n = 0;
      for (const wb of openWorkbenches) {
        await wb.page.screenshot({ path: join(journeyEnv().results, `${slug}-${++n}.png`) }).catch(() => undefined);
      }
      throw error;
    }
  });
}

export class Workbench {
  private constructor(readonly page: Page, readonly workspace: string, private readonly browser: Browser) {}

  /** Writes `files` into a new workspace folder and opens it in a new headless Chromium. */
  static async open(t: TestContext, files: Record<string, string>): Promise<Workbench> {
    const env = journeyEnv();
    const slug = t.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
    const workspace = mkdtempSync(join(env.scratch, `ws-${slug}-`));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(workspace, name)), { recursive: true });
      writeFileSync(join(workspace, name), text);
    }
    const browser = await launchBrowser(env.scratch);
    const workbench = new Workbench(browser.page, workspace, browser);
    openWorkbenches.add(workbench);
    t.after(async () => {
      openWorkbenches.delete(workbench);
      await browser.close();
    });
    await browser.page.goto(`${env.url}/?folder=${encodeURIComponent(workspace)}`);
    await browser.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await browser.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
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
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('F8');
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+.');
    const menu = this.page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 30_000 });
    return menu;
  }

  async save(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 15_000 });
  }
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
