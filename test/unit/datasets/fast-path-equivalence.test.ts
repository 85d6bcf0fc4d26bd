import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SecretLineScanner } from '../../../server/src/engine/datasets/secret-lines';
import { scanDatasetChunk, newScanState } from '../../../server/src/engine/datasets/scan-dataset-chunk';
import { parseDocument } from '../../../server/src/engine/parse/parse-document';
import { scanSecrets } from '../../../server/src/engine/secrets/scan-secrets';
import { SECRET_RULES } from '../../../server/src/engine/secrets/rules';
import { scanPiiText } from '../../../server/src/engine/pii/scan-pii-text';
import { neutralizeJsonEscapes } from '../../../server/src/engine/datasets/json-escapes';
import { KeywordAutomaton } from '../../../server/src/engine/text/multi-matcher';
import { escapeRegExp } from '../../../server/src/engine/secrets/keyword-prefilter';
import { seededRandom } from '../../../scripts/bench-data';
import { neverCancelled } from '../../../server/src/engine/types';

const random = seededRandom(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => pick([...alphabet])).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const flipCase = (s: string) => [...s].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
const WORDS = 'the token sk pat ask path patient skill https:// model St. 2/1 données naïve 東京 tokenizer secret password key api'.split(' ');

/** Keywords of every secret rule, some in prose, some mixed case, with real-looking credentials between. */
function generatedJsonl(records: number): string {
  const keywords = SECRET_RULES.flatMap((rule) => rule.keywords);
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    const parts: string[] = [];
    for (let w = 0; w < 12; w++) {
      const r = random();
      if (r < 0.15) parts.push(flipCase(pick(keywords)));
      else if (r < 0.2) parts.push(`${pick(keywords)}${chars(ALNUM, 20 + Math.floor(random() * 30))}`);
      else if (r < 0.23) parts.push(pick([`ghp_${chars(ALNUM, 36)}`, `hf_${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`, `AKIA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, `sk-${chars(ALNUM, 48)}`, `https://user:${chars(ALNUM, 12)}@db.internal.io/x`]));
      else if (r < 0.26) parts.push(pick(['SSN 123-45-6780', 'card 4539 6002 0666 2669', 'mail jane.roe@gmail.com', 'call (415) 555-2671', 'born on 03/14/1987', 'IBAN GB74 BARC 6016 1331 9268 20', 'v1.2.3', '978-3-16-148410-0']));
      else parts.push(pick(WORDS));
    }
    const extra = random() < 0.1 ? `, "${pick(['api_key', 'password', 'customer_email', 'note'])}": "${chars(ALNUM, 24)}"` : '';
    // Words apart by spaces, and by line breaks and tabs, which JSON writes as escapes (`\n` right
    // before a token); some writers also escape every slash (`https:\/\/…`).
    const text = parts.map((part, w) => (w === 0 ? '' : pick([' ', ' ', ' ', '\n', '\t'])) + part).join('');
    const line = JSON.stringify({ id: i, text }).slice(0, -1) + extra + '}';
    lines.push(random() < 0.1 ? line.replace(/\//g, '\\/') : line);
  }
  return lines.join('\n') + '\n';
}

const key = (f: { ruleId: string; start: number; end: number }) => `${f.ruleId}@${f.start}-${f.end}`;

test('keyword automaton finds the same next keyword as the case-insensitive regex alternation', () => {
  const keywords = [...new Set(SECRET_RULES.flatMap((rule) => rule.keywords.map((k) => k.toLowerCase())))].filter(Boolean).sort((a, b) => b.length - a.length);
  const automaton = KeywordAutomaton.build(keywords)!;
  assert.ok(automaton, 'secret rule keywords are ASCII');
  const regex = new RegExp(keywords.map(escapeRegExp).join('|'), 'gi');
  const text = generatedJsonl(300);
  let from = 0;
  let hits = 0;
  for (;;) {
    regex.lastIndex = from;
    const m = regex.exec(text);
    const end = automaton.firstEnd(text, from);
    if (!m) { assert.equal(end, -1); break; }
    // The automaton reports the earliest end; the regex's leftmost match ends there or later.
    assert.ok(end !== -1 && end <= m.index + m[0].length && m.index >= end - automaton.maxLength, `at ${from}`);
    hits++;
    from = m.index + m[0].length;
  }
  assert.ok(hits > 1000, `only ${hits} keyword hits: the generator lost its keywords`);
});

test('dataset fast path finds exactly what the per-record engine finds (secrets and personal data)', () => {
  const text = generatedJsonl(1500);
  const scanner = new SecretLineScanner();
  const expected = new Set<string>();
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    for (const f of scanSecrets(parseDocument({ path: 'data/train.jsonl', text: line }), neverCancelled, SECRET_RULES)) expected.add(key({ ruleId: f.ruleId, start: f.start + lineStart, end: f.end + lineStart }));
    // Personal data as the detectors see the line read as JSON reads it (json-escapes.test.ts checks that reading).
    for (const d of scanPiiText(neutralizeJsonEscapes(line))) expected.add(`${d.kind}@${d.start + lineStart}-${d.end + lineStart}`);
    lineStart = lineEnd + 1;
  }
  const piiKinds = new Set(scanPiiText(text).map((d) => d.kind));
  const secretsFound = [...expected].filter((k) => k.startsWith('secrets/')).length;
  assert.ok(secretsFound > 100 && expected.size - secretsFound > 100, `generator too thin: ${secretsFound} secrets of ${expected.size}`);
  // Twice: the first scan teaches the byte pass which record keys to skip and what may follow
  // each keyword that hit; the second runs with what it learnt.
  for (const pass of ['first', 'second']) {
    const fast = scanDatasetChunk(text, newScanState('data/train.jsonl', 'jsonl'), { secrets: scanner });
    const found = new Set(fast.findings.filter((f) => !f.ruleId.includes('sensitive-field')).map((f) => {
      const kind = [...piiKinds].find((k) => f.ruleId.endsWith(`/${k}`));
      return kind ? `${kind}@${f.start}-${f.end}` : key(f);
    }));
    assert.deepEqual([...found].filter((k) => !expected.has(k)).sort(), [], `${pass} scan: fast path found more than the engine`);
    assert.deepEqual([...expected].filter((k) => !found.has(k)).sort(), [], `${pass} scan: fast path missed findings of the engine`);
  }
});
