import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordAutomaton } from '../../../server/src/engine/text/multi-matcher';
import { TriggerScanner } from '../../../server/src/engine/text/trigger-scan';
import { SecretKeywordPass } from '../../../server/src/engine/datasets/secret-keywords';
import { piiLiterals } from '../../../server/src/engine/pii/scan-pii-text';
import { NUMBER_RUN } from '../../../server/src/engine/pii/triggers';
import { IBAN_TRIGGER } from '../../../server/src/engine/pii/iban';
import { seededRandom } from '../../../scripts/bench-data';
import { forEachJsonKey } from '../../../server/src/engine/datasets/record-keys';
import { neutralizeJsonEscapes } from '../../../server/src/engine/datasets/json-escapes';

const automaton = KeywordAutomaton.build([...piiLiterals(), ...new SecretKeywordPass().keywords!])!;
const scanner = TriggerScanner.for(automaton)!;
const random = seededRandom(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/** Pieces that stress every part of the byte pass: keywords, digit runs, IBAN starts, multi-byte characters. */
const PIECES = [
  ...automaton.keywords, 'SK', 'Token ', 'PAT', 'AKIA', ' ', ' ', '-', '(', ')', '.', '/', '+', '"', '\n', '\t',
  '0', '1', '2', '3', '45', '678', '9012', '2024-01-15', '+44 20 7946 0958', '4111 1111 1111 1111', '123-45-6789',
  'DE89370400440532013000', 'GB82 WEST 1234 5698 7654 32', 'aDE89', 'X', 'AB12', 'ZZ99 ', '1'.repeat(60),
  'é', 'ß', '東京', '𝒳', '🙂', '\u00a0', '\ud800', '\udc00', 'ü1234567890', 'naïve', 'the', 'path', 'task',
  '\\n', '\\t', '\\/', '\\"', '\\\\', // JSON escapes, as raw data text holds them
];

function randomText(): string {
  const parts: string[] = [];
  const n = Math.floor(random() * 400);
  for (let i = 0; i < n; i++) parts.push(pick(PIECES));
  return parts.join('');
}

function expectedStarts(text: string, trigger: RegExp, minDigits = 0): number[] {
  const starts: number[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    if (m[0].replace(/\D/g, '').length >= minDigits) starts.push(m.index);
  }
  return starts;
}

/** Maximal runs of digits and number separators holding 8 digits or more, as (start, end) pairs. */
function expectedStretches(text: string): number[] {
  const stretches: number[] = [];
  for (const run of text.matchAll(/[\d ().\/+\\-]+/g)) {
    if (run[0].replace(/\D/g, '').length >= 8) stretches.push(run.index, run.index + run[0].length);
  }
  return stretches;
}

test('the WebAssembly byte pass gives what the JavaScript passes give, in UTF-16 offsets', () => {
  let keywordHits = 0;
  let numberRuns = 0;
  let ibans = 0;
  for (let round = 0; round < 600; round++) {
    const text = round === 0 ? '' : round === 1 ? '1234567' : randomText();
    const triggers = scanner.scan(text);
    assert.ok(triggers, `no triggers for text ${round}`);
    assert.deepEqual([...triggers.keywordEnds], [...automaton.ends(text)], `keyword ends, text ${round}`);
    keywordHits += triggers.keywordEnds.length / 2;

    assert.deepEqual([...triggers.numberStretches], expectedStretches(text), `number stretches, text ${round}`);
    // Every number run with 8 digits lies inside a stretch, and every stretch holds one.
    const runs = expectedStarts(neutralizeJsonEscapes(text), NUMBER_RUN, 8);
    const stretches = triggers.numberStretches;
    for (const start of runs) {
      let inside = false;
      for (let i = 0; i < stretches.length; i += 2) inside ||= start >= stretches[i] && start < stretches[i + 1];
      assert.ok(inside, `number run at ${start} outside every stretch, text ${round}`);
    }
    for (let i = 0; i < stretches.length; i += 2) {
      const piece = neutralizeJsonEscapes(text).slice(stretches[i], stretches[i + 1]);
      assert.ok(expectedStarts(piece, NUMBER_RUN, 8).length > 0, `stretch ${JSON.stringify(piece)} holds no number run, text ${round}`);
    }
    numberRuns += runs.length;

    // The IBAN trigger's matches in the text as JSON reads it, and at most a few more: after a
    // backslash and a letter that is not an escape (`\\n`), which the detector then rejects.
    const ibanStarts = [...triggers.ibanStarts];
    for (const start of expectedStarts(neutralizeJsonEscapes(text), IBAN_TRIGGER)) assert.ok(ibanStarts.includes(start), `IBAN start ${start} missed, text ${round}`);
    for (const start of ibanStarts) assert.ok(expectedStarts(text.slice(start, start + 4), IBAN_TRIGGER).length === 1 && (expectedStarts(neutralizeJsonEscapes(text), IBAN_TRIGGER).includes(start) || text[start - 2] === '\\'), `IBAN start ${start} reported, text ${round}`);
    ibans += triggers.ibanStarts.length;
  }
  assert.ok(keywordHits > 5000 && numberRuns > 500 && ibans > 500, `generator too thin: ${keywordHits} keywords, ${numberRuns} runs, ${ibans} IBAN starts`);
});

test('a text too big for the byte pass is left to the JavaScript passes', () => {
  assert.equal(scanner.scan('a'.repeat(33 * 1024 * 1024)), undefined);
});

test('hits beyond the output areas make the byte pass step aside, not drop hits', () => {
  // One keyword end per character: more than the areas hold (an eighth of the text per walk).
  assert.equal(scanner.scan('sksksksk'.repeat(20_000).replace(/k/g, 'k ')), undefined);
});

test('record keys from the byte pass are forEachJsonKey\'s, less the keys it was told to skip', () => {
  const fresh = TriggerScanner.for(KeywordAutomaton.build(['zzqx'])!)!;
  const keyNames = ['id', 'messages', 'role', 'content', 'clé', '名前', 'a', '', 'x'.repeat(70), 'api_key', 'customer_email'];
  const records: string[] = [];
  for (let i = 0; i < 400; i++) {
    const record: Record<string, string> = {};
    for (let k = 0; k < 4; k++) record[pick(keyNames)] = pick(['v', 'say "hi": now', 'é', '{"not":"a key"}', '']);
    records.push(JSON.stringify(record));
  }
  const text = records.join('\n');
  const expected: [number, number][] = [];
  forEachJsonKey(text, (start, end) => expected.push([start, end]));
  const pairs = (keys: Int32Array) => Array.from({ length: keys.length / 2 }, (_, i): [number, number] => [keys[2 * i], keys[2 * i + 1]]);
  // Keys up to 64 characters are exact; the byte pass may also report a longer one that forEachJsonKey drops.
  const short = (list: [number, number][]) => list.filter(([start, end]) => end - start <= 64);
  assert.deepEqual(short(pairs(fresh.scan(text, true)!.keys!)), short(expected));
  // Short texts and keys in a text's last bytes (read one by one, not sixteen at a time).
  for (const record of [...records.slice(0, 60), '{"a":1}', '"k":', 'x"k":', '{"id":"v","ab":']) {
    const alone: [number, number][] = [];
    forEachJsonKey(record, (start, end) => alone.push([start, end]));
    assert.deepEqual(short(pairs(fresh.scan(record, true)!.keys!)), short(alone), record);
  }

  for (const key of ['id', 'role', 'clé']) fresh.skipKey(key);
  const skipped = new Set(['id', 'role', 'clé']);
  assert.deepEqual(short(pairs(fresh.scan(text, true)!.keys!)), short(expected).filter(([start, end]) => !skipped.has(text.slice(start, end))));
});

test('a follow filter drops the keyword ends whose next bytes it does not admit', () => {
  const sk = KeywordAutomaton.build(['sk', 'born'])!;
  const filtered = TriggerScanner.for(sk)!;
  const text = 'task skill skab born sk';
  const ends = [...filtered.scan(text)!.keywordEnds];
  const skState = ends[1];
  const hexFirst = Array.from({ length: 16 }, (_, j) => new Uint8Array(32).fill(j === 0 ? 0 : 0xff));
  for (const c of 'abcdef') hexFirst[0][c.charCodeAt(0) >> 3] |= 1 << (c.charCodeAt(0) & 7);
  filtered.setFollowFilter(skState, hexFirst);
  const kept = [...filtered.scan(text)!.keywordEnds].filter((_, i) => i % 2 === 0);
  // "task " and "skill" fail the filter; "skab" passes; "born" has no filter; the last "sk" has no byte after it.
  assert.deepEqual(kept, [text.indexOf('skab') + 2, text.indexOf('born') + 4, text.length]);
});
