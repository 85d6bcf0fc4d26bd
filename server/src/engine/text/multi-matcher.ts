/**
 * Aho-Corasick automaton over ASCII keywords, case-insensitive for ASCII letters, as a dense DFA in
 * typed arrays. One linear pass per text with no allocation: V8 runs a regex alternation of many
 * literals far slower than this table walk. It only answers "where does the first keyword occurrence
 * at or after `from` end"; callers confirm the exact match with their own regex from a nearby start.
 */
export class KeywordAutomaton {
  /** Longest keyword, so a match ending at `end` starts at or after `end - maxLength`. */
  readonly maxLength: number;
  private readonly classOf = new Uint8Array(128);
  private readonly classes: number;
  private readonly next: Int32Array;
  private readonly terminal: Uint8Array;

  /** Undefined when a keyword holds a non-ASCII character (callers keep their regex then). */
  static build(keywords: readonly string[]): KeywordAutomaton | undefined {
    const words = keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0);
    if (words.length === 0 || words.some((w) => /[^\x00-\x7f]/.test(w))) return undefined;
    return new KeywordAutomaton(words);
  }

  private constructor(words: string[]) {
    let classes = 1; // class 0: every character no keyword contains
    for (const word of words) for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (this.classOf[c] === 0) this.classOf[c] = classes++;
    }
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32]; // fold ASCII upper case
    this.classes = classes;
    this.maxLength = Math.max(...words.map((w) => w.length));

    // Trie.
    const goto: Int32Array[] = [new Int32Array(classes).fill(-1)];
    const terminal: number[] = [0];
    for (const word of words) {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const cls = this.classOf[word.charCodeAt(i)];
        if (goto[state][cls] === -1) {
          goto[state][cls] = goto.length;
          goto.push(new Int32Array(classes).fill(-1));
          terminal.push(0);
        }
        state = goto[state][cls];
      }
      terminal[state] = 1;
    }
    // Breadth-first failure links, folded into a complete transition table.
    const next = new Int32Array(goto.length * classes);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let cls = 0; cls < classes; cls++) {
      const child = goto[0][cls];
      next[cls] = child === -1 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      if (terminal[fail[state]]) terminal[state] = 1;
      for (let cls = 0; cls < classes; cls++) {
        const child = goto[state][cls];
        const viaFail = next[fail[state] * classes + cls];
        if (child === -1) next[state * classes + cls] = viaFail;
        else {
          next[state * classes + cls] = child;
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
    // States as row offsets (state * classes), so the hot loop does one add and one load per character.
    for (let i = 0; i < next.length; i++) next[i] *= classes;
    this.next = next;
    this.terminal = new Uint8Array(next.length);
    terminal.forEach((flag, state) => { this.terminal[state * classes] = flag; });
  }

  /** End offset (exclusive) of the first keyword occurrence that starts at or after `from`, or -1. */
  firstEnd(text: string, from: number): number {
    const { classOf, next, terminal } = this;
    let state = 0;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[state + (c < 128 ? classOf[c] : 0)];
      if (terminal[state] === 1) return i + 1;
    }
    return -1;
  }
}
