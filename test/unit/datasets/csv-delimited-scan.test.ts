import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/engine/check-document';
import { newScanState, scanDatasetChunk } from '../../../server/src/engine/datasets/scan-dataset-chunk';
import { scanChunkToReport } from '../../../server/src/engine/datasets/chunk-report';
import { csvColumnNames } from '../../../server/src/engine/datasets/record-keys';

/** A German Excel export: `;` between cells, dates and phone numbers as Germany writes them. */
const GERMAN = 'Name;Telefonnummer;Geburtsdatum;SSN\nMüller;01518 4730935;22.12.1939;536904510\n"Schmidt; Anna";"0171 2345678";"03.04.1955";"536904511"\n';

function found(path: string, text: string): string[] {
  return checkDocument({ path, text }).findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

test('a semicolon CSV: its header names are fields, and its columns label their cells (quoted or not)', () => {
  assert.deepEqual(found('kunden.csv', GERMAN), [
    'pii/sensitive-field Telefonnummer', 'pii/sensitive-field Geburtsdatum', 'pii/sensitive-field SSN',
    'pii/phone-number 01518 4730935', 'pii/date-of-birth 22.12.1939', 'pii/us-ssn 536904510',
    'pii/phone-number 0171 2345678', 'pii/date-of-birth 03.04.1955', 'pii/us-ssn 536904511',
  ]);
  // The same file with commas finds the same.
  assert.deepEqual(found('kunden.csv', GERMAN.replace(/;/g, ',').replace('Schmidt, Anna', 'Schmidt; Anna')), found('kunden.csv', GERMAN));
});

test('a TSV file (.tsv or tabs in a .csv) is read as CSV with tabs', () => {
  const tsv = 'name\tdate_of_birth\tnotes\nAnn Lee\t9/9/71\t"said ""hi"", left"\n';
  assert.equal(checkDocument({ path: 'people.tsv', text: tsv }).format, 'dataset-csv');
  assert.deepEqual(found('people.tsv', tsv), ['pii/sensitive-field date_of_birth', 'pii/date-of-birth 9/9/71']);
  assert.deepEqual(found('people.csv', tsv), found('people.tsv', tsv));
});

test('a semicolon CSV\'s records are counted as its quotes say, line breaks in quoted cells included', () => {
  const text = 'id;Notiz\n1;"zwei\nZeilen, ""zitiert"""\n2;eine\n';
  assert.equal(scanDatasetChunk(text, newScanState('n.csv', 'csv')).records, 2);
});

test('a later chunk of a semicolon file splits its cells by the delimiter it is given, as the first chunk did', () => {
  const header = 'Name;Geburtsdatum;SSN';
  const rest = 'Müller;22.12.1939;536904510\nWeber;01.02.1960;536904512\n';
  const first = scanChunkToReport({ path: 'p.csv', syntax: 'csv', first: true, text: `${header}\n${rest}` }, undefined);
  const later = scanChunkToReport({ path: 'p.csv', syntax: 'csv', first: false, columns: csvColumnNames(header, ';'), csvDelimiter: ';', text: rest }, undefined);
  const rows = (report: typeof first, shift: number) => report.findings.filter((f) => f.ruleId !== 'pii/sensitive-field').map((f) => ({ ...f, line: f.line - shift, endLine: f.endLine - shift }));
  assert.deepEqual(rows(later, 0).map((f) => f.ruleId), ['pii/date-of-birth', 'pii/us-ssn', 'pii/date-of-birth', 'pii/us-ssn']);
  assert.deepEqual(rows(later, 0), rows(first, 1));
});
