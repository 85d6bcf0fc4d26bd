import { scanChunkToReport } from './chunk-report';
import type { SecretKeywordPass } from './secret-keywords';

/**
 * Made-up records that take a dataset scan through its paths: keywords of secret rules (none a
 * real credential), numbers, an e-mail address, an IBAN shape, a date of birth, record keys.
 * Token-shaped values are put together at run time, so that no bundle holds text that secret
 * scanners (vsce's among them) take for a credential.
 */
function sample(): string {
  const filler = (n: number) => 'x'.repeat(n);
  return [
    { id: 1, messages: [{ role: 'user', content: `my token is ghp_${filler(36)}, call 415-555-0100` }] },
    { id: 2, text: 'mail jane@example.org, born 1990-01-01, IBAN XX00 0000 0000 0000 00, task path tokenizer' },
    { id: 3, api_key: `sk-proj-${filler(8)}`, note: `Bearer ${filler(24)} at https://example.org/a?sig=x` },
  ].map((record) => JSON.stringify(record)).join('\n').repeat(4);
}

/**
 * One scan of the sample, so the code a dataset scan runs is compiled (JIT, regular expressions,
 * WebAssembly) before real data arrives: a worker started early does this while the CLI is still
 * loading, on an otherwise idle core. What it learns (record keys to skip, what may follow a
 * keyword) holds for any data.
 */
export function warmUp(secrets: SecretKeywordPass): void {
  scanChunkToReport({ path: 'warm-up.jsonl', syntax: 'jsonl', first: true, text: `${sample()}\n` }, secrets);
}
