import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFields } from '../../../server/src/engine/datasets/csv-fields';
import { csvColumnNames } from '../../../server/src/engine/datasets/record-keys';
import { newScanState, scanDatasetChunk } from '../../../server/src/engine/datasets/scan-dataset-chunk';
import { appendReport, scanChunkToReport } from '../../../server/src/engine/datasets/chunk-report';

const cells = (line: string) => csvFields(line, 0, line.length)?.map((f) => line.slice(f.start, f.end));

test('CSV fields: quoting with doubled quotes and commas inside, empty fields, a quote left open', () => {
  assert.deepEqual(cells('a,"b, c","say ""hi""",,d'), ['a', 'b, c', 'say ""hi""', '', 'd']);
  assert.deepEqual(cells(''), ['']);
  assert.deepEqual(cells('a,'), ['a', '']);
  assert.deepEqual(cells('"x"y,z'), ['x', 'z']); // text after a closing quote belongs to no field
  assert.equal(cells('a,"open cell goes on'), undefined);
  assert.deepEqual(csvColumnNames(' name , "date_of_birth",ssn\r'), ['name', 'date_of_birth', 'ssn']);
});

const HEADER = 'name,ssn,date_of_birth,phone,mrn,order_id,card_number,notes';
/** What each row holds, in the header's order: values that need their column's name as a label. */
const ROW = 'Jane Roe,536904510,1985-03-12,020 7183 8750,00123456,4532015112830366,4539148803436467,none';

function kinds(text: string): string[] {
  return scanDatasetChunk(text, newScanState('people.csv', 'csv')).findings
    .filter((f) => f.ruleId !== 'pii/sensitive-field')
    .map((f) => `${f.ruleId.slice(4)} ${text.slice(f.start, f.end)}`);
}

test('a CSV column name labels its cells: bare SSN, date of birth, national phone and MRN found; a card-shaped order id is not a card', () => {
  assert.deepEqual(kinds(`${HEADER}\n${ROW}\n`), [
    'us-ssn 536904510', 'date-of-birth 1985-03-12', 'phone-number 020 7183 8750', 'medical-record-number 00123456', 'credit-card 4539148803436467',
  ]);
  // The same cells under names that label nothing: only what needs no label (a London number grouped as the UK writes it).
  assert.deepEqual(kinds(`name,a,b,c,d,e,f,notes\n${ROW}\n`), ['phone-number 020 7183 8750', 'credit-card 4532015112830366', 'credit-card 4539148803436467']);
});

test('a record whose quoted cell spans lines lines up with the header as a whole and is counted once', () => {
  const text = `${HEADER}\nJane Roe,536904510,1985-03-12,020 7183 8750,00123456,4532015112830366,4539148803436467,"first line\nsecond, ""quoted"""\n${ROW}\n`;
  assert.deepEqual(kinds(text).slice(0, 5), kinds(`${HEADER}\n${ROW}\n`));
  assert.equal(kinds(text).length, 10);
  assert.equal(scanDatasetChunk(text, newScanState('people.csv', 'csv')).records, 2);
});

test('a stray quote that never closes costs its own record\'s labels only: the rows after it line up again', () => {
  const text = `${HEADER}\nJane Roe,536904510,1985-03-12,020 7183 8750,00123456,4532015112830366,4539148803436467,"never closed\n${ROW}\n`;
  // The birth-date column is still read as a table column in text (table-columns.ts splits the line as it is); the SSN and MRN are not.
  const unlabelled = ['date-of-birth 1985-03-12', 'phone-number 020 7183 8750', 'credit-card 4532015112830366', 'credit-card 4539148803436467'];
  assert.deepEqual(kinds(text), [...unlabelled, ...kinds(`${HEADER}\n${ROW}\n`)]);
  assert.deepEqual(kinds('id,ssn\n1,"never closed\n2,234561000\n3,234561001\n'), ['us-ssn 234561000', 'us-ssn 234561001']);
  assert.equal(scanDatasetChunk(text, newScanState('people.csv', 'csv')).records, 2);
});

test('a later chunk, without the header line, reads its columns from the job as the first chunk reads them from the header', () => {
  const rest = `${ROW}\n${ROW.replace('Jane', 'John')}\n`;
  const first = scanChunkToReport({ path: 'p.csv', syntax: 'csv', first: true, text: `${HEADER}\n${rest}` }, undefined);
  const later = scanChunkToReport({ path: 'p.csv', syntax: 'csv', first: false, columns: csvColumnNames(HEADER), text: rest }, undefined);
  const rows = (report: typeof first, shift: number) => report.findings.filter((f) => f.ruleId !== 'pii/sensitive-field').map((f) => ({ ...f, line: f.line - shift, endLine: f.endLine - shift }));
  assert.equal(rows(later, 0).length, 10);
  assert.deepEqual(rows(later, 0), rows(first, 1));
});

test('a chunk keeps at most maxFindingsPerRule personal-data findings per rule, counts the rest, and keeps every field name', () => {
  const rows = Array.from({ length: 12 }, (_, i) => ROW.replace('Jane Roe', `Person ${i}`)).join('\n');
  const job = { path: 'p.csv', syntax: 'csv' as const, first: true, text: `${HEADER}\n${rows}\n` };
  const whole = scanChunkToReport(job, undefined);
  const capped = scanChunkToReport({ ...job, maxFindingsPerRule: 4 }, undefined);
  const byRule = (report: typeof whole) => report.findings.reduce<Record<string, number>>((n, f) => ({ ...n, [f.ruleId]: (n[f.ruleId] ?? 0) + 1 }), {});
  assert.deepEqual(byRule(whole)['pii/us-ssn'], 12);
  assert.deepEqual(byRule(capped), { 'pii/sensitive-field': byRule(whole)['pii/sensitive-field'], 'pii/us-ssn': 4, 'pii/date-of-birth': 4, 'pii/phone-number': 4, 'pii/medical-record-number': 4, 'pii/credit-card': 4 });
  assert.deepEqual(capped.omitted, { 'pii/us-ssn': 8, 'pii/date-of-birth': 8, 'pii/phone-number': 8, 'pii/medical-record-number': 8, 'pii/credit-card': 8 });
  assert.deepEqual(capped.counts, whole.counts);
  assert.deepEqual(appendReport(capped, capped).omitted, { 'pii/us-ssn': 16, 'pii/date-of-birth': 16, 'pii/phone-number': 16, 'pii/medical-record-number': 16, 'pii/credit-card': 16 });
});

test('a date of birth column\'s short dates (9/9/71) are read under its name', () => {
  assert.deepEqual(kinds('name,dob\nAnn,9/9/71\nBob,1/1/91\n'), ['date-of-birth 9/9/71', 'date-of-birth 1/1/91']);
});

test('a hyphenated column or key name labels as its words do', () => {
  assert.deepEqual(kinds('name,social-security-number\nAnn,536904510\n'), ['us-ssn 536904510']);
  assert.deepEqual(kinds('id,note\n1,"{""date-of-birth"": ""1985-03-12""}"\n'), ['date-of-birth 1985-03-12']);
});

test('a column named for a birth date or a phone in another language labels its cells as the English name would', () => {
  const text = 'klantnummer,voornaam,geb_datum,telefoon,födelsedatum\n1113371,Anouk,29/03/1989,06 27576589,1967-09-09\n';
  assert.deepEqual(kinds(text), ['date-of-birth 29/03/1989', 'phone-number 06 27576589', 'date-of-birth 1967-09-09']);
  // Without such a name the same date is a date, and a bare national number is digits.
  assert.deepEqual(kinds('klantnummer,voornaam,aangemaakt,referentie\n1113371,Anouk,29/03/1989,0627576589\n'), []);
});
