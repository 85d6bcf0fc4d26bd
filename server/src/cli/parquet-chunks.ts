import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** Rows of a Parquet file as JSON lines, a row group at a time: one line per row, so line N is row N. */
export interface ParquetChunk {
  /** JSON lines, each ending with a line feed. */
  text: string;
  /** Zero-based index of the chunk's first row. */
  baseLine: number;
}

/** Text per chunk handed to a scan; a row group bigger than this is cut at row boundaries. */
const CHUNK_CHARS = 1024 * 1024;

/**
 * Reads a Parquet file with hyparquet (pure JS, every Parquet encoding; gzip, zstd, brotli, lz4 and
 * snappy through hyparquet-compressors) one row group at a time, so memory is bounded by the
 * largest row group, and renders each row as a JSON line for the dataset scan. Binary columns
 * (images, audio) are left out: they hold no text to scan.
 */
export async function* parquetChunks(file: string): AsyncGenerator<ParquetChunk> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    // utf8: false: byte arrays without a string annotation stay bytes (and are dropped below).
    const rows = await parquetReadObjects({ file: buffer, metadata, rowStart, rowEnd, compressors, utf8: false });
    let lines: string[] = [];
    let chars = 0;
    let first = rowStart;
    for (let i = 0; i < rows.length; i++) {
      const line = JSON.stringify(rows[i], jsonValue);
      lines.push(line);
      chars += line.length + 1;
      if (chars >= CHUNK_CHARS) {
        yield { text: `${lines.join('\n')}\n`, baseLine: first };
        first = rowStart + i + 1;
        lines = [];
        chars = 0;
      }
    }
    if (lines.length > 0) yield { text: `${lines.join('\n')}\n`, baseLine: first };
    rowStart = rowEnd;
  }
}

/** JSON.stringify replacer: 64-bit integers as their digits, bytes dropped (dates are ISO text already, by their toJSON). */
function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return null;
  return value;
}
