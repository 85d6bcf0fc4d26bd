const KEY_NAME = /^[A-Za-z_$][\w .$-]{0,63}$/;

export interface KeyHit {
  key: string;
  /** Offsets of the key's name (without quotes). */
  start: number;
  end: number;
}

/**
 * Every key of every JSON record in the text, in order, as the offsets of its name (without
 * quotes), names up to 64 characters. Keys repeat: callers memoise by name, and check
 * `isKeyName` once per distinct name.
 */
export function forEachJsonKey(text: string, onKey: (start: number, end: number) => void): void {
  // `":` is a fast literal search; most keys are written without space before the colon.
  for (let colon = text.indexOf('":'); colon !== -1; colon = text.indexOf('":', colon + 2)) {
    const open = text.lastIndexOf('"', colon - 1);
    if (open === -1 || colon - open > 65) continue;
    onKey(open + 1, colon);
  }
}

/** A record key worth a look: a name, not a quoted sentence or a value that happens to precede `":`. */
export function isKeyName(key: string): boolean {
  return KEY_NAME.test(key);
}

/** Column names of a CSV header line, with their offsets in it. */
export function csvHeader(line: string): KeyHit[] {
  const hits: KeyHit[] = [];
  let at = 0;
  for (const raw of line.replace(/\r$/, '').split(',')) {
    const trimmed = raw.trim().replace(/^"(.*)"$/, '$1');
    const start = at + raw.indexOf(trimmed);
    if (trimmed) hits.push({ key: trimmed, start, end: start + trimmed.length });
    at += raw.length + 1;
  }
  return hits;
}
