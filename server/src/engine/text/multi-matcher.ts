/**
 * Aho-Corasick automaton over ASCII keywords, case-insensitive for ASCII letters, as a dense DFA in
 * typed arrays. One linear pass per text with no allocation: V8 runs a regex alternation of many
 * literals far slower than this table walk. `firstEnd` answers "where does the first keyword
 * occurrence at or after `from` end"; `scan` reports every offset where keywords end, with the
 * state that tells which (`keywordsAt`).
 */
export class KeywordAutomaton {
  /** Longest keyword, so a match ending at `end` starts at or after `end - maxLength`. */
  readonly maxLength: number;
  /** The keywords, lower-cased; `keywordsAt` returns indexes into this list. */
  readonly keywords: readonly string[];
  /** Character class of each UTF-16 code unit (0: a character no keyword contains). */
  private readonly classOf = new Uint8Array(65536);
  /** Transitions: entry = (target state's row offset << 1) | (1 when a keyword ends in the target). */
  private readonly next: Int32Array;
  /** Per state (row offset / classes): indexes of every keyword ending there, longest first. */
  private readonly outputs: (readonly number[])[];
  private readonly classes: number;

  /** Undefined when a keyword holds a non-ASCII character (callers keep their regex then). */
  static build(keywords: readonly string[]): KeywordAutomaton | undefined {
    const words = [...new Set(keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    if (words.length === 0 || words.some((w) => /[^\x00-\x7f]/.test(w))) return undefined;
    return new KeywordAutomaton(words);
  }

  private constructor(words: string[]) {
    this.keywords = words;
    let classes = 1;
    for (const word of words) for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (this.classOf[c] === 0) this.classOf[c] = classes++;
    }
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32]; // fold ASCII upper case
    this.classes = classes;
    this.maxLength = Math.max(...words.map((w) => w.length));

    // Trie: each state's children as (class, state) pairs (a state has one or two).
    const children: number[][] = [[]];
    const ending: number[][] = [[]];
    words.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const cls = this.classOf[word.charCodeAt(i)];
        const kids = children[state];
        let child = -1;
        for (let k = 0; k < kids.length && child === -1; k += 2) if (kids[k] === cls) child = kids[k + 1];
        if (child === -1) {
          child = children.length;
          kids.push(cls, child);
          children.push([]);
          ending.push([]);
        }
        state = child;
      }
      ending[state].push(index);
    });
    // Breadth-first failure links folded into a complete transition table, whose entries are row
    // offsets (state * classes) with the "keyword ends here" flag in the low bit, so the hot loop
    // does one shift, one add and one load per character. A state's row is its failure state's
    // row (copied natively) with its own children written over it; a child's flag is known when
    // its failure link is, since that link points to a shallower state, already done.
    const encode = (state: number, endsHere: boolean) => ((state * classes) << 1) | (endsHere ? 1 : 0);
    const next = new Int32Array(children.length * classes);
    const fail = new Int32Array(children.length);
    const flagged = new Uint8Array(children.length);
    const queue: number[] = [];
    for (let k = 0; k < children[0].length; k += 2) {
      const child = children[0][k + 1];
      flagged[child] = ending[child].length > 0 ? 1 : 0;
      next[children[0][k]] = encode(child, flagged[child] === 1);
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const failRow = fail[state] * classes;
      if (ending[fail[state]].length > 0) ending[state] = [...ending[state], ...ending[fail[state]]];
      next.copyWithin(state * classes, failRow, failRow + classes);
      const kids = children[state];
      for (let k = 0; k < kids.length; k += 2) {
        const cls = kids[k];
        const child = kids[k + 1];
        fail[child] = (next[failRow + cls] >> 1) / classes;
        flagged[child] = ending[child].length > 0 || flagged[fail[child]] === 1 ? 1 : 0;
        next[state * classes + cls] = encode(child, flagged[child] === 1);
        queue.push(child);
      }
    }
    this.next = next;
    this.outputs = ending.map((list) => list.sort((a, b) => words[b].length - words[a].length));
  }

  /** End offset (exclusive) of the first keyword occurrence that starts at or after `from`, or -1. */
  firstEnd(text: string, from: number): number {
    const { classOf, next } = this;
    let entry = 0;
    for (let i = from; i < text.length; i++) {
      entry = next[(entry >> 1) + classOf[text.charCodeAt(i)]];
      if ((entry & 1) === 1) return i + 1;
    }
    return -1;
  }

  /**
   * Walk `text` from `from` and call `onEnd(end, state)` wherever keywords end (occurrences that
   * start at or after the last restart). `onEnd` returns where to go on: `end` to continue, a
   * later offset to restart there, or -1 to stop.
   */
  scan(text: string, from: number, onEnd: (end: number, state: number) => number): void {
    const { classOf, next } = this;
    const length = text.length;
    let entry = 0;
    for (let i = from; i < length; i++) {
      entry = next[(entry >> 1) + classOf[text.charCodeAt(i)]];
      if ((entry & 1) === 1) {
        const to = onEnd(i + 1, entry >> 1);
        if (to === -1) return;
        if (to !== i + 1) {
          entry = 0;
          i = to - 1;
        }
      }
    }
  }

  /**
   * Every (end, state) where keywords end in `text`, in increasing end order, as pairs in one
   * array. The text is walked as two halves in one loop: a table walk waits on its previous
   * load, two independent walks overlap those waits (about 1.6x faster than `scan`).
   */
  ends(text: string): Int32Array {
    const { classOf, next } = this;
    const length = text.length;
    // The second walk starts early enough to see every keyword ending at or after `middle`.
    const middle = length >> 1;
    const secondFrom = Math.max(0, middle - this.maxLength + 1);
    let first: Int32Array = new Int32Array(64);
    let second: Int32Array = new Int32Array(64);
    let firstCount = 0;
    let secondCount = 0;
    let a = 0;
    let b = 0;
    const steps = Math.min(middle, length - secondFrom);
    for (let k = 0; k < steps; k++) {
      a = next[(a >> 1) + classOf[text.charCodeAt(k)]];
      b = next[(b >> 1) + classOf[text.charCodeAt(secondFrom + k)]];
      if (((a | b) & 1) === 1) {
        if ((a & 1) === 1) {
          if (firstCount + 2 > first.length) first = grow(first);
          first[firstCount++] = k + 1;
          first[firstCount++] = a >> 1;
        }
        if ((b & 1) === 1 && secondFrom + k + 1 > middle) {
          if (secondCount + 2 > second.length) second = grow(second);
          second[secondCount++] = secondFrom + k + 1;
          second[secondCount++] = b >> 1;
        }
      }
    }
    for (let i = secondFrom + steps; i < length; i++) { // the second half's remainder (the halves differ by at most maxLength)
      b = next[(b >> 1) + classOf[text.charCodeAt(i)]];
      if ((b & 1) === 1 && i + 1 > middle) {
        if (secondCount + 2 > second.length) second = grow(second);
        second[secondCount++] = i + 1;
        second[secondCount++] = b >> 1;
      }
    }
    const all = new Int32Array(firstCount + secondCount);
    all.set(first.subarray(0, firstCount));
    all.set(second.subarray(0, secondCount), firstCount);
    return all;
  }

  /** The walk's tables, for a walk elsewhere (trigger-scan.ts runs it in WebAssembly); not to be changed. */
  tables(): { classOf: Uint8Array; next: Int32Array; classes: number } {
    return { classOf: this.classOf, next: this.next, classes: this.classes };
  }

  /** Indexes (into `keywords`) of the keywords ending in `state`, longest first. */
  keywordsAt(state: number): readonly number[] {
    return this.outputs[(state / this.classes) | 0];
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
