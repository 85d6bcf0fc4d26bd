import { readSpokenDigits, SPOKEN_PAIR, SPOKEN_PAIR_LONGEST, SPOKEN_SEQUENCE, SPOKEN_SEQUENCE_PREFIX, type SpokenDigits } from './spoken-digits';

/** A match ending this close to the end of the piece read may go on beyond it (one more gap and token fit). */
const CUT_MARGIN = 32;
/** Room to read a sequence found cut short again in: the longest one there is (forty tokens). */
const LONGEST_READ_OUT = 1024;
/** How far to read ahead when cues come close together. */
const READ_AHEAD = 1024;

/**
 * The read-out sequences of one text, found as cues ask for them. A transcript names numbers every
 * few words (`number`, `card`, `call you back`): each cue looking through its own window would read
 * the same characters many times over; here the text is read once, in order, however many cues
 * look at a stretch of it.
 */
export class ReadOutSequences {
  /** Every sequence starting in [`origin`, `knownUntil`) is in `found`, in order (less those before the last `from`). */
  private origin = 0;
  private knownUntil = 0;
  private found: SpokenDigits[] = [];
  /** The last piece read ended inside a sequence, which starts at `knownUntil`. */
  private readAgain = false;

  constructor(readonly text: string) {}

  /** The first sequence of at least `minDigits` digits that starts in [`from`, `until`]. */
  first(from: number, until: number, minDigits: number): SpokenDigits | undefined {
    // Cues apart: read just what this one needs. Cues close together: read on well ahead, once for them all.
    const apart = from < this.origin || from > this.knownUntil;
    if (apart) {
      this.origin = this.knownUntil = from;
      this.found = [];
      this.readAgain = false;
    }
    let drop = 0;
    while (drop < this.found.length && this.found[drop].start < from) drop++;
    if (drop > 0) this.found = this.found.slice(drop);
    this.origin = from;
    const readTo = apart ? until : Math.max(until, from + READ_AHEAD);
    while (this.knownUntil <= until && this.knownUntil < this.text.length) this.read(readTo);
    for (const sequence of this.found) {
      if (sequence.start > until) break;
      if (sequence.digits.length >= minDigits) return sequence;
    }
    return undefined;
  }

  /** Reads on from `knownUntil` past `until`: as far as the first tokens of a sequence starting at `until` may reach. */
  private read(until: number): void {
    const text = this.text;
    const again = this.readAgain;
    this.readAgain = false;
    // Most text has no two digits read out in a row: the whole pattern runs only from where two are.
    const from = again ? this.knownUntil : this.firstPair(until);
    if (from > until) {
      this.knownUntil = Math.min(text.length, until + 1);
      return;
    }
    const end = Math.min(text.length, again ? from + LONGEST_READ_OUT : until + SPOKEN_SEQUENCE_PREFIX + CUT_MARGIN);
    const base = Math.max(0, from - 1); // one character before, for the pattern's look-behind
    const piece = text.slice(base, end);
    SPOKEN_SEQUENCE.lastIndex = from - base;
    let scanned = from;
    for (let m = SPOKEN_SEQUENCE.exec(piece); m; m = SPOKEN_SEQUENCE.exec(piece)) {
      const start = base + m.index;
      const stop = start + m[0].length;
      if (end < text.length && stop > end - CUT_MARGIN && !(again && start === from)) {
        this.knownUntil = start; // may be cut short: read it again, with room
        this.readAgain = true;
        return;
      }
      this.found.push(readSpokenDigits(m[0], start));
      scanned = stop;
    }
    // No start after the last match that has a sequence's first tokens before the end: none at all.
    this.knownUntil = end === text.length ? text.length : Math.max(scanned, end - SPOKEN_SEQUENCE_PREFIX);
  }

  /** Where the first `SPOKEN_PAIR` at or after `knownUntil` starts, or past `until` if none starts by then. */
  private firstPair(until: number): number {
    const from = this.knownUntil;
    const base = Math.max(0, from - 1);
    const piece = this.text.slice(base, until + SPOKEN_PAIR_LONGEST + 1);
    SPOKEN_PAIR.lastIndex = from - base;
    const pair = SPOKEN_PAIR.exec(piece);
    return pair ? base + pair.index : until + 1;
  }
}
