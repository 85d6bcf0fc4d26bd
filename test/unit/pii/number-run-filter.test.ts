import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PII_DETECTORS } from '../../../server/src/engine/pii/detectors';
import type { PiiDetection } from '../../../server/src/engine/pii/pii-kind';
import { NUMBER_RUN, numberRunMayQualify } from '../../../server/src/engine/pii/triggers';
import { seededRandom } from '../../../scripts/bench-data';

const random = seededRandom(5);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const PIECES = [
  '4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '123-45-6789', '123456789', '(415) 555-2671', '415.555.2671',
  '+44 20 7946 0958', '+1-415-555-2671', '2024-01-15', 'T10:25:00Z', '1', '22', '333', '4444', '55555', ' ', '-', '.', '/', '(', ')', '+',
  'a', 'B', '_', 'x9', 'x', 'ext.', 'ext', ' extension ', 'id', 'phone ', 'ssn ', '"', ',', '\n', 'é',
];

function detectionsOfRuns(text: string, filtered: boolean): PiiDetection[] {
  const found: PiiDetection[] = [];
  NUMBER_RUN.lastIndex = 0;
  for (let at = NUMBER_RUN.exec(text); at; at = NUMBER_RUN.exec(text)) {
    if (at[0].replace(/\D/g, '').length < 8) continue;
    if (filtered && !numberRunMayQualify(text, at.index, at[0])) continue;
    for (const detector of PII_DETECTORS) if (detector.trigger === NUMBER_RUN) detector.inspect(text, at, found);
  }
  return found;
}

test('the number-run filter drops runs, never a detection', () => {
  let detections = 0;
  let dropped = 0;
  for (let round = 0; round < 3000; round++) {
    const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pick(PIECES)).join('');
    const all = detectionsOfRuns(text, false);
    assert.deepEqual(detectionsOfRuns(text, true), all, JSON.stringify(text));
    detections += all.length;
    NUMBER_RUN.lastIndex = 0;
    for (let at = NUMBER_RUN.exec(text); at; at = NUMBER_RUN.exec(text)) {
      if (at[0].replace(/\D/g, '').length >= 8 && !numberRunMayQualify(text, at.index, at[0])) dropped++;
    }
  }
  assert.ok(detections > 500 && dropped > 500, `generator too thin: ${detections} detections, ${dropped} runs dropped`);
});

test('timestamps and digits inside identifiers are dropped; numbers between words are kept', () => {
  const qualifies = (text: string, run: string) => numberRunMayQualify(text, text.indexOf(run), run);
  assert.equal(qualifies('at 2024-01-15T10:25:00Z', '2024-01-15'), false);
  assert.equal(qualifies('id b44503f9', '44503'), false);
  assert.equal(qualifies('ab12345678cd', '12345678'), false);
  assert.equal(qualifies('call 415-555-2671 now', '415-555-2671'), true);
  assert.equal(qualifies('x4111 1111 1111 1111', '4111 1111 1111 1111'), true); // 12 digits after the first group
});
