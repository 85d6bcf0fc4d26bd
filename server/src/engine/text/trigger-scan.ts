import type { KeywordAutomaton } from './multi-matcher';
import { TRIGGER_SCAN_WASM } from './trigger-scan-wasm';

/**
 * Where a text's prefilter passes hit, offsets in UTF-16 code units: what `KeywordAutomaton.ends`,
 * a pass of `NUMBER_RUN` and one of the IBAN trigger would give, found in one WebAssembly pass
 * over the text's UTF-8 bytes (trigger-scan.wat) several times faster than the JavaScript passes.
 */
export interface TextTriggers {
  /** The text is ASCII (UTF-8 bytes and UTF-16 units are one and the same). */
  ascii: boolean;
  /** (end, state) pairs, as `KeywordAutomaton.ends`. */
  keywordEnds: Int32Array;
  /** (start, end) pairs: maximal runs of digits, " ().\/+-" and backslashes holding at least 8 digits. */
  numberStretches: Int32Array;
  /** Starts of `[A-Z]{2}\d{2}` not preceded by a letter or digit (but for the letter of a JSON escape). */
  ibanStarts: Int32Array;
  /**
   * With `keys`: (start, end) pairs of the JSON record keys (`forEachJsonKey`'s), less the keys
   * `skipKey` was given; keys longer than 64 characters may be among them.
   */
  keys?: Int32Array;
}

/** Byte classes for the number and IBAN pass (see the layout in trigger-scan.wat). */
const DIGIT = 1;
const NUMBER_SEPARATOR = 2;
const UPPER = 4;
const ALNUM = 8;

/** Texts beyond this many characters use the JavaScript passes (WebAssembly memory never shrinks). */
const MAX_TEXT = 32 * 1024 * 1024;
const PAGE = 65536;

interface Exports {
  memory: WebAssembly.Memory;
  outA: WebAssembly.Global;
  outB: WebAssembly.Global;
  toUnits(text: number, list: number, count: number, stride: number): void;
  keywords(next: number, text: number, length: number, secondFrom: number, hitsA: number, limitA: number, hitsB: number, limitB: number): number;
  numbers(text: number, length: number, stretches: number, limitS: number, ibans: number, limitI: number): number;
  keyTable(table: number, keyBytes: number, keyBytesLength: number): void;
  filterTable(table: number, classes: number): void;
  skipKey(key: number, length: number): number;
  keys(text: number, length: number, out: number, limit: number): number;
}

/** The skipped-key table (trigger-scan.wat): 4096 slots of 12 bytes, then the keys' bytes, then room for one key to add. */
const KEY_TABLE_BYTES = 4096 * 12;
const KEY_BYTES = 64 * 1024;
const KEY_SCRATCH = 256;

/** Bytes after a keyword that a follow filter checks (trigger-scan.wat's `$follows`), and filters kept at most. */
export const FOLLOW_DEPTH = 16;
const MAX_FILTERS = 64;
const FILTER_BYTES = FOLLOW_DEPTH * 32;

let compiled: WebAssembly.Module | undefined | null;

function wasmModule(): WebAssembly.Module | undefined {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(TRIGGER_SCAN_WASM);
    } catch {
      compiled = null; // no WebAssembly here: the JavaScript passes serve
    }
  }
  return compiled ?? undefined;
}

/** One automaton's tables in one WebAssembly instance; `scan` reuses its memory from text to text. */
export class TriggerScanner {
  private readonly exports: Exports;
  private readonly nextBase = 512;
  private readonly textBase: number;
  private readonly keyScratch: number;
  private readonly stateFilters: number;
  private readonly filterStore: number;
  private filters = 0;
  private readonly classes: number;
  /** False once the skipped-key table is full: later keys are reported every time. */
  private skipping = true;
  private readonly maxLength: number;
  private readonly encoder = new TextEncoder();

  private static readonly byAutomaton = new WeakMap<KeywordAutomaton, TriggerScanner | null>();

  /** The scanner of `automaton`, or undefined where WebAssembly is not available. */
  static for(automaton: KeywordAutomaton): TriggerScanner | undefined {
    let scanner = TriggerScanner.byAutomaton.get(automaton);
    if (scanner === undefined) {
      const module = wasmModule();
      scanner = module ? new TriggerScanner(module, automaton) : null;
      TriggerScanner.byAutomaton.set(automaton, scanner);
    }
    return scanner ?? undefined;
  }

  private constructor(module: WebAssembly.Module, automaton: KeywordAutomaton) {
    this.exports = new WebAssembly.Instance(module).exports as unknown as Exports;
    const { classOf, next, classes } = automaton.tables();
    this.maxLength = automaton.maxLength;
    this.classes = classes;
    this.stateFilters = align(this.nextBase + next.length * 4);
    this.filterStore = align(this.stateFilters + (next.length / classes) * 4);
    const keyTable = align(this.filterStore + MAX_FILTERS * FILTER_BYTES);
    this.keyScratch = keyTable + KEY_TABLE_BYTES + KEY_BYTES;
    this.textBase = align(this.keyScratch + KEY_SCRATCH);
    this.ensure(this.textBase);
    this.exports.keyTable(keyTable, keyTable + KEY_TABLE_BYTES, KEY_BYTES);
    this.exports.filterTable(this.stateFilters, classes);
    const bytes = new Uint8Array(this.exports.memory.buffer);
    bytes.set(classOf.subarray(0, 128), 0); // bytes above 0x7f belong to no keyword: class 0
    for (let b = 0; b < 128; b++) bytes[256 + b] = numberClass(b);
    new Int32Array(this.exports.memory.buffer, this.nextBase, next.length).set(next);
  }

  /**
   * The triggers of `text` (and its JSON record keys with `keys`), or undefined when it is too big
   * or hits overflowed (use the JavaScript passes then).
   */
  scan(text: string, keys = false): TextTriggers | undefined {
    if (text.length > MAX_TEXT) return undefined;
    const { exports, textBase } = this;
    const capacity = text.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    const hitPairs = (text.length >> 3) + 1024;
    const stretchPairs = (text.length >> 4) + 256;
    const ibanSlots = (text.length >> 3) + 256;
    const hitsA = align(textBase + capacity);
    const hitsB = hitsA + hitPairs * 8;
    const stretches = hitsB + hitPairs * 8;
    const ibans = stretches + stretchPairs * 8;
    const keyPairs = keys ? Math.floor(text.length / 5) + 256 : 0; // a key and its value take 5 characters at least
    const keyRanges = align(ibans + ibanSlots * 4);
    this.ensure(keyRanges + keyPairs * 8);

    const { written } = this.encoder.encodeInto(text, new Uint8Array(exports.memory.buffer, textBase, capacity));
    const ascii = written === text.length; // byte offsets are UTF-16 offsets
    const secondFrom = Math.max(0, (written >> 1) - this.maxLength + 1);
    if (exports.keywords(this.nextBase, textBase, written, secondFrom, hitsA, hitsB, hitsB, stretches) !== 0) return undefined;
    const endA = exports.outA.value as number;
    const endB = exports.outB.value as number;
    if (exports.numbers(textBase, written, stretches, ibans, ibans, ibans + ibanSlots * 4) !== 0) return undefined;
    const endS = exports.outA.value as number;
    const endI = exports.outB.value as number;
    if (keys && exports.keys(textBase, written, keyRanges, keyRanges + keyPairs * 8) !== 0) return undefined;
    const endK = keys ? (exports.outA.value as number) : keyRanges;
    if (!ascii) {
      exports.toUnits(textBase, hitsA, (endA - hitsA) >> 3, 8);
      exports.toUnits(textBase, hitsB, (endB - hitsB) >> 3, 8);
      exports.toUnits(textBase, stretches, (endS - stretches) >> 2, 4);
      exports.toUnits(textBase, ibans, (endI - ibans) >> 2, 4);
      exports.toUnits(textBase, keyRanges, (endK - keyRanges) >> 2, 4);
    }
    const memory = exports.memory.buffer;
    const keywordEnds = new Int32Array((endA - hitsA + endB - hitsB) >> 2);
    keywordEnds.set(new Int32Array(memory, hitsA, (endA - hitsA) >> 2));
    keywordEnds.set(new Int32Array(memory, hitsB, (endB - hitsB) >> 2), (endA - hitsA) >> 2);
    return {
      ascii,
      keywordEnds,
      numberStretches: new Int32Array(memory.slice(stretches, endS)),
      ibanStarts: new Int32Array(memory.slice(ibans, endI)),
      ...(keys ? { keys: new Int32Array(memory.slice(keyRanges, endK)) } : {}),
    };
  }

  /**
   * Later scans report a keyword end in automaton state `state` (as `keywordEnds` gives it) only
   * when the `FOLLOW_DEPTH` bytes after it belong to `sets`, one 256-bit set per position.
   */
  setFollowFilter(state: number, sets: readonly Uint8Array[]): void {
    if (this.filters >= MAX_FILTERS) return;
    const address = this.filterStore + this.filters++ * FILTER_BYTES;
    const memory = new Uint8Array(this.exports.memory.buffer);
    memory.fill(0xff, address, address + FILTER_BYTES); // positions without a set admit anything
    sets.slice(0, FOLLOW_DEPTH).forEach((set, j) => memory.set(set, address + j * 32));
    new DataView(this.exports.memory.buffer).setInt32(this.stateFilters + (state / this.classes) * 4, address, true);
  }

  /** Leaves `key` out of later scans' `keys` (record keys that need no look: neither sensitive nor a secret's). */
  skipKey(key: string): void {
    if (!this.skipping) return;
    const { written } = this.encoder.encodeInto(key, new Uint8Array(this.exports.memory.buffer, this.keyScratch, KEY_SCRATCH));
    if (written < KEY_SCRATCH) this.skipping = this.exports.skipKey(this.keyScratch, written) === 1;
  }

  private ensure(bytes: number): void {
    const memory = this.exports.memory;
    if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE));
  }
}

function numberClass(byte: number): number {
  const c = String.fromCharCode(byte);
  let bits = 0;
  if (c >= '0' && c <= '9') bits |= DIGIT | ALNUM;
  // The backslash of a JSON escape: runs are matched in the text as JSON reads it (`\/` a slash, `\t` a tab).
  if (' ()./+-\\'.includes(c)) bits |= NUMBER_SEPARATOR;
  if (c >= 'A' && c <= 'Z') bits |= UPPER | ALNUM;
  if (c >= 'a' && c <= 'z') bits |= ALNUM;
  return bits;
}

function align(offset: number): number {
  return (offset + 7) & ~7;
}
