import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCompatibilityForms } from '../../../server/src/engine/text/compatibility-forms';

test('no-break spaces, Unicode dashes, full-width forms and other scripts\' digits read as ASCII, one unit for one', () => {
  const cases: [string, string][] = [
    ['06\u00a012\u202f34\u200956', '06 12 34 56'],
    ['\uff10\uff19\uff10\uff0d\uff13\uff18\uff11\uff17', '090-3817'],
    ['\u0660\u0665\u0660 \u0969\u096e\u0967 \u0e52\u0e53', '050 381 23'],
    ['\uff54\uff41\uff52\uff4f\uff20\uff47\uff4d\uff41\uff49\uff4c\uff0e\uff43\uff4f\uff4d', 'taro@gmail.com'],
    ['1990\u20131995 \u2212 4', '1990-1995 - 4'],
  ];
  for (const [text, ascii] of cases) {
    const folded = foldCompatibilityForms(text);
    assert.equal(folded, ascii);
    assert.equal(folded.length, text.length);
  }
});

test('full-width quotes, comma, semicolon, bar, brackets and backslash stay: folded, they would read as structure', () => {
  const text = '\uff02\uff07\uff0c\uff1b\uff5c\uff3b\uff3d\uff5b\uff5d\uff3c\uff40\uff1c\uff1e';
  assert.equal(foldCompatibilityForms(text), text);
});

test('ASCII text and text with nothing to fold come back as the same string; digits outside the BMP keep their two units', () => {
  const plain = 'plain ASCII 0612345678';
  assert.equal(foldCompatibilityForms(plain), plain);
  assert.equal(foldCompatibilityForms('caf\u00e9 \u65e5\u672c'), 'caf\u00e9 \u65e5\u672c');
  assert.equal(foldCompatibilityForms('\u{1d7cf}\u{1d7d0}'), '\u{1d7cf}\u{1d7d0}');
  assert.equal(foldCompatibilityForms('06\u00a012', true), '06\u00a012'); // the caller vouches the text is ASCII: no look
});
