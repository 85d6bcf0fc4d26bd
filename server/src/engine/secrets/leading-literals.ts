import { addByte, addBytes, byteSet, hasByte, parsePattern, prefixPaths, type PrefixPath } from './regex-prefixes';

/** Literal texts longer than this are not needed (keywords are shorter). */
const LITERAL_DEPTH = 32;
/** A position admitting more characters than this (case aside) ends a literal. */
const MAX_BRANCH = 4;
const MAX_LITERALS = 256;

/**
 * The lower-case literal texts of which every match of `pattern` starts with one:
 * `(?<![A-Za-z0-9_])(?:[Bb]earer|[Tt]oken)\s` gives `bearer`, `token`; `sq[upa]_[a-f0-9]{40}`
 * gives `squ_`, `sqp_`, `sqa_`. Undefined when some match may start otherwise (or the pattern is
 * too intricate to follow): callers must then assume nothing.
 */
export function leadingLiterals(pattern: RegExp): string[] | undefined {
  const paths = prefixPaths(pattern, LITERAL_DEPTH);
  if (!paths) return undefined;
  const literals = new Set<string>();
  for (const path of paths) {
    const texts = literalTexts(path);
    if (!texts) return undefined;
    for (const text of texts) literals.add(text);
    if (literals.size > MAX_LITERALS) return undefined;
  }
  return [...literals];
}

/** The path's leading characters as texts (a position with a few characters branches). */
function literalTexts(path: PrefixPath): string[] | undefined {
  let texts = [''];
  for (const set of path.sets) {
    const chars = lowerCaseMembers(set);
    if (!chars || texts.length * chars.length > MAX_LITERALS) break;
    texts = texts.flatMap((t) => chars.map((c) => t + c));
  }
  return texts[0] === '' ? undefined : texts;
}

/** The set's characters, letters folded to lower case, when they are a few ASCII ones. */
function lowerCaseMembers(set: Uint8Array): string[] | undefined {
  if (hasByte(set, 0x80)) return undefined;
  const chars = new Set<string>();
  for (let b = 0; b < 128; b++) {
    if (!hasByte(set, b)) continue;
    chars.add(String.fromCharCode(b).toLowerCase());
    if (chars.size > MAX_BRANCH) return undefined;
  }
  return [...chars];
}

/**
 * The characters that may follow `keyword` where a match of `pattern` starts with it: one byte
 * set per position after the keyword, up to `depth` (bytes of a JSON escape, `\`, always pass:
 * the data is raw JSON text). Undefined when nothing can be said.
 */
export function followingSets(pattern: RegExp, keyword: string, depth: number): Uint8Array[] | undefined {
  const paths = prefixPaths(pattern, keyword.length + depth);
  if (!paths) return undefined;
  const lower = keyword.toLowerCase();
  const startsWithKeyword = (path: PrefixPath) => [...lower].every((c, i) => {
    if (i >= path.sets.length) return path.open;
    const code = c.charCodeAt(0);
    return hasByte(path.sets[i], code) || hasByte(path.sets[i], c.toUpperCase().charCodeAt(0));
  });
  const relevant = paths.filter(startsWithKeyword);
  if (relevant.length === 0) return undefined;
  const sets = Array.from({ length: depth }, () => byteSet());
  for (const path of relevant) {
    for (let j = 0; j < depth; j++) {
      const position = path.sets[keyword.length + j];
      if (!position) {
        for (let k = j; k < depth; k++) sets[k].fill(0xff); // the path ends or is not followed: anything
        break;
      }
      addBytes(sets[j], position);
    }
  }
  for (const set of sets) addByte(set, 0x5c);
  return sets;
}

/** The pattern's source without a look-behind it starts with (it consumes nothing). */
export function withoutLeadingLookbehind(pattern: RegExp): string {
  const root = parsePattern(pattern);
  const first = root?.type === 'alternative' ? root.body[0] : root;
  if (first?.type === 'group' && (first.behavior === 'negativeLookbehind' || first.behavior === 'lookbehind')) return pattern.source.slice(first.range[1]);
  return pattern.source;
}
