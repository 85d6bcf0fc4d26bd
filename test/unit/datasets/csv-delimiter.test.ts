import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvDelimiterOf, csvDelimiterOfBytes, sniffCsvDelimiter } from '../../../server/src/engine/datasets/csv-delimiter';
import { csvFields } from '../../../server/src/engine/datasets/csv-fields';
import { forEachCsvRecord } from '../../../server/src/engine/datasets/csv-records';
import { csvColumnNames } from '../../../server/src/engine/datasets/record-keys';
import { RecordChunker } from '../../../server/src/engine/datasets/record-chunker';
import { textChunks } from '../../../server/src/features/dataset-chunks';

const GERMAN = 'Name;Telefonnummer;Geburtsdatum\nMüller;01518 4730935;22.12.1939\nSchmidt;0171 2345678;03.04.1955\n';

test('the delimiter is the one that splits the header into most fields as the rows are split', () => {
  assert.equal(sniffCsvDelimiter(GERMAN), ';');
  assert.equal(sniffCsvDelimiter('name\tphone\tnotes\nAnn\t555-0100\tsaid "hi", then left\n'), '\t');
  assert.equal(sniffCsvDelimiter('id|name|dob\n1|Ann|1985-03-12\n'), '|');
  assert.equal(sniffCsvDelimiter('id,name,dob\r\n1,Ann,1985-03-12\r\n'), ',');
  assert.equal(sniffCsvDelimiter('Name;Geburtsdatum'), ';', 'a header alone still shows its delimiter');
  assert.equal(sniffCsvDelimiter('\uFEFFName;Ort\n\nMüller;Berlin\n'), ';', 'a blank line is no record');
});

test('a comma file whose text cells hold semicolons, tabs or pipes stays a comma file', () => {
  assert.equal(sniffCsvDelimiter('id,text\n1,first; second; third\n2,a | b | c | d\n3,"x;y;z"\n'), ',');
  assert.equal(sniffCsvDelimiter('prompt,response\n"Translate: a; b; c; d","Übersetze: a; b; c; d"\n'), ',');
  // Ragged rows (unquoted commas in the text) still leave the header's split.
  assert.equal(sniffCsvDelimiter('id,text\n1,hello, world\n2,fine\n'), ',');
});

test('a single-column file keeps the default (comma, or tab for .tsv); no candidate, no guess', () => {
  assert.equal(sniffCsvDelimiter('text\nhello; world\nfoo, bar\n'), ',');
  assert.equal(csvDelimiterOf('data/prompts.tsv', 'text\nhello; world\n'), '\t');
  assert.equal(csvDelimiterOf('data/places.TSV', 'name\tcity, state\nAnn\tParis, France\n'), '\t', 'a tie goes to the file\'s own delimiter');
  assert.equal(csvDelimiterOf('data/places.csv', 'name\tcity, state\nAnn\tParis, France\n'), ',');
  assert.equal(sniffCsvDelimiter(''), ',');
});

test('quoted text is ignored: quoted headers, delimiters and line breaks inside quoted cells', () => {
  assert.equal(sniffCsvDelimiter('"Name";"Geburtsdatum";"Telefon"\n"Müller";"22.12.1939";"01518 4730935"\n'), ';');
  assert.equal(sniffCsvDelimiter('"Nachname, Vorname";Geburtsdatum\n"Müller, Hans";22.12.1939\n'), ';');
  assert.equal(sniffCsvDelimiter('"a;b","c;d"\n1,2\n'), ',');
  assert.equal(sniffCsvDelimiter('id;Notiz;Datum\n1;"zwei\nZeilen; mit ""Zitat""";2020\n2;eine;2021\n'), ';');
});

test('a head cut anywhere (mid-record, mid-character) still tells the delimiter', () => {
  const head = `${GERMAN}Weber;0151 2345`;
  assert.equal(sniffCsvDelimiter(head), ';');
  const bytes = new TextEncoder().encode(`id;note\n1;"open quoted cell\n${'ü'.repeat(10)}`);
  assert.equal(csvDelimiterOfBytes('x.csv', bytes.subarray(0, bytes.length - 1)), ';');
});

test('cells, column names and records read with a semicolon: quoted cells keep their semicolons and doubled quotes', () => {
  const line = 'a;"b; c";"say ""hi""";;d';
  assert.deepEqual(csvFields(line, 0, line.length, ';')?.map((f) => line.slice(f.start, f.end)), ['a', 'b; c', 'say ""hi""', '', 'd']);
  assert.deepEqual(csvColumnNames(' Name ; "Geburtsdatum";SSN\r', ';'), ['Name', 'Geburtsdatum', 'SSN']);
  assert.deepEqual(csvColumnNames('Name\tGeburtsdatum', '\t'), ['Name', 'Geburtsdatum']);
  // A quote after `;` opens a cell in a semicolon file; after `,` it is text.
  const text = 'id;text\n1;"two\nlines"\n2;x,"y\nz";w\n';
  const records = (delimiter: ',' | ';') => {
    const out: string[] = [];
    forEachCsvRecord(text, 0, text.length, (start, end) => out.push(text.slice(start, end)), delimiter);
    return out;
  };
  assert.deepEqual(records(';'), ['id;text', '1;"two\nlines"', '2;x,"y', 'z";w']);
  assert.deepEqual(records(','), ['id;text', '1;"two', 'lines"', '2;x,"y\nz";w']);
});

test('chunks of a semicolon file end between its records, as read with its delimiter', () => {
  const rows = ['id;prompt;antwort'];
  for (let i = 0; i < 200; i++) rows.push(`${i};"${'Wort; '.repeat(i % 7)}\n${'mehr '.repeat(i % 5)}";"ok"`);
  const text = `${rows.join('\n')}\n`;
  const records = (chunk: string) => {
    const out: string[] = [];
    forEachCsvRecord(chunk, 0, chunk.length, (start, end) => out.push(chunk.slice(start, end)), ';');
    return out;
  };
  const chunks = [...textChunks(text, ';', 100)];
  assert.ok(chunks.every((c) => c.csvDelimiter === ';'));
  assert.deepEqual(chunks.flatMap((c) => records(c.text!)), records(text));

  const bytes = new TextEncoder().encode(text);
  const chunker = new RecordChunker(';');
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += 61) {
    const whole = chunker.push(bytes.slice(at, at + 61));
    if (whole) pieces.push(new TextDecoder().decode(whole));
  }
  const rest = chunker.end();
  if (rest) pieces.push(new TextDecoder().decode(rest));
  assert.equal(pieces.join(''), text);
  assert.deepEqual(pieces.flatMap(records), records(text));
});
