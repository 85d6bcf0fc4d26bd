import { open } from 'node:fs/promises';
import { countNewlines, RecordChunker } from '../engine/datasets/record-chunker';
import { looksBinary } from '../engine/text/looks-binary';
import { lastCsvRecordEnd, textSource } from '../engine/datasets/csv-records';
import { csvDelimiterOfBytes, type CsvDelimiter } from '../engine/datasets/csv-delimiter';

/** A run of whole lines of a dataset, for one worker job. */
export interface DatasetChunk {
  /** Exactly one of text or bytes (bytes are transferred to the worker, not copied). */
  text?: string;
  bytes?: Uint8Array;
  /** Zero-based line of the chunk's first line in the file. */
  baseLine: number;
  /** Characters or bytes, for progress. */
  size: number;
  /** A CSV file's delimiter, the same for all its chunks (records were cut by it). */
  csvDelimiter?: CsvDelimiter;
}

/** Per chunk: the first chunk's findings show within a moment, and few chunks are in memory at once. */
export const CHUNK_SIZE = 2 * 1024 * 1024;

/** Line-aligned chunks of an open document's text (record-aligned for a CSV file's `csvDelimiter`, as far as a chunk reaches). */
export function* textChunks(text: string, csvDelimiter: CsvDelimiter | undefined, chunkChars = CHUNK_SIZE): Generator<DatasetChunk> {
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + chunkChars);
    if (end < text.length) {
      const record = csvDelimiter ? lastCsvRecordEnd(textSource(text), start, end, csvDelimiter) : -1;
      const newline = text.lastIndexOf('\n', end);
      end = record > start ? record : newline > start ? newline + 1 : end;
    }
    const chunk = text.slice(start, end);
    yield { text: chunk, baseLine: line, size: chunk.length, csvDelimiter };
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) line++;
    start = end;
  }
}

export class BinaryFileError extends Error {
  constructor() {
    super('the file holds NUL bytes: it is binary, not a text dataset');
    this.name = 'BinaryFileError';
  }
}

/**
 * Line-aligned (record-aligned for `csv`, by the delimiter its first bytes show) chunks of a file read from disk, a chunk at a
 * time: memory stays bounded by the chunks in flight whatever the file's size. Throws BinaryFileError when the start holds NUL bytes.
 */
export async function* fileChunks(fsPath: string, csv: boolean, chunkBytes = CHUNK_SIZE): AsyncGenerator<DatasetChunk> {
  const file = await open(fsPath, 'r');
  /** Made at the first read, once a CSV file's delimiter is known. */
  let chunker: RecordChunker | undefined;
  let csvDelimiter: CsvDelimiter | undefined;
  let line = 0;
  const emit = (bytes: Uint8Array): DatasetChunk => {
    // A subarray would transfer (detach) the whole read buffer: give the worker its own copy then.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const chunk = { bytes: own, baseLine: line, size: own.byteLength, csvDelimiter };
    line += countNewlines(own);
    return chunk;
  };
  try {
    for (;;) {
      const buffer = new Uint8Array(chunkBytes);
      const { bytesRead } = await file.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      if (!chunker) {
        if (looksBinary(buffer.subarray(0, bytesRead))) throw new BinaryFileError();
        csvDelimiter = csv ? csvDelimiterOfBytes(fsPath, buffer.subarray(0, bytesRead)) : undefined;
        chunker = new RecordChunker(csvDelimiter);
      }
      const whole = chunker.push(bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead));
      if (whole) yield emit(whole);
    }
    const rest = chunker?.end();
    if (rest) yield emit(rest);
  } finally {
    await file.close();
  }
}
