import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** Text per chunk handed to a scan; a row group bigger than this is cut at row boundaries. */
const CHUNK_CHARS = 1024 * 1024;

/** A row group is decoded whole: above this (uncompressed) the file is reported, not read, so memory stays bounded. */
export const MAX_ROW_GROUP_BYTES = 512 * 1024 * 1024;

/** The file cannot be read in bounded memory; the message says why, never what the file holds. */
export class ParquetTooLargeError extends Error {
  constructor(group: number, bytes: number, limit: number) {
    super(`row group ${group + 1} holds ${Math.round(bytes / 1024 / 1024)} MB uncompressed, more than the ${Math.round(limit / 1024 / 1024)} MB read at once; rewrite it with smaller row groups`);
    this.name = 'ParquetTooLargeError';
  }
}

/**
 * Reads a Parquet file with hyparquet (pure JS, every Parquet encoding; gzip, zstd, brotli, lz4 and
 * snappy through hyparquet-compressors) one row group at a time, so memory is bounded by the
 * largest row group, and yields its rows as JSON lines (each ending with a line feed, one line per
 * row, so line N is row N), for the dataset scan. Binary columns (images, audio) are left out:
 * they hold no text to scan.
 */
export async function* parquetChunks(file: string, maxRowGroupBytes = MAX_ROW_GROUP_BYTES): AsyncGenerator<string> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const tooLarge = metadata.row_groups.findIndex((group) => Number(group.total_byte_size) > maxRowGroupBytes);
  if (tooLarge !== -1) throw new ParquetTooLargeError(tooLarge, Number(metadata.row_groups[tooLarge].total_byte_size), maxRowGroupBytes);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    // utf8: false: byte arrays without a string annotation stay bytes (and are dropped below).
    const rows = await parquetReadObjects({ file: buffer, metadata, rowStart, rowEnd, compressors, utf8: false });
    let lines: string[] = [];
    let chars = 0;
    for (const row of rows) {
      const line = JSON.stringify(row, jsonValue);
      lines.push(line);
      chars += line.length + 1;
      if (chars >= CHUNK_CHARS) {
        yield `${lines.join('\n')}\n`;
        lines = [];
        chars = 0;
      }
    }
    if (lines.length > 0) yield `${lines.join('\n')}\n`;
    rowStart = rowEnd;
  }
}

/** JSON.stringify replacer: 64-bit integers as their digits, bytes dropped (dates are ISO text already, by their toJSON). */
function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return null;
  return value;
}
