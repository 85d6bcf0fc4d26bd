import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeChunk } from '../../../server/src/cli/decode-chunk';

test('chunks decode as the UTF-8 decoder reads them, ASCII or not', () => {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const samples = ['{"a":"plain ascii"}\n', 'é 東京 🙂\n', '\ufeff{"bom":1}\n', ''].map((s) => Buffer.from(s));
  samples.push(Buffer.from([0x7b, 0xff, 0xfe, 0x80, 0x7d])); // not UTF-8
  const within = Buffer.from('xx{"a":1}yy').subarray(2, 9); // a view into a larger buffer
  for (const bytes of [...samples, within]) assert.equal(decodeChunk(bytes), decoder.decode(bytes));
});
