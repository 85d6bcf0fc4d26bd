/**
 * Precision and recall per PII kind on labelled synthetic records.
 *   npx tsx scripts/eval-pii.ts                 # the committed set, test/fixtures/pii/labelled.jsonl
 *   npx tsx scripts/eval-pii.ts --seed 2027 --count 5000   # a fresh set never looked at
 *   npx tsx scripts/eval-pii.ts --write         # regenerate the committed set (seed 1, 2000 records)
 *   npx tsx scripts/eval-pii.ts --as-records    # each text as a JSONL chat record, every labelled value
 *                                               # after a line break (an escaped "\n" in the raw line),
 *                                               # through the dataset scan the CLI and the editor run
 * A detection counts when its kind matches a labelled span it overlaps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanPiiText } from '../server/src/engine/pii/scan-pii-text';
import type { PiiDetection } from '../server/src/engine/pii/pii-kind';
import { newScanState, scanDatasetChunk } from '../server/src/engine/datasets/scan-dataset-chunk';
import { generateLabelled, type LabelledRecord } from './pii-corpus';

const FIXTURE = join(__dirname, '..', 'test', 'fixtures', 'pii', 'labelled.jsonl');
const arg = (name: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : undefined; };

if (process.argv.includes('--write')) {
  writeFileSync(FIXTURE, generateLabelled(1, 2000).map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`wrote ${FIXTURE}`);
  process.exit(0);
}
const seed = arg('--seed');
const records: LabelledRecord[] = seed ? generateLabelled(Number(seed), Number(arg('--count') ?? 5000))
  : readFileSync(FIXTURE, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const asRecords = process.argv.includes('--as-records');

/** The labelled values moved to the start of a line, as chat messages put them (same offsets). */
function withLineBreaks(record: LabelledRecord): LabelledRecord {
  const chars = [...record.text.split('')];
  for (const span of record.spans) if (chars[span.start - 1] === ' ') chars[span.start - 1] = '\n';
  return { ...record, text: chars.join('') };
}

/** The dataset scan of the text written as one JSONL record, its findings placed back in the text. */
function detectInRecord(text: string): PiiDetection[] {
  const prefix = '{"text":"';
  const line = `${JSON.stringify({ text })}\n`;
  const textIndexAt = new Int32Array(line.length + 1).fill(-1); // raw line offset -> text offset
  let raw = prefix.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text[i];
    const pair = unit >= '\ud800' && unit <= '\udbff' && text[i + 1] >= '\udc00' && text[i + 1] <= '\udfff';
    textIndexAt[raw] = i;
    raw += pair ? 1 : JSON.stringify(unit).length - 2;
  }
  textIndexAt[raw] = text.length;
  const kinds = new Map(Object.entries(KIND_BY_RULE));
  return scanDatasetChunk(line, newScanState('chat.jsonl', 'jsonl')).findings
    .filter((f) => kinds.has(f.ruleId) && textIndexAt[f.start] >= 0 && textIndexAt[f.end] >= 0)
    .map((f) => ({ kind: kinds.get(f.ruleId)!, start: textIndexAt[f.start], end: textIndexAt[f.end] }));
}

const KIND_BY_RULE: Record<string, PiiDetection['kind']> = Object.fromEntries(
  (['email', 'phone-number', 'us-ssn', 'credit-card', 'iban', 'date-of-birth', 'medical-record-number'] as const).map((k) => [`pii/${k}`, k]),
);

const stats = new Map<string, { tp: number; fp: number; fn: number }>();
const of = (kind: string) => stats.get(kind) ?? stats.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind)!;
const errors: string[] = [];
for (const original of records) {
  const record = asRecords ? withLineBreaks(original) : original;
  const found = asRecords ? detectInRecord(record.text) : scanPiiText(record.text);
  const matched = new Set<number>();
  for (const d of found) {
    const gold = record.spans.findIndex((s, i) => !matched.has(i) && s.kind === d.kind && d.start < s.end && s.start < d.end);
    if (gold >= 0) { matched.add(gold); of(d.kind).tp++; } else { of(d.kind).fp++; errors.push(`FP ${d.kind}: ${record.text.slice(Math.max(0, d.start - 30), d.end + 10)}`); }
  }
  record.spans.forEach((s, i) => { if (!matched.has(i)) { of(s.kind).fn++; errors.push(`FN ${s.kind}: ${record.text.slice(Math.max(0, s.start - 30), s.end + 10)}`); } });
}
const rows = [...stats].sort();
let all = { tp: 0, fp: 0, fn: 0 };
console.log(`${records.length} records (${seed ? `fresh, seed ${seed}` : 'test/fixtures/pii/labelled.jsonl'})${asRecords ? ', as JSONL chat records, each value after a line break' : ''}`);
console.log('kind                     precision  recall   tp    fp   fn');
for (const [kind, s] of rows) {
  all = { tp: all.tp + s.tp, fp: all.fp + s.fp, fn: all.fn + s.fn };
  console.log(`${kind.padEnd(24)} ${(s.tp / Math.max(1, s.tp + s.fp)).toFixed(3).padStart(9)} ${(s.tp / Math.max(1, s.tp + s.fn)).toFixed(3).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(4)}`);
}
console.log(`${'all'.padEnd(24)} ${(all.tp / Math.max(1, all.tp + all.fp)).toFixed(3).padStart(9)} ${(all.tp / Math.max(1, all.tp + all.fn)).toFixed(3).padStart(7)}`);
if (process.argv.includes('--errors')) for (const e of errors.slice(0, 40)) console.log(e);
