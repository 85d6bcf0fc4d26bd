import { followingSets, leadingLiterals, withoutLeadingLookbehind } from './leading-literals';
import { FOLLOW_SETS, STORED_PATTERN_FACTS } from './pattern-facts-data';

/**
 * What the dataset scan's keyword pass needs to know about a secret rule's pattern, read from its
 * syntax tree (leading-literals.ts). Reading the built-in rules' patterns took 50–140 ms in every
 * thread that scans; `npm run generate` reads them once and stores the facts
 * (pattern-facts-data.ts), so only a policy's own patterns are read at run time.
 */
export interface PatternFacts {
  /** `leadingLiterals`: the literal texts every match starts with, or undefined. */
  readonly leading: readonly string[] | undefined;
  /** `withoutLeadingLookbehind`: the source without a look-behind it starts with. */
  readonly sourceWithoutLookbehind: string;
  /** `followingSets` of a (lower-case) keyword: fresh sets, the caller's to change. */
  follow(keyword: string, depth: number): Uint8Array[] | undefined;
}

/** How facts are stored: follow sets as indexes into FOLLOW_SETS, 16 per keyword (or null). */
export interface StoredPatternFacts {
  leading: readonly string[] | null;
  lookbehindEnd: number;
  follow: Readonly<Record<string, readonly number[] | null>>;
}

/** The depth follow sets are stored at (the byte pass's FOLLOW_DEPTH; a test keeps the two equal). */
export const STORED_FOLLOW_DEPTH = 16;

const known = new Map<string, PatternFacts>();

/** The facts of `pattern`: stored for the built-in rules, else read from it (and remembered). */
export function patternFacts(pattern: RegExp): PatternFacts {
  const key = pattern.toString();
  let facts = known.get(key);
  if (!facts) {
    const stored = STORED_PATTERN_FACTS[key];
    facts = stored ? fromStore(pattern, stored) : readFacts(pattern);
    if (known.size > 4096) known.clear(); // policies are few; never grow without bound
    known.set(key, facts);
  }
  return facts;
}

/** The facts as read from the pattern's syntax tree (what `npm run generate` stores). */
export function readFacts(pattern: RegExp): PatternFacts {
  let sourceWithoutLookbehind: string | undefined;
  const follows = new Map<string, Uint8Array[] | undefined>();
  return {
    leading: leadingLiterals(pattern),
    get sourceWithoutLookbehind() {
      return (sourceWithoutLookbehind ??= withoutLeadingLookbehind(pattern));
    },
    follow(keyword, depth) {
      const key = `${depth}:${keyword}`;
      if (!follows.has(key)) follows.set(key, followingSets(pattern, keyword, depth));
      return follows.get(key)?.map((set) => set.slice());
    },
  };
}

let decodedSets: Uint8Array[] | undefined;

function fromStore(pattern: RegExp, stored: StoredPatternFacts): PatternFacts {
  let read: PatternFacts | undefined;
  return {
    leading: stored.leading ?? undefined,
    sourceWithoutLookbehind: pattern.source.slice(stored.lookbehindEnd),
    follow(keyword, depth) {
      const indexes = depth === STORED_FOLLOW_DEPTH ? stored.follow[keyword] : undefined;
      if (indexes === undefined) return (read ??= readFacts(pattern)).follow(keyword, depth);
      if (indexes === null) return undefined;
      decodedSets ??= FOLLOW_SETS.map((hex) => Uint8Array.from(Buffer.from(hex, 'hex')));
      return indexes.map((i) => decodedSets![i].slice());
    },
  };
}
