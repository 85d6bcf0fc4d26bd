import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJsonEscapes, neutralizeJsonEscapes } from '../../../server/src/engine/datasets/json-escapes';
import { newScanState, scanDatasetChunk } from '../../../server/src/engine/datasets/scan-dataset-chunk';
import { scanPiiText } from '../../../server/src/engine/pii/scan-pii-text';

test('escapes are read in place: same length, the character each stands for (line breaks as tabs), spaces before it', () => {
  const raw = String.raw`a\nb\t"c\"d\\ne\/f\u00e9g\r\n`;
  const neutral = neutralizeJsonEscapes(raw);
  assert.equal(neutral.length, raw.length);
  assert.equal(neutral, 'a \tb \t"c "d \\ne /f     \u00e9g \t \t');
  assert.equal(neutralizeJsonEscapes('no escapes here'), 'no escapes here');
  assert.equal(decodeJsonEscapes(raw), 'a\nb\t"c"d\\ne/f\u00e9g\r\n');
});

test('personal data right after a JSON escape is found, as in the parsed string', () => {
  // Values from the labelled set; each behind a line break, a tab, a quote, a backslash or a slash.
  const values = ['727-05-3465', '2221 1752 4013 5938', '+1-213-499-1300', 'DE17494996166593904205', 'li_tanaka@acme-corp.io'];
  let found = 0;
  for (const value of values) {
    for (const before of ['\n', '\t', '\r\n', '"', '\\', '/']) {
      const parsed = `details:${before}${value} thanks`;
      const line = `${JSON.stringify({ text: parsed })}\n`;
      const expected = scanPiiText(parsed).map((d) => `${d.kind}:${parsed.slice(d.start, d.end)}`);
      const actual = scanDatasetChunk(line, newScanState('chat.jsonl', 'jsonl'))
        .findings.filter((f) => !f.ruleId.includes('sensitive-field'))
        .map((f) => `${f.ruleId.replace('pii/', '')}:${line.slice(f.start, f.end)}`);
      assert.deepEqual(actual, expected, JSON.stringify(parsed));
      found += actual.length;
    }
  }
  assert.ok(found >= 25, `only ${found} detections: the values no longer qualify`);
});

test('an escaped line break keeps numbers apart, and lets context on the line before count', () => {
  const kinds = (parsed: string) => scanDatasetChunk(`${JSON.stringify({ text: parsed })}\n`, newScanState('chat.jsonl', 'jsonl'))
    .findings.map((f) => f.ruleId).filter((id) => !id.includes('sensitive-field'));
  assert.deepEqual(kinds('card 2221 1752 4013 5938'), ['pii/credit-card']);
  assert.deepEqual(kinds('order 2221 1752\n4013 5938'), [], 'two lines of digits joined into a card');
  assert.deepEqual(kinds('Patient ID:\nMRN-271342'), ['pii/medical-record-number']);
  assert.deepEqual(kinds('She was born\n1935-03-01.'), ['pii/date-of-birth']);
});

test('a number written with escapes (ensure_ascii full-width digits, no-break spaces) reads as ASCII, the room its escapes took after it', () => {
  const fullWidth = String.raw`\u96fb\u8a71 \uff10\uff19\uff10\uff0d\uff13\uff18\uff11\uff17\uff0d\uff14\uff19\uff12\uff16 \u306b`;
  const neutral = neutralizeJsonEscapes(fullWidth);
  assert.equal(neutral.length, fullWidth.length);
  assert.ok(neutral.includes(' 090-3817-4926      '));
  const spaced = String.raw`tel 06\u00a012\u00a034\u00a056\u00a078 ok`;
  assert.equal(neutralizeJsonEscapes(spaced), `tel 06 12 34 56 78${' '.repeat(20)} ok`);
  // Letters and dashes between words keep the in-place reading.
  assert.equal(neutralizeJsonEscapes(String.raw`a \u2014 b`), 'a      \u2014 b');
});

test('an ensure_ascii record: phone numbers in full-width digits and an IBAN with no-break spaces are found on its line', () => {
  const records = [
    { text: '\u304a\u96fb\u8a71\u756a\u53f7\u306f\uff10\uff19\uff10\uff0d\uff13\uff18\uff11\uff17\uff0d\uff14\uff19\uff12\uff16\u3067\u3059' },
    { text: 'Bitte \u00fcberweisen auf DE41\u00a07002\u00a00270\u00a00839\u00a04127\u00a065.' },
  ];
  // JSON.stringify keeps non-ASCII; escape it as Python's json.dumps does by default.
  const asciiOnly = (s: string) => s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const text = records.map((r) => asciiOnly(JSON.stringify(r))).join('\n') + '\n';
  const kinds = scanDatasetChunk(text, newScanState('cjk.jsonl', 'jsonl')).findings.map((f) => f.ruleId);
  assert.deepEqual(kinds, ['pii/phone-number', 'pii/iban']);
});
