import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_COPIED_ASCII, utf8Text } from '../../../server/src/engine/text/utf8-text';
import { seededRandom } from '../../../scripts/bench-data';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const encode = (text: string) => new TextEncoder().encode(text);

test('ASCII bytes give the same text as UTF-8 decoding, also from a view into a larger buffer', () => {
  const ascii = encode('{"id": 1, "text": "call 020 7946 0958\\n"}\n\t~\x7f\x00');
  assert.equal(utf8Text(ascii), decoder.decode(ascii));
  const backing = new Uint8Array(ascii.length + 10).fill(0xe9);
  backing.set(ascii, 5);
  assert.equal(utf8Text(backing.subarray(5, 5 + ascii.length)), decoder.decode(ascii));
});

test('Other bytes are decoded as TextDecoder does: multi-byte characters, a BOM dropped, invalid bytes replaced', () => {
  for (const bytes of [
    encode('Zoë’s patient — 東京 😀'),
    Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x62]),
    Uint8Array.from([0x61, 0xe9, 0x62, 0xc3]), // Latin-1 é and a truncated sequence are not UTF-8
  ]) {
    assert.equal(utf8Text(bytes), decoder.decode(bytes));
  }
  assert.equal(utf8Text(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61])), 'a');
  assert.equal(utf8Text(Uint8Array.from([0x61, 0xe9, 0x62])), 'a\ufffdb');
});

test('Random byte strings, ASCII and not, decode as TextDecoder decodes them', () => {
  const random = seededRandom(7);
  for (let i = 0; i < 500; i++) {
    const high = random() < 0.5;
    const bytes = Uint8Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * (high ? 256 : 128)));
    assert.equal(utf8Text(bytes), decoder.decode(bytes));
  }
});

test('ASCII longer than MAX_COPIED_ASCII, decoded instead of copied, reads the same', () => {
  for (const length of [MAX_COPIED_ASCII, MAX_COPIED_ASCII + 1]) {
    const bytes = new Uint8Array(length).fill(0x41);
    bytes[length - 1] = 0x0a;
    const text = utf8Text(bytes);
    assert.equal(text.length, length);
    assert.equal(text, decoder.decode(bytes));
  }
});
