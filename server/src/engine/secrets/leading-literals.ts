/** More alternatives than this and the analysis gives up (the caller then treats the pattern as unknown). */
const MAX_ALTERNATIVES = 64;
/** Characters that stand for themselves outside a class. */
const PLAIN = /[A-Za-z0-9_\-:~%=!@#,;'" &<>]/;

interface Parse {
  /** Lower-case literals of which every match of the parsed part starts with one (empty string: nothing known). */
  prefixes: string[];
  /** Whether the part was read to its end as literals only (a following part may extend the prefixes). */
  complete: boolean;
}

/**
 * The lower-case literal texts of which every match of a regular expression starts with one, read
 * from its source: `(?<![A-Za-z0-9_])(?:[Bb]earer|[Tt]oken)\s` gives `bearer`, `token`;
 * `sq[upa]_[a-f0-9]{40}` gives `squ_`, `sqp_`, `sqa_`. A leading look-behind is skipped (it
 * consumes nothing). Undefined when the source does not start with literals this reader
 * understands, or has a top-level alternative: callers must then assume nothing.
 */
export function leadingLiterals(source: string): string[] | undefined {
  if (hasTopLevelAlternative(source)) return undefined;
  const rest = withoutLeadingLookbehind(source);
  const parsed = parseSequence(rest, 0, rest.length);
  if (!parsed) return undefined;
  const prefixes = [...new Set(parsed.prefixes)];
  return prefixes.some((p) => p.length === 0) ? undefined : prefixes;
}

/** The source without a look-behind it starts with (which consumes nothing). */
export function withoutLeadingLookbehind(source: string): string {
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return source;
  const close = groupEnd(source, 0);
  return close === -1 ? source : source.slice(close + 1);
}

/** Reads literals from `from` up to `to` (exclusive), stopping at the first element that is not one. */
function parseSequence(source: string, from: number, to: number): Parse | undefined {
  let prefixes = [''];
  let at = from;
  while (at < to) {
    const element = readElement(source, at, to);
    if (!element) return { prefixes, complete: false };
    const quantifier = source[element.end];
    const optional = quantifier === '?' || quantifier === '*' || (quantifier === '{' && source.startsWith('{0', element.end));
    if (optional) return { prefixes, complete: false };
    const combined = prefixes.flatMap((p) => element.options.map((o) => p + o));
    if (combined.length > MAX_ALTERNATIVES) return undefined;
    prefixes = combined;
    // `x+`, `x{2,}`: at least one x is known, what follows is not.
    if (quantifier === '+' || quantifier === '{' || !element.complete) return { prefixes, complete: false };
    at = element.end;
  }
  return { prefixes, complete: true };
}

/** One element: a literal character, a small class of literal characters, or a group of literal alternatives. */
function readElement(source: string, at: number, to: number): { options: string[]; end: number; complete: boolean } | undefined {
  const c = source[at];
  if (c === '\\') {
    const next = source[at + 1];
    return next !== undefined && /[^A-Za-z0-9]/.test(next) ? { options: [next.toLowerCase()], end: at + 2, complete: true } : undefined;
  }
  if (c === '[') {
    const close = source.indexOf(']', at + 1);
    if (close === -1 || close > to) return undefined;
    const members = source.slice(at + 1, close);
    // Only a handful of literal characters (`[Bb]`, `[sr]`, `[12]`), no ranges, negation or escapes.
    if (members.length === 0 || members.length > 6 || /[\\^\-\]]/.test(members)) return undefined;
    return { options: [...new Set(members.toLowerCase())], end: close + 1, complete: true };
  }
  if (c === '(') {
    const close = groupEnd(source, at);
    if (close === -1 || close > to || source.startsWith('(?<', at) || source.startsWith('(?=', at) || source.startsWith('(?!', at)) return undefined;
    const inner = source.startsWith('(?:', at) ? at + 3 : at + 1;
    const options: string[] = [];
    let complete = true;
    for (const [start, end] of alternatives(source, inner, close)) {
      const parsed = parseSequence(source, start, end);
      if (!parsed) return undefined;
      options.push(...parsed.prefixes);
      complete &&= parsed.complete;
    }
    return options.length > MAX_ALTERNATIVES ? undefined : { options, end: close + 1, complete };
  }
  return c !== undefined && PLAIN.test(c) ? { options: [c.toLowerCase()], end: at + 1, complete: true } : undefined;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** [start, end) of each `|`-separated alternative between `from` and `to` at the group's own depth. */
function alternatives(source: string, from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}

function hasTopLevelAlternative(source: string): boolean {
  return alternatives(source, 0, source.length).length > 1;
}
