import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesSource, csvRecordBreaks, forEachCsvRecord, lastCsvRecordEnd, textSource } from '../../../server/src/engine/datasets/csv-records';
import { RecordChunker, MAX_QUOTED_RECORD_BYTES, wholeRecordsEnd } from '../../../server/src/engine/datasets/record-chunker';
import { textChunks } from '../../../server/src/features/dataset-chunks';

function records(text: string): string[] {
  const out: string[] = [];
  forEachCsvRecord(text, 0, text.length, (start, end) => out.push(text.slice(start, end)));
  return out;
}

test('CSV records: a line feed inside a quoted cell belongs to the record, one outside ends it', () => {
  assert.deepEqual(records('id,text\n1,"two\nlines"\n2,plain\n'), ['id,text', '1,"two\nlines"', '2,plain']);
  assert.deepEqual(records('a\r\n"b\r\nc",d\r\n'), ['a\r', '"b\r\nc",d\r']);
  assert.deepEqual(records('1, "blank before the quote\nstill quoted"\n2\n'), ['1, "blank before the quote\nstill quoted"', '2']);
  assert.deepEqual(records('1,"say ""hi""\nthere"\n2'), ['1,"say ""hi""\nthere"', '2']);
  assert.deepEqual(records('"""\n"\n'), ['"""\n"']); // a cell holding a quote and a line feed
});

test('CSV records: a quote inside an unquoted cell quotes nothing', () => {
  assert.deepEqual(records('name,height\nAnn,5\'11"\nBob,6\'2"\n'), ['name,height', 'Ann,5\'11"', 'Bob,6\'2"']);
  assert.deepEqual(records('x"y\nz\n'), ['x"y', 'z']);
});

test('CSV records: the walk says where a quote is left open; in whole records such a stray quote ends at its line', () => {
  const text = 'a\n"open\nb\n';
  const breaks: number[] = [];
  assert.equal(csvRecordBreaks(textSource(text), 0, text.length, (at) => breaks.push(at)), 2);
  assert.deepEqual(breaks, [1]);
  assert.deepEqual(records(text), ['a', '"open', 'b']);
  assert.deepEqual(records('id,ssn\n1,"never closed\n2,234561000\n3,234561001\n'), ['id,ssn', '1,"never closed', '2,234561000', '3,234561001']);
  assert.equal(csvRecordBreaks(textSource('a\n"b"\n'), 0, 6, () => undefined), -1);
});

test('the last record end is the same on text and on its UTF-8 bytes', () => {
  const text = 'id,note\n1,"héllo\nwörld"\n2,"unfinished\nstill';
  const bytes = new TextEncoder().encode(text);
  assert.equal(lastCsvRecordEnd(textSource(text), 0, text.length), text.indexOf('2,'));
  assert.equal(lastCsvRecordEnd(bytesSource(bytes), 0, bytes.length), bytes.length - new TextEncoder().encode('2,"unfinished\nstill').length);
  assert.equal(lastCsvRecordEnd(textSource('no line feed'), 0, 12), -1);
});

test('whole records: lines for JSONL, records for CSV, and a quoted record beyond the bound is cut at a line', () => {
  const bytes = new TextEncoder().encode('a,b\n1,"x\ny');
  assert.equal(wholeRecordsEnd(bytes, bytes.length, undefined), 9);
  assert.equal(wholeRecordsEnd(bytes, bytes.length, ','), 4);
  assert.equal(wholeRecordsEnd(bytes, 0, ','), 0);
  const stray = new TextEncoder().encode(`"${'x\n'.repeat(MAX_QUOTED_RECORD_BYTES / 2 + 1)}`);
  assert.equal(wholeRecordsEnd(stray, stray.length, ','), stray.length);
});

test('a CSV stream cut into pieces of any size comes out in chunks of whole records, nothing lost', () => {
  const rows = ['id,prompt,response'];
  for (let i = 0; i < 300; i++) rows.push(`${i},"line one\nline ""two"", with a comma","${'reply\n'.repeat(i % 4)}end"`);
  const text = `${rows.join('\n')}\n`;
  const bytes = new TextEncoder().encode(text);
  const expected = records(text);
  for (const piece of [1, 7, 64, 1000]) {
    const chunker = new RecordChunker(',');
    const chunks: string[] = [];
    for (let at = 0; at < bytes.length; at += piece) {
      const whole = chunker.push(bytes.slice(at, at + piece));
      if (whole) chunks.push(new TextDecoder().decode(whole));
    }
    const rest = chunker.end();
    if (rest) chunks.push(new TextDecoder().decode(rest));
    assert.equal(chunks.join(''), text);
    assert.deepEqual(chunks.flatMap(records), expected, `pieces of ${piece} bytes`);
  }
});

test('an open CSV document is cut into chunks of whole records, a JSONL one into whole lines', () => {
  const rows = ['id,prompt'];
  for (let i = 0; i < 200; i++) rows.push(`${i},"${'word '.repeat(i % 9)}\n${'more '.repeat(i % 5)}"`);
  const text = `${rows.join('\n')}\n`;
  const chunks = [...textChunks(text, ',', 100)].map((c) => c.text!);
  assert.equal(chunks.join(''), text);
  assert.deepEqual(chunks.flatMap(records), records(text));
  const lines = [...textChunks(text, undefined, 100)].map((c) => c.text!);
  assert.ok(lines.every((c) => c.endsWith('\n')) && lines.some((c) => records(c).length !== c.split('\n').length - 1));
});
