/** Hostile documents shared by the engine, CLI and LSP resilience tests. */

export const PLANTED_TOKEN = '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';

/** "Billion laughs": nine levels of nine aliases; expanded it would be 9^9 strings. */
export function yamlAliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghij';
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  lines.push(`hub_token: ${PLANTED_TOKEN}`);
  return `${lines.join('\n')}\n`;
}

export const deepJsonArrays = (levels: number) => '['.repeat(levels);
export const deepJsonObjects = (levels: number) => '{"a":'.repeat(levels);
export const deepYamlFlow = (levels: number) => '['.repeat(levels);
export const deepYamlBlock = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:`).join('\n');

/** One 10 MB line, then a real token on the next line: it must still be found, at the right place. */
export function tenMegabyteLineThenToken(): string {
  return `notes: ${'lorem ipsum dolor sit amet '.repeat(400_000)}\nhub_token: ${PLANTED_TOKEN}\n`;
}

/** Bytes with NULs and every byte value, as a decoder would hand them over. */
export function binaryBytes(size = 64 * 1024): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + (i >> 8)) % 256;
  return bytes;
}

/** A config whose token line also carries invalid UTF-8 sequences (lone continuation, overlong, truncated). */
export function invalidUtf8Config(): Buffer {
  return Buffer.concat([
    Buffer.from('base_model: meta-llama/Meta-Llama-3-8B\nnotes: '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x80, 0xc0, 0xaf]),
    Buffer.from(`\nhub_token: ${PLANTED_TOKEN}\n`),
  ]);
}
