import type { Diagnostic } from 'vscode-languageserver/node';
import { moreFindingsDiagnostic } from './to-diagnostic';

const byPosition = (a: Diagnostic, b: Diagnostic) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/**
 * The first `max` diagnostics of a file by position, and a count by rule of the rest: a dataset
 * with a million findings costs the server `max` diagnostics of memory, not a million. Chunks may
 * arrive out of order; each batch is merged in and the list cut back to `max`.
 */
export class BoundedDiagnostics {
  private kept: Diagnostic[] = [];
  private readonly hiddenByRule = new Map<string, number>();

  constructor(private readonly max: number) {}

  get size(): number {
    let hidden = 0;
    for (const n of this.hiddenByRule.values()) hidden += n;
    return this.kept.length + hidden;
  }

  add(batch: Diagnostic[]): void {
    if (batch.length === 0) return;
    const merged = this.kept.concat(batch).sort(byPosition);
    for (const dropped of merged.slice(this.max)) {
      const rule = String(dropped.code);
      this.hiddenByRule.set(rule, (this.hiddenByRule.get(rule) ?? 0) + 1);
    }
    this.kept = merged.slice(0, this.max);
  }

  /** Findings of `rule` known to lie beyond the first `max` (a chunk dropped them unsent): counted, never kept. */
  hide(rule: string, count: number): void {
    this.hiddenByRule.set(rule, (this.hiddenByRule.get(rule) ?? 0) + count);
  }

  get capacity(): number {
    return this.max;
  }

  /** What to show: the kept diagnostics and, when some were dropped, the summary of the rest. */
  shown(): Diagnostic[] {
    return this.hiddenByRule.size === 0 ? [...this.kept] : [...this.kept, moreFindingsDiagnostic(this.hiddenByRule)];
  }
}
