/** How far into a file to look for a NUL byte (git's heuristic for binary content). */
const SNIFF_BYTES = 8000;

/** Whether the start of a file's bytes holds a NUL byte, so it is binary rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}
