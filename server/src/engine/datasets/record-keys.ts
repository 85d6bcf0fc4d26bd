const KEY_NAME = /^[A-Za-z_$][\w .$-]{0,63}$/;

export interface KeyHit {
  key: string;
  /** Offsets of the key's name (without quotes). */
  start: number;
  end: number;
}

/** Every key of every JSON record in the text, in order. Keys repeat: callers memoise by name. */
export function* jsonKeys(text: string): Generator<KeyHit> {
  // `":` is a fast literal search; most keys are written without space before the colon.
  for (let colon = text.indexOf('":'); colon !== -1; colon = text.indexOf('":', colon + 2)) {
    const open = text.lastIndexOf('"', colon - 1);
    if (open === -1 || colon - open > 65) continue;
    const key = text.slice(open + 1, colon);
    if (KEY_NAME.test(key)) yield { key, start: open + 1, end: colon };
  }
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
