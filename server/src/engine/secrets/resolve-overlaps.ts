import type { SecretMatch } from './match-candidate';

/**
 * When rules match overlapping text, one finding survives: the higher priority (provider-specific
 * over generic), then the longer match, then the rule listed first. The same secret matched by a
 * pattern and by a keyed detector of one rule is reported once; a match by shape beats one by key.
 */
export function resolveOverlaps(matches: SecretMatch[], order: ReadonlyMap<unknown, number>): SecretMatch[] {
  if (matches.length <= 1) return matches;
  const ranked = [...matches].sort((a, b) =>
    (b.rule.priority ?? 0) - (a.rule.priority ?? 0)
    || (b.end - b.start) - (a.end - a.start)
    || Number(a.keyed ?? false) - Number(b.keyed ?? false)
    || (order.get(a.rule) ?? 1e9) - (order.get(b.rule) ?? 1e9));
  const kept: SecretMatch[] = [];
  const starts: number[] = []; // kept ranges sorted by start, for a binary search
  const ends: number[] = [];
  for (const match of ranked) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < match.end) lo = mid + 1;
      else hi = mid;
    }
    // Kept ranges never overlap each other, so only the one starting just before the end can overlap.
    if (lo > 0 && ends[lo - 1] > match.start) continue;
    starts.splice(lo, 0, match.start);
    ends.splice(lo, 0, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
