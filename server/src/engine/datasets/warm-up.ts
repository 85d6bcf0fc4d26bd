import { scanChunkToReport } from './chunk-report';
import type { SecretKeywordPass } from './secret-keywords';

/**
 * Made-up records that take a dataset scan through its paths: keywords of secret rules (none a
 * real credential), numbers, an e-mail address, an IBAN shape, a date of birth, record keys.
 */
const SAMPLE = [
  { id: 1, messages: [{ role: 'user', content: 'my token is ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, call 415-555-0100' }] },
  { id: 2, text: 'mail jane@example.org, born 1990-01-01, IBAN XX00 0000 0000 0000 00, task path tokenizer' },
  { id: 3, api_key: 'sk-proj-xxxxxxxx', note: 'Bearer xxxxxxxxxxxxxxxxxxxxxxxx at https://example.org/a?sig=x' },
].map((record) => JSON.stringify(record)).join('\n').repeat(4);

/**
 * One scan of the sample, so the code a dataset scan runs is compiled (JIT, regular expressions,
 * WebAssembly) before real data arrives: a worker started early does this while the CLI is still
 * loading, on an otherwise idle core. What it learns (record keys to skip, what may follow a
 * keyword) holds for any data.
 */
export function warmUp(secrets: SecretKeywordPass): void {
  scanChunkToReport({ path: 'warm-up.jsonl', syntax: 'jsonl', first: true, text: `${SAMPLE}\n` }, secrets);
}
