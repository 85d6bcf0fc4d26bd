/**
 * Cuts a byte stream into chunks of whole lines, so no record is split between two scans.
 * Pure: bytes in, bytes out; the caller reads the file. A line longer than `maxCarry` is cut
 * anyway (a pathological file must not grow memory without bound).
 */
export class LineChunker {
  private carry: Uint8Array = new Uint8Array(0);

  constructor(private readonly maxCarry = 64 * 1024 * 1024) {}

  /** Whole lines available after adding `bytes`; the partial last line is kept for later. */
  push(bytes: Uint8Array): Uint8Array | undefined {
    const joined = this.carry.length > 0 ? concat(this.carry, bytes) : bytes;
    const lastNewline = joined.lastIndexOf(10);
    if (lastNewline === -1) {
      if (joined.length <= this.maxCarry) {
        this.carry = joined;
        return undefined;
      }
      this.carry = new Uint8Array(0);
      return joined;
    }
    this.carry = joined.slice(lastNewline + 1);
    return joined.subarray(0, lastNewline + 1);
  }

  /** What is left at the end of the stream (a last line without a newline). */
  end(): Uint8Array | undefined {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return rest.length > 0 ? rest : undefined;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Number of line feeds in the bytes (lines a chunk advances the line counter by). */
export function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
