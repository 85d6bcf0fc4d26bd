/**
 * When to restart a crashed server: up to `maxRestarts` crashes within `windowMs`; the next one
 * inside the window stops restarting so the user sees a message instead of a crash loop.
 * Pure (no vscode) so it is unit-tested directly.
 */
export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(readonly maxRestarts = 4, readonly windowMs = 3 * 60_000, private readonly now: () => number = Date.now) {}

  /** Record a crash; `restart` says whether to bring the server back, `recent` counts crashes in the window. */
  recordCrash(): { restart: boolean; recent: number } {
    const now = this.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, recent: this.crashes.length };
  }

  /** After a manual restart the count starts again. */
  reset(): void {
    this.crashes.length = 0;
  }
}
