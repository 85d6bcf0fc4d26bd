/**
 * Generates a realistic chat-style JSONL fine-tuning set of a given size, seeded (same bytes every
 * run): prose with numbers, versions, dates, UUIDs, URLs and code, with personal data in about
 * 2% of the records and a few credentials. Used by bench-datasets.ts.
 */
import { createWriteStream } from 'node:fs';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the model training data set loss learning rate batch epoch token tokenizer adapter lora rank alpha dropout gradient checkpoint evaluation metric accuracy prompt response user assistant system please explain how why when where which function class return value error warning config file path version release update install run build test deploy server client request response cache memory disk network latency throughput customer order invoice shipping account support ticket issue refund product price discount week month year today tomorrow meeting schedule report summary analysis'.split(' ');

export async function writeBenchJsonl(file: string, bytes: number, seed = 42): Promise<{ records: number }> {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const sentence = () => {
    const parts: string[] = [];
    const n = 8 + Math.floor(random() * 18);
    for (let i = 0; i < n; i++) {
      const r = random();
      if (r < 0.03) parts.push(String(Math.floor(random() * 2000)));
      else if (r < 0.035) parts.push(`v${Math.floor(random() * 5)}.${Math.floor(random() * 20)}.${Math.floor(random() * 30)}`);
      else if (r < 0.038) parts.push(`2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T10:2${Math.floor(random() * 9)}:00Z`);
      else if (r < 0.04) parts.push(`${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`);
      else if (r < 0.042) parts.push(`https://docs.${pick(WORDS)}.org/${pick(WORDS)}`);
      else parts.push(pick(WORDS));
    }
    return parts.join(' ');
  };
  const pii = () => pick([
    () => `my email is ${pick(WORDS)}.${pick(WORDS)}${digits(2)}@gmail.com`,
    () => `call me at (415) ${2 + Math.floor(random() * 7)}${digits(2)}-${digits(4)}`,
    () => `SSN ${1 + Math.floor(random() * 8)}${digits(2)}-${1 + Math.floor(random() * 9)}${digits(1)}-${1 + Math.floor(random() * 9)}${digits(3)}`,
    () => 'card 4539 6002 0666 2669',
    () => `born on 0${1 + Math.floor(random() * 9)}/1${Math.floor(random() * 9)}/19${5 + Math.floor(random() * 4)}${digits(1)}`,
  ])();
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  while (written < bytes) {
    const user = random() < 0.02 ? `${sentence()} ${pii()} ${sentence()}` : sentence();
    const assistant = random() < 0.0005 ? `use token hf_${hex(34).replace(/[0-9]/g, 'Q')} for the hub` : `${sentence()}. ${sentence()}.`;
    const line = `${JSON.stringify({ id: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`, messages: [{ role: 'user', content: user }, { role: 'assistant', content: assistant }] })}\n`;
    written += Buffer.byteLength(line);
    records++;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return { records };
}

/**
 * A customer table as CSV with personal data in every row (email, phone, bare SSN, birth date,
 * zip), seeded: the worst case for findings per megabyte. Used by bench-datasets.ts.
 */
export async function writeDenseCsv(file: string, bytes: number, seed = 7): Promise<{ records: number }> {
  const random = seededRandom(seed);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const area = () => `${2 + Math.floor(random() * 8)}${digits(2)}`;
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  let buffer = 'id,customer_name,email,phone,ssn,date_of_birth,zip,notes\n';
  while (written + buffer.length < bytes) {
    const phone = random() < 0.5 ? `(${area()}) ${area()}-${digits(4)}` : `${area()}${area()}${digits(4)}`;
    const ssn = `${1 + Math.floor(random() * 665)}`.padStart(3, '0') + digits(2).replace(/^00$/, '01') + digits(4).replace(/^0000$/, '0001');
    const dob = `19${5 + Math.floor(random() * 5)}${digits(1)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    buffer += `${records},Customer ${records},user${records}@mail-host.io,${phone},${ssn},${dob},${digits(5)},"order ${digits(6)}, ${pick3(random)}"\n`;
    records++;
    if (buffer.length > 1 << 20) {
      out.write(buffer);
      written += buffer.length;
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { records };
}

function pick3(random: () => number): string {
  return ['shipped', 'returned, refund issued', 'call back next week'][Math.floor(random() * 3)];
}
