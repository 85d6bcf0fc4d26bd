import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/run-cli';

interface Reported { ruleId: string; line: number; column: number; message: string }
interface ReportedFile { path: string; format: string; findings: Reported[] }

function check(dir: string, ...args: string[]): ReportedFile[] {
  const { stdout, stderr } = runCli(['check', ...args, '--format', 'json'], dir);
  assert.ok(stdout, stderr);
  return JSON.parse(stdout).files;
}

const lines = (file: ReportedFile, ruleId: string) => file.findings.filter((f) => f.ruleId === ruleId).map((f) => f.line);

test('a German Excel export (semicolons): sensitive headers, a date of birth under Geburtsdatum, an SSN under its column', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'kunden.csv'), [
    'Name;Telefonnummer;Geburtsdatum;SSN;Notiz',
    'Müller;01518 4730935;22.12.1939;536904510;"Rückruf; ""dringend"""',
    '"Weber; Hans";0171 2345678;03.04.1955;;"zwei',
    'Zeilen; mit Semikolon"',
    'Schmidt;;01.02.1960;536904511;keine',
    '',
  ].join('\r\n'));
  const [file] = check(dir, 'kunden.csv');
  assert.equal(file.format, 'dataset-csv');
  const fields = file.findings.filter((f) => f.ruleId === 'pii/sensitive-field');
  assert.deepEqual(fields.map((f) => [f.line, f.column]), [[1, 6], [1, 20], [1, 33]]);
  assert.match(fields[1].message, /`Geburtsdatum`.*date of birth/);
  assert.deepEqual(lines(file, 'pii/date-of-birth'), [2, 3, 5]);
  assert.deepEqual(lines(file, 'pii/us-ssn'), [2, 5]);
  assert.deepEqual(lines(file, 'pii/phone-number'), [2, 3]);
});

test('a streamed semicolon CSV: every chunk splits its cells by the file\'s delimiter, quoted line breaks included', (t) => {
  const dir = tempDir(t);
  const rows = ['id;Notiz;SSN;order_id'];
  const expected: number[] = [];
  let line = 2;
  for (let i = 0; i < 60_000; i++) {
    // A bare SSN is one only under its column's name; every 50th note is quoted over two lines.
    const ssn = i % 997 === 3 ? `5369${String(10000 + i).slice(-5)}` : '';
    if (ssn) expected.push(i % 50 === 0 ? line + 1 : line); // after a note over two lines
    const note = i % 50 === 0 ? '"nichts Persönliches;\nzweite Zeile"' : 'nichts Persönliches hier, Version 1.2.3';
    rows.push(`${i};${note};${ssn};${i % 997 === 5 ? '4532015112830366' : i}`);
    line += i % 50 === 0 ? 2 : 1;
  }
  writeFileSync(join(dir, 'kunden.csv'), `${rows.join('\n')}\n`);
  const [file] = check(dir, 'kunden.csv');
  assert.equal(file.format, 'dataset-csv');
  assert.deepEqual(lines(file, 'pii/sensitive-field'), [1]);
  assert.deepEqual(lines(file, 'pii/us-ssn'), expected);
  assert.deepEqual(lines(file, 'pii/credit-card'), [], 'a card-shaped number under order_id is an order number');
});

test('a TSV file is found by a directory walk and read with tabs, small or streamed', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'people.tsv'), 'name\tdate_of_birth\tssn\nAnn Lee\t9/9/71\t536904510\n');
  const big = ['id\tnotes\tssn'];
  for (let i = 0; i < 60_000; i++) big.push(`${i}\tnothing personal here, version 1.2.3\t${i === 40_000 ? '536904510' : ''}`);
  writeFileSync(join(dir, 'big.tsv'), `${big.join('\n')}\n`);
  const files = check(dir, '.');
  assert.deepEqual(files.map((f) => [f.path, f.format]), [['big.tsv', 'dataset-csv'], ['people.tsv', 'dataset-csv']]);
  assert.deepEqual(files[1].findings.map((f) => `${f.line} ${f.ruleId}`), ['1 pii/sensitive-field', '1 pii/sensitive-field', '2 pii/date-of-birth', '2 pii/us-ssn']);
  assert.deepEqual(lines(files[0], 'pii/us-ssn'), [40_002]);
});
