/**
 * The prefilter: one pass over a value finds every rule keyword it contains, so a rule's regular
 * expression runs only on values that can match it. Keywords are lower-case literals matched
 * without regard to case.
 */
export class KeywordPrefilter<T> {
  private readonly matcher: RegExp | undefined;
  /** For each keyword, the payloads of it and of every keyword that is a prefix of it. */
  private readonly payloads = new Map<string, T[]>();
  /** For each keyword met so far, the other keywords that can start inside it, with their offsets (ascending). */
  private readonly overlaps = new Map<string, [offset: number, keyword: string][]>();
  private readonly keywords: readonly string[];

  constructor(entries: Iterable<[keyword: string, payload: T]>) {
    const byKeyword = new Map<string, T[]>();
    for (const [keyword, payload] of entries) {
      const lower = keyword.toLowerCase();
      if (!lower) continue;
      byKeyword.set(lower, [...(byKeyword.get(lower) ?? []), payload]);
    }
    // Plain code-unit order for ties: localeCompare costs ~15 ms here at every start-up.
    const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    this.keywords = keywords;
    for (const keyword of keywords) {
      // At one position the alternation reports only the longest keyword: also credit the shorter ones it starts with.
      const all = keywords.filter((k) => keyword.startsWith(k)).flatMap((k) => byKeyword.get(k)!);
      this.payloads.set(keyword, [...new Set(all)]);
    }
    this.matcher = keywords.length > 0 ? new RegExp(keywords.map(escapeRegExp).join('|'), 'gi') : undefined;
  }

  /** Payloads of every keyword occurring in `text`, each once. */
  match(text: string): Set<T> {
    const found = new Set<T>();
    const matcher = this.matcher;
    if (!matcher) return found;
    const seen = new Set<string>();
    matcher.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = matcher.exec(text)) !== null) {
      const keyword = m[0].toLowerCase();
      if (!seen.has(keyword)) {
        seen.add(keyword);
        for (const payload of this.payloads.get(keyword) ?? []) found.add(payload);
        if (seen.size === this.payloads.size) break;
      }
      // Resume where a keyword not seen yet could start inside this match, else after it: runs of
      // one keyword (`aaaa…`) cost one step per occurrence, not one per character.
      const next = this.overlapsOf(keyword).find(([, other]) => !seen.has(other));
      matcher.lastIndex = m.index + (next ? next[0] : keyword.length);
    }
    return found;
  }

  /** Worked out on first need: most keywords never occur, and the whole table costs tens of milliseconds at start-up. */
  private overlapsOf(keyword: string): [number, string][] {
    let inside = this.overlaps.get(keyword);
    if (!inside) {
      inside = [];
      for (let offset = 1; offset < keyword.length; offset++) {
        const rest = keyword.slice(offset);
        for (const other of this.keywords) if (other.startsWith(rest) || rest.startsWith(other)) inside.push([offset, other]);
      }
      this.overlaps.set(keyword, inside);
    }
    return inside;
  }
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
