import { parse, type AstNode, type CharacterClassBody, type Features } from 'regjsparser';

const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } satisfies Features;
export type Node = AstNode<typeof FEATURES>;

/**
 * What the first characters of a regular expression's matches can be, read from its syntax tree
 * (regjsparser): every way a match can begin, as one set of bytes per position. Bytes, since the
 * dataset scan's byte pass uses these: a set holds the ASCII characters the position admits and,
 * when it admits any other character, every byte from 0x80 (UTF-8 lead and continuation bytes).
 * Zero-width parts (look-arounds, anchors) are skipped: the sets may admit more than the pattern,
 * never less.
 */
export interface PrefixPath {
  /** One 256-bit set (32 bytes) per position from the match's start. */
  sets: Uint8Array[];
  /** The match may end here or continue in ways not followed: any character may come next. */
  open: boolean;
}

/** Paths beyond this many, and the reading gives up (callers then assume nothing). */
const MAX_PATHS = 512;

class TooManyPaths extends Error {}

/** The ways `pattern`'s matches begin, up to `depth` characters; undefined when there are too many to follow. */
export function prefixPaths(pattern: RegExp, depth: number): PrefixPath[] | undefined {
  const root = parsePattern(pattern);
  if (!root) return undefined;
  try {
    const paths = new PathReader(depth, pattern.flags.includes('i')).read(root, [{ sets: [], open: false }]);
    // Where a match ends before `depth`, whatever follows it is not the pattern's business.
    return paths.map((p) => (p.sets.length < depth ? { sets: p.sets, open: true } : p));
  } catch (error) {
    if (error instanceof TooManyPaths) return undefined;
    throw error;
  }
}

/** The pattern's syntax tree (regjsparser), or undefined when it cannot be read. */
export function parsePattern(pattern: RegExp): Node | undefined {
  try {
    return parse(pattern.source, pattern.flags.replace(/[gydsm]/g, ''), FEATURES);
  } catch {
    return undefined;
  }
}

export function byteSet(): Uint8Array {
  return new Uint8Array(32);
}

export function hasByte(set: Uint8Array, byte: number): boolean {
  return (set[byte >> 3] & (1 << (byte & 7))) !== 0;
}

export function addByte(set: Uint8Array, byte: number): void {
  set[byte >> 3] |= 1 << (byte & 7);
}

/** Adds every byte of `other` to `set`. */
export function addBytes(set: Uint8Array, other: Uint8Array): void {
  for (let i = 0; i < 32; i++) set[i] |= other[i];
}

/** Position by position, the union of lists of byte sets of one length: new sets, the lists left as they are. */
export function unionByPosition(lists: readonly (readonly Uint8Array[])[]): Uint8Array[] {
  const union = lists[0].map((set) => set.slice());
  for (const list of lists.slice(1)) list.forEach((set, j) => addBytes(union[j], set));
  return union;
}

const ANY = new Uint8Array(32).fill(0xff);
const NON_ASCII = (() => {
  const set = byteSet();
  for (let b = 0x80; b < 256; b++) addByte(set, b);
  return set;
})();

function fromPredicate(test: (code: number) => boolean, nonAscii: boolean): Uint8Array {
  const set = nonAscii ? NON_ASCII.slice() : byteSet();
  for (let c = 0; c < 128; c++) if (test(c)) addByte(set, c);
  return set;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const ESCAPES: Record<string, Uint8Array> = {
  d: fromPredicate(isDigit, false),
  D: fromPredicate((c) => !isDigit(c), true),
  w: fromPredicate(isWord, false),
  W: fromPredicate((c) => !isWord(c), true),
  s: fromPredicate(isSpace, true), // non-ASCII spaces too
  S: fromPredicate((c) => !isSpace(c), true),
};

class PathReader {
  constructor(private readonly depth: number, private readonly ignoreCase: boolean) {}

  /** The paths after `node` follows each of `paths`. */
  read(node: Node, paths: PrefixPath[]): PrefixPath[] {
    const growing = paths.filter((p) => !p.open && p.sets.length < this.depth);
    if (growing.length === 0) return paths;
    const done = paths.filter((p) => p.open || p.sets.length >= this.depth);
    return this.limit([...done, ...this.extend(node, growing)]);
  }

  private extend(node: Node, paths: PrefixPath[]): PrefixPath[] {
    switch (node.type) {
      case 'alternative':
        return node.body.reduce((current, element) => this.read(element, current), paths);
      case 'disjunction':
        return node.body.flatMap((alternative) => this.read(alternative, paths));
      case 'group':
        if (node.behavior !== 'normal' && node.behavior !== 'ignore') return paths; // look-arounds take no characters
        return node.body.reduce((current, element) => this.read(element, current), paths);
      case 'quantifier':
        return this.repeat(node.body[0], node.min, node.max ?? Infinity, paths);
      case 'anchor':
        return paths;
      case 'value':
        return this.append(paths, this.charSet([node.codePoint]));
      case 'characterClass':
        return this.append(paths, this.classSet(node.body, node.negative));
      case 'characterClassEscape':
        return this.append(paths, ESCAPES[node.value]);
      case 'dot':
        return this.append(paths, ANY);
      default:
        // A back-reference or a property escape: what follows is not read.
        return paths.map((p) => ({ sets: p.sets, open: true }));
    }
  }

  private repeat(body: Node, min: number, max: number, paths: PrefixPath[]): PrefixPath[] {
    const full = (p: PrefixPath) => p.open || p.sets.length >= this.depth;
    const result: PrefixPath[] = [];
    let current = paths;
    for (let count = 0; ; count++) {
      result.push(...current.filter(full)); // nothing more to learn on these
      current = current.filter((p) => !full(p));
      if (current.length === 0) break;
      if (count >= min) result.push(...current); // the repetition may stop here
      if (count === max) break;
      if (count > this.depth) {
        // A body that takes no characters: the reading does not go on.
        result.push(...current.map((p) => ({ sets: p.sets, open: true })));
        break;
      }
      current = this.read(body, current);
    }
    return this.limit(result);
  }

  private append(paths: PrefixPath[], set: Uint8Array): PrefixPath[] {
    return paths.map((p) => ({ sets: [...p.sets, set], open: false }));
  }

  private charSet(codePoints: number[]): Uint8Array {
    const set = byteSet();
    for (const code of codePoints) {
      if (code >= 128) {
        addBytes(set, NON_ASCII);
        continue;
      }
      addByte(set, code);
      if (this.ignoreCase) {
        const c = String.fromCharCode(code);
        addByte(set, c.toLowerCase().charCodeAt(0));
        addByte(set, c.toUpperCase().charCodeAt(0));
      }
    }
    return set;
  }

  private classSet(body: CharacterClassBody[], negative: boolean): Uint8Array {
    const set = byteSet();
    const union = (other: Uint8Array) => addBytes(set, other);
    for (const member of body) {
      if (member.type === 'value') union(this.charSet([member.codePoint]));
      else if (member.type === 'characterClassRange') {
        const codes: number[] = [];
        for (let c = member.min.codePoint; c <= Math.min(member.max.codePoint, 128); c++) codes.push(c);
        if (member.max.codePoint >= 128) codes.push(128);
        union(this.charSet(codes));
      } else if (member.type === 'characterClassEscape') union(ESCAPES[member.value]);
      else union(ANY); // a property escape: anything
    }
    if (!negative) return set;
    const complement = byteSet();
    for (let i = 0; i < 16; i++) complement[i] = ~set[i] & 0xff;
    complement.set(NON_ASCII.subarray(16), 16); // a negated class admits non-ASCII characters it does not name
    return complement;
  }

  private limit(paths: PrefixPath[]): PrefixPath[] {
    if (paths.length > MAX_PATHS) throw new TooManyPaths();
    return paths;
  }
}
