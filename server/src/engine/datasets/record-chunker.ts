import { bytesSource, lastCsvRecordEnd } from './csv-records';
import type { CsvDelimiter } from './csv-delimiter';

/**
 * A CSV record still open after this many bytes is cut at its last line feed: a stray quote must
 * not make the rest of a file one record. Far above a real cell (a long prompt or document is tens
 * of kilobytes), and no more than one chunk of the editor's scan (2 MB) or the CLI's (~1 MB).
 */
export const MAX_QUOTED_RECORD_BYTES = 1024 * 1024;

/**
 * How many of the first `length` bytes are whole records (lines; in a CSV file, given its
 * delimiter, records whose quoted cells may hold line breaks), 0 when none is. `bytes` starts with a record.
 */
export function wholeRecordsEnd(bytes: Uint8Array, length: number, csvDelimiter: CsvDelimiter | undefined): number {
  const lines = length > 0 ? bytes.lastIndexOf(10, length - 1) + 1 : 0;
  if (!csvDelimiter || lines === 0) return lines;
  const records = lastCsvRecordEnd(bytesSource(bytes), 0, length, csvDelimiter);
  return records === -1 ? (length > MAX_QUOTED_RECORD_BYTES ? lines : 0) : records;
}

/**
 * Cuts a byte stream into chunks of whole lines (whole records for CSV), so no record is split
 * between two scans. Pure: bytes in, bytes out; the caller reads the file. A line longer than
 * `maxCarry` is cut anyway (a pathological file must not grow memory without bound).
 */
export class RecordChunker {
  private carry: Uint8Array = new Uint8Array(0);

  /** `csvDelimiter`: the file is CSV (cut at record ends), with this delimiter. */
  constructor(private readonly csvDelimiter?: CsvDelimiter, private readonly maxCarry = 64 * 1024 * 1024) {}

  /** Whole lines (records) available after adding `bytes`; the partial last one is kept for later. */
  push(bytes: Uint8Array): Uint8Array | undefined {
    const joined = this.carry.length > 0 ? concat(this.carry, bytes) : bytes;
    const end = wholeRecordsEnd(joined, joined.length, this.csvDelimiter);
    if (end === 0) {
      if (joined.length <= this.maxCarry) {
        this.carry = joined;
        return undefined;
      }
      this.carry = new Uint8Array(0);
      return joined;
    }
    this.carry = joined.slice(end);
    return joined.subarray(0, end);
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
