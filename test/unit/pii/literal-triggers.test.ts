import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPiiText } from '../../../server/src/engine/pii/scan-pii-text';
import { PII_DETECTORS } from '../../../server/src/engine/pii/detectors';
import { seededRandom } from '../../../scripts/bench-data';

const random = seededRandom(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const flipCase = (s: string) => [...s].map((c) => (random() < 0.3 ? c.toUpperCase() : c)).join('');
const PIECES = [
  'MRN', 'mrn:', 'MRN-', 'medical record', 'medical_record_number', 'Med. Rec. no', 'med rec', 'medicare', 'medicare no', 'media', 'medium',
  'patient id', 'patient_id', 'patient-no', 'patient#', 'patients', 'chart no', 'chart #', 'charts', 'health record', 'healthrecord number', 'nhs no', 'nhs number', 'NHSno',
  'born', 'born on', 'birth', 'birthday', 'date of birth', 'DOB', 'dob:', 'd.o.b.', 'geburtsdatum', 'geboren am', 'reborn', 'stubborn', 'adobe',
  '65 y/o F (2273190,', '42-year-old male (PT7842798)', '7 yo, M (0012345;', '30 yrs (2024-448405,', '8 Y.O. (1234567)', 'years old', 'yoga', 'yrs', '(2273190, ',
  "INSERT INTO people (name, dob) VALUES ('Ann', '1943-02-03'), ('Bo', '1950-09-02');", 'insert into', 'PID|1||6322665^^^UCSF^MR||TAYLOR^T||19440106|F', 'rapid|', '\\rPID|1||E363928||X||19790512|M', 'PID: MR5287936', 'PID 85697547', 'NHS 173 440 9282', "MRN at St. Luke's: 00956625", 'rapid:', 'NHI GBJ0870', 'ID paziente:', 'Cartella n.', 'født', 'fødselsdato', 'narozena', 'seinengappi', 'janm tithi', 'odt ', 'IPP', 'shipping', 'Nº HC', 'NHC', 'ptid', 'Pt.No', 'pt. #', 'chc', 'prontuário nº', 'Pat.-Nr.', 'patnr', 'Patiëntnummer', 'pacjenta', 'patient', 'né le', 'née le ', 'fodd', 'född', 'nascida em', 'urodzony', 'DDN :', 'add',
  'jo.roe(at)mail.com', 'hugo [at] wanadoo.fr', 'kim{at}uni(dot)ac(dot)uk', '(at)', '[AT]', 'at', 'dot',
  'social security number', 'your social', 'social media', 'card number', 'phone', 'cellular', 'call me back', 'number', 'account number', 'digits',
  'card number: 4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0', 'your social security number? 8 4 8 9 5 5 6 6 2', '8 4 8 9 5 5 6 6 2', 'four four five one six zero three zero one', '4 2 6 3 8 5 6 2 7 5 8 4 2 4 4 0', 'three one two, uh, eight six nine oh nine nine eight',
  'phone number', '3 1 2 8 6 9 0 9 9 8', 'ssn', 'eight four eight nine five five six six two',
  'IBAN', 'iban:', 'IBAN is', 'SEPA', 'VIR SEPA ALVAREZ', 'revolut', 'bank account no', 'kontonummer', 'rekening', 'ibanez', 'de41 7002 0270 0839 4127 65', 'nl34rabo0318846203', 'It22x0542811101000000583920',
  'IBAN: de41 7002 0270 0839 4127 65', 'my iban is nl34rabo0318846203', 'VIR SEPA ALVAREZ It22x0542811101000000583920', 'revolut is de41700202700839412765',
  'Follow-up: Garcia — record 0047805; reported by study nurse', 'record', 'record no. 0047805 for patient', 'recorded', 'my email is jane dot doe at gmail dot com', 'email: ana at yahoo dot es', 'dot com', 'e-mail address is j underscore smith at outlook dot co dot uk', 'SSR CTCE KL HK1/JANE..DOE//GMAIL.COM', 'CTCE ', 'ctce x//y.com', 'SSR DOCS LH HK1/P/FRA/005029122/GBR/03MAY80/M/03FEB33/MARTINEZ/AINHOA', '/P/', 'docs/p/',
  '/P/USA/158336552/USA/21JUL64/F/03OCT30/DOE/JANE', 'HK1/P/DEU/C01X00T47/DEU/12AUG92/MI/11NOV31/MEYER/JAN',
  '00452188', 'AB-123456', '123 4567', 'is 1234567890', '03/14/1987', 'March 3, 1985', '1979-11-02', '3rd of May 1990', 'v1.2.3',
  'the', 'and', 'model', ',', '"', ':', '\n', ' ', '  ', '{"dob": "', '"}',
];

test('literal-led triggers (medical record, patient banner, HL7 segment, date of birth, SQL insert, written-out email, labelled IBAN, booking records, read-out email) hit exactly where their regex pass would', () => {
  for (const detector of PII_DETECTORS.filter((d) => d.literals)) {
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      const text = Array.from({ length: 400 }, () => flipCase(pick(PIECES))).join(pick([' ', '', ' ']));
      // Without literals the scan runs the trigger's own global regex pass: the reference.
      const expected = scanPiiText(text, [{ ...detector, literals: undefined }]);
      assert.deepEqual(scanPiiText(text, [detector]), expected, `${detector.kind}, round ${round}`);
      hits += expected.length;
    }
    assert.ok(hits > 100, `only ${hits} ${detector.kind} detections: the generator lost its positives`);
  }
});

test('all detectors together: same detections as the plain regex passes', () => {
  for (let round = 0; round < 20; round++) {
    const text = Array.from({ length: 600 }, () => flipCase(pick(PIECES))).join(' ');
    const viaRegex = scanPiiText(text, PII_DETECTORS.map((d) => ({ ...d, literals: undefined })));
    assert.deepEqual(scanPiiText(text), viaRegex, `round ${round}`);
    assert.ok(round > 0 || viaRegex.length > 10, 'the generator lost its positives');
  }
});
