import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPiiText } from '../../../server/src/engine/pii/scan-pii-text';
import { luhnValid } from '../../../server/src/engine/pii/payment-card';

const kindsIn = (text: string) => scanPiiText(text).map((d) => [d.kind, text.slice(d.start, d.end)]);
const phones = (text: string) => kindsIn(text).filter(([kind]) => kind === 'phone-number').map(([, value]) => value);

test('validated positives of every kind, each at its exact span', () => {
  assert.deepEqual(kindsIn('write to jane.roe@gmail.com today'), [['email', 'jane.roe@gmail.com']]);
  assert.deepEqual(kindsIn('call (415) 555-2671 now'), [['phone-number', '(415) 555-2671']]);
  assert.deepEqual(kindsIn('office +44 20 7183 8750.'), [['phone-number', '+44 20 7183 8750']]);
  assert.deepEqual(kindsIn('SSN 123-45-6780 on file'), [['us-ssn', '123-45-6780']]);
  assert.deepEqual(kindsIn('ssn: 123456780'), [['us-ssn', '123456780']]);
  assert.deepEqual(kindsIn('card 4111-1111-1111-1111 exp 12/29'), [['credit-card', '4111-1111-1111-1111']]);
  assert.deepEqual(kindsIn('amex 3782 822463 10005'), [['credit-card', '3782 822463 10005']]);
  assert.deepEqual(kindsIn('IBAN DE89 3704 0044 0532 0130 00 please'), [['iban', 'DE89 3704 0044 0532 0130 00']]);
  assert.deepEqual(kindsIn('GB82WEST12345698765432'), [['iban', 'GB82WEST12345698765432']]);
  assert.deepEqual(kindsIn('she was born on March 3, 1985 in Lyon'), [['date-of-birth', 'March 3, 1985']]);
  assert.deepEqual(kindsIn('{"dob": "1979-11-02"}'), [['date-of-birth', '1979-11-02']]);
  assert.deepEqual(kindsIn('MRN: 00452188 admitted'), [['medical-record-number', '00452188']]);
  assert.deepEqual(kindsIn('{"patient_id": "MRN-004521"}'), [['medical-record-number', 'MRN-004521']]);
});

test('a Luhn-valid run of digits named as another identifier is no card; named as a card, or printed in groups, it is', () => {
  const id = '4539148803436467'; // Luhn-valid, Visa prefix
  assert.ok(luhnValid(id));
  for (const text of [
    `{"order_id": "${id}"}`, `{"transaction_id": ${id}}`, `{"userId":"${id}"}`, `tracking #${id} shipped`,
    `order no. ${id}`, `Invoice number: ${id}`, `ref ${id}`, `request id=${id}`, `IMEI ${id}`,
    `card 4111 1111 1111 1111; invoice no. ${id}`, // card words before another label are not its
  ]) assert.equal(kindsIn(text).filter(([, value]) => value === id).length, 0, text);
  for (const text of [
    `card ${id}`, `paid with ${id}`, `cc: ${id}`, `{"card_number": "${id}"}`, `{"credit_card_id": "${id}"}`,
    `order paid by card ${id}`, `my number is ${id}`, `order 1234, card ${id}`, `order id ${id.replace(/(\d{4})(?=\d)/g, '$1 ')}`,
    `{"order_id": "X1", "note": "hi\\n${id}"}`.replace('\\n', '\t'),
  ]) assert.equal(kindsIn(text).filter(([kind]) => kind === 'credit-card').length, 1, text);
});

test('phone numbers in national formats when a word labels them, and numbers the library does not know when one does', () => {
  for (const [text, value] of [
    ['tel. 020 7183 8750', '020 7183 8750'], ['call me at (030) 2345678', '(030) 2345678'], ['mobile: 0412 345 678', '0412 345 678'],
    ['my number is 06 12 34 56 78', '06 12 34 56 78'], ['phone: (555) 123-4567', '(555) 123-4567'], // 555: no such area code
    ['reach me on +44 7607 555140', '+44 7607 555140'], // a length the UK dials, in a range not assigned
  ]) assert.deepEqual(phones(text), [value], text);
  for (const text of [
    'ticket 020 7183 8750', 'As discussed in the call, ticket 000-43-8276 closed', '(555) 123-4567 rows', 'ref 0412 345 678',
  ]) assert.deepEqual(phones(text), [], text);
});

test('phone numbers as generators and people write them: extensions, the 00 call prefix, ten bare digits after a phone word', () => {
  for (const [text, value] of [
    ['reach her at 234.567.8901x123.', '234.567.8901x123'], ['Phone: (415)555-2671x4567', '(415)555-2671x4567'],
    ['call 415-555-2671 ext. 204 today', '415-555-2671 ext. 204'], ['contact +1-415-555-2671 x1234', '+1-415-555-2671 x1234'],
    ['his number: 001-415-555-2671', '001-415-555-2671'], ['dial 0044 20 7183 8750', '0044 20 7183 8750'],
    ['Telephone: 4155552671', '4155552671'], ['she called from 020 7183 8750.', '020 7183 8750'],
  ]) assert.deepEqual(phones(text), [value], text);
  for (const text of [
    'resolution 1920x1080 and 3840x2160', 'account 4155552671 opened', 'record 0049123456789 in the export',
    '{"text": "Order 4155552671 shipped"}', 'call 415-555-2671xyz',
  ]) assert.deepEqual(phones(text), [], text);
});

test('record field names label their values in snake and camel case; a field named as an id does not', () => {
  for (const [text, kind, value] of [
    ['{"phone_number": "020 7183 8750"}', 'phone-number', '020 7183 8750'], ['{"homePhone":"4155552671"}', 'phone-number', '4155552671'],
    ['{"tel_no": "0412 345 678"}', 'phone-number', '0412 345 678'], ['{"customer_ssn": "536904510"}', 'us-ssn', '536904510'],
    ['{"socialSecurityNumber": "536 90 4510"}', 'us-ssn', '536 90 4510'], ['{"patient_mrn": "00123456"}', 'medical-record-number', '00123456'],
    ['{"customer_dob": "12/03/1985"}', 'date-of-birth', '12/03/1985'],
  ]) assert.deepEqual(kindsIn(text), [[kind, value]], text);
  for (const text of [
    '{"call_id": "4155552671"}', 'As discussed in the call, {"call_id": "4153716153"}', '{"contact_type": "020 7183 8750"}', '{"phone_count": 4155552671}',
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test('not personal data: a URL\'s credentials, a birthday party\'s date, a valid-range SSN shape named as another id', () => {
  for (const text of [
    'https://user:hunter2@db.acme.io/x', 'ftp://jane@files.acme.io', 'the birthday party on 2024-06-01',
    'birth certificate issued 2020-01-15', 'Part no. 536-90-4510', 'ticket 536-90-4510 closed', '"case_id": "536-90-4510"',
  ]) assert.deepEqual(kindsIn(text), [], text);
  for (const [text, kind, value] of [
    ['https://acme.io/contact?email=jane@acme.io', 'email', 'jane@acme.io'], ['mailto:jane@acme.io', 'email', 'jane@acme.io'],
    ['Birthday: 12/03/1985', 'date-of-birth', '12/03/1985'], ['SSN ref 536-90-4510', 'us-ssn', '536-90-4510'], ['call back re 536-90-4510', 'us-ssn', '536-90-4510'],
  ]) assert.deepEqual(kindsIn(text), [[kind, value]], text);
});

test('labels written tight or spelled otherwise: SSN:, ss#, DOB in year/month/day, hospital number, ph:', () => {
  assert.deepEqual(kindsIn('SSN:234-56-7891'), [['us-ssn', '234-56-7891']]);
  assert.deepEqual(kindsIn('ss# 234567891'), [['us-ssn', '234567891']]);
  assert.deepEqual(kindsIn('DOB 1990/05/12'), [['date-of-birth', '1990/05/12']]);
  assert.deepEqual(kindsIn('Hospital number: 0012345678'), [['medical-record-number', '0012345678']]);
  assert.deepEqual(kindsIn('MR# 00234567'), [['medical-record-number', '00234567']]);
  assert.deepEqual(kindsIn('Mr # of items 12345678'), []);
  assert.deepEqual(kindsIn('ph: 555-123-4567'), [['phone-number', '555-123-4567']]);
  // Still not: a time or version glued to a colon without the label, a timestamp after "born".
  assert.deepEqual(kindsIn('at 10:234-56-7891'), []);
  assert.deepEqual(kindsIn('born 1990/05/12T10:00'), []);
});

test('no email in an SSH remote or an automated sender; dates of birth as 15-Jan-1990, 3/4/85 or stored as midnight', () => {
  assert.deepEqual(kindsIn('git clone git@github.com:org/repo.git'), []);
  assert.deepEqual(kindsIn('from noreply@github.com and no-reply@accounts.google.com'), []);
  assert.deepEqual(kindsIn('from jane.doe@github.com'), [['email', 'jane.doe@github.com']]);
  assert.deepEqual(kindsIn('commits by 12345+jane@users.noreply.github.com'), [['email', '12345+jane@users.noreply.github.com']]);
  assert.deepEqual(kindsIn('DOB 15-Jan-1990'), [['date-of-birth', '15-Jan-1990']]);
  assert.deepEqual(kindsIn('{"birth_date": "1990-01-15T00:00:00Z"}'), [['date-of-birth', '1990-01-15T00:00:00Z']]);
  assert.deepEqual(kindsIn('{"birth_date_checked": "2024-01-15T10:22:00Z"}'), []);
  // Two-digit years after a birth label (this century unless that is in the future); not a date that cannot be.
  assert.deepEqual(kindsIn('DOB: 3/4/85'), [['date-of-birth', '3/4/85']]);
  assert.deepEqual(kindsIn('DOB 31/12/05'), [['date-of-birth', '31/12/05']]);
  assert.deepEqual(kindsIn('DOB: 13/13/85'), []);
  assert.deepEqual(kindsIn('released 03/04/85'), []);
});

test("an invalid IBAN's digit groups are not a card", () => {
  // CH22 3560 7217 9455 4532 0 fails mod-97; its middle groups pass Luhn under a JCB prefix.
  assert.ok(luhnValid('3560721794554532'));
  assert.deepEqual(kindsIn('IBAN CH22 3560 7217 9455 4532 0.'), []);
  assert.deepEqual(kindsIn('cards 3560 7217 9455 4532 and 4111 1111 1111 1111').map(([kind]) => kind), ['credit-card', 'credit-card']);
});

test('hard negatives: Luhn-invalid numbers, versions, ISBNs, UUIDs, SHAs, timestamps, placeholders', () => {
  const negatives = [
    'card 4111 1111 1111 1112',
    'release v1.2.3 and 10.0.0.1 and 2024.01.15',
    'ISBN 978-3-16-148410-0 and 9783161484100',
    'id 123e4567-e89b-12d3-a456-426614174000',
    'commit 3f786850e387550fdab836ed7e6dc881de23001b',
    'at 2024-01-02T10:00:00Z epoch 1700000000000',
    'mail user@example.com or ops@corp.test or icon@2x.png',
    'SSN 000-12-3456 666-12-3456 912-12-3456 123-00-4567',
    'order 123456789 shipped',
    'meeting on 2023-10-12 about the launch',
    'IBAN DE89 3704 0044 0532 0130 01',
    'scores 95 87 92 100 88 11 20',
    'phone 555-0100',
  ];
  for (const text of negatives) assert.deepEqual(kindsIn(text), [], text);
});

test('Luhn check', () => {
  assert.equal(luhnValid('4111111111111111'), true);
  assert.equal(luhnValid('4111111111111112'), false);
});

test('national phone numbers as people write them: another language\'s word, a name between, their country\'s grouping alone', () => {
  for (const [text, value] of [
    ['I\'m in Leeds, ring me on 07465 342457 after six', '07465 342457'], ['Emergency contact: Aisha Johnson, (0117) 494 8040', '(0117) 494 8040'],
    ['Tél. : 04 35 28 30 67', '04 35 28 30 67'], ['mi teléfono es el 610 29 70 80', '610 29 70 80'], ['celular (11) 96922-9223', '(11) 96922-9223'],
    ['Büro: 0221/2668468', '0221/2668468'], ['Jean Dupont | Lyon | 05.82.46.72.27', '05.82.46.72.27'], ['Grüße, Max — 0176 71566984', '0176 71566984'],
    ['"Telefon": "030 51251509"', '030 51251509'], ['cellulare 349-9518482', '349-9518482'],
  ]) assert.deepEqual(phones(text), [value], text);
  for (const text of [
    'As discussed in the call, ticket 0652 7228 7584.', 'order 0123 456 7890 shipped', 'ticket 0207 946 0958 closed', // an id's label wins
    'discussed in the call, record 0066099202235 and more', // a bare run needs a label right before it
    'EIN 10-1982668 on file, call me later', 'the call, ticket 666-46-6342 closed', 'released 01-02-2024, build 0.9.12',
    'version 0.12.34.56.78 released', 'seed 0 1 2 3 4 5 6 7 8 9', 'ISBN 0-306-40615-2', '(11) 96922-9223', '07 4653 42457 units', '0746534 2457 units', // grouped as no country writes
  ]) assert.deepEqual(phones(text), [], text);
});

test('dates of birth after labels in other languages and with month names in them; what was born or checked is no birth', () => {
  for (const [text, value] of [
    ['geb. am 11.10.1951 in Köln', '11.10.1951'], ['nato il 21/05/1964 a Roma', '21/05/1964'], ['fecha de nacimiento: 7 de octubre de 1975', '7 de octubre de 1975'],
    ['Geburtsdatum: 12. Februar 1983', '12. Februar 1983'], ['date de naissance : 22 février 2001', '22 février 2001'], ['geboortedatum 09-03-1942', '09-03-1942'],
    ['{"bday": "1990-04-01"}', '1990-04-01'], ['date of birth was updated to 1985-03-12', '1985-03-12'], ['born 5 août 1979', '5 août 1979'],
  ]) assert.deepEqual(kindsIn(text), [['date-of-birth', value]], text);
  for (const text of ['The idea was born on 18 May 2016', 'DOB verified on 2025-04-27', 'the company was born in March 2011, on 2011-03-02']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test('medical record numbers in groups, under camel-case and chart fields, in FHIR identifiers; SSNs after "my social"; a claim number is no SSN', () => {
  for (const [text, kind, value] of [
    ['MRN: 5961-4974', 'medical-record-number', '5961-4974'], ['Medical record number 4067-2276', 'medical-record-number', '4067-2276'],
    ['{"medicalRecordNumber": "A1234567"}', 'medical-record-number', 'A1234567'], ['{"chart_number": "7788990"}', 'medical-record-number', '7788990'],
    ['{"identifier":[{"system":"http://hospital.example.org/mrn","value":"12345678"}]}', 'medical-record-number', '12345678'],
    ['{"type":{"coding":[{"code":"MR"}]},"value":"00987654"}', 'medical-record-number', '00987654'],
    ['pt ID 5050043', 'medical-record-number', '5050043'], ['Patientennummer: 1184144', 'medical-record-number', '1184144'],
    ['my social is 680556471', 'us-ssn', '680556471'], ['Soc. Sec. No. 174876392', 'us-ssn', '174876392'],
  ]) assert.deepEqual(kindsIn(text), [[kind, value]], text);
  for (const text of ['MRN updated 2024-01-15', 'MRN 2024-01-15', 'the prompt id 5050043', 'Claim number 025-39-8000', 'social media followers 123456789']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test('phone numbers on cards and signatures (M:, w:, 📞, "(mobile)" after) and Spanish landlines; numbers kept for fiction are none', () => {
  for (const [text, value] of [
    ['M: 07805 119 984', '07805 119 984'], ['Anna Schmidt | w: 030 51251509', '030 51251509'], ['📞 0472 495 410', '0472 495 410'],
    ['07805 119984 (mobile)', '07805 119984'], ['Tel 91 123 45 67', '91 123 45 67'], ['07805 119 984', '07805 119 984'],
  ]) assert.deepEqual(phones(text), [value], text);
  for (const text of [
    'call (202) 555-0143 now', 'Phone: 07700 900123', 'tel 020 7946 0321', '+1 (000) 000-0000', 'mobile 0491 570 156', 'ref 07805 119 984',
  ]) assert.deepEqual(phones(text), [], text);
});

test('dates of birth before "geboren", after "nato a <city> il" and "(b. …)"; a puppy\'s birth, a birthday wish, a list\'s b. and NATO are none', () => {
  for (const [text, value] of [
    ['ich bin am 25. April 1973 geboren', '25. April 1973'], ['nato a Milano il 12/03/1961', '12/03/1961'],
    ['Mario Rossi (b. 21 March 1978)', '21 March 1978'], ['Rossi, b. 11/10/1946', '11/10/1946'],
  ]) assert.deepEqual(kindsIn(text), [['date-of-birth', value]], text);
  for (const text of [
    'happy birthday Anna!! 12/03/2024 10:15', 'Our puppy was born on 2021-05-04', 'Option b. 12/03/2024 was chosen', 'the data b. 2020-01-01',
    'b. 2019-05-01 kickoff', 'NATO was founded on 4 April 1949.', 'La nata caducó el 12 de marzo de 2021',
  ]) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test('a 19-digit card in five groups, an "ss number", more record-number labels; filler SSNs and emails are none', () => {
  for (const [text, kind, value] of [
    ['card 6212 3456 7890 1234 569', 'credit-card', '6212 3456 7890 1234 569'], ['card 4111 1111 1111 1111 122 cvv', 'credit-card', '4111 1111 1111 1111'],
    ['{"ss_number": "536904510"}', 'us-ssn', '536904510'],
    ['Hosp # 4455667', 'medical-record-number', '4455667'], ['Unit No. 3344556', 'medical-record-number', '3344556'],
    ['MRN/Acct: 22334455', 'medical-record-number', '22334455'], ['NHS number 943 476 5919', 'medical-record-number', '943 476 5919'],
    ['MRN 123456 2024', 'medical-record-number', '123456'],
  ]) assert.deepEqual(kindsIn(text), [[kind, value]], text);
  for (const text of [
    'SSN 111-11-1111', 'her social worker id 234567891', 'my social handle: 234567891', '{"title": "Mr", "id": "10234567"}',
    'MRN 2024 ok', 'Patient ID: 4471 12 99 kg', 'After the call, revenue reached 612 345 678 euros', 'na@na.com', 'test@test.com', 'unknown@unknown.com', 'email@address.com', 'foo@bar.com', 'anna@example.de',
    'bob@example.co.uk', 'orders-noreply@shop.com', 'notifications@github.com', 'ssh ubuntu@ec2-3-4-5-6.compute-1.amazonaws.com', 'git@github.com',
  ]) assert.deepEqual(kindsIn(text), [], text);
  assert.deepEqual(kindsIn('write to support@acme.io or maria@test-lab.de'), [['email', 'support@acme.io'], ['email', 'maria@test-lab.de']]);
});

test('a bare national number with a phone word on its line, a bare one without a trunk 0 only labelled; a ZIP+4 and the next line\'s label are not a phone\'s', () => {
  for (const [text, value] of [['Emergency contact: daughter Hamish, 0472495410.', '0472495410'], ['"mobilePhone": "678083973"', '678083973']]) {
    assert.deepEqual(phones(text), [value], text);
  }
  for (const text of ['Ship to: Tanya Patel, 896 Lindenstraße, 89499-2877\tPhone: see below', 'the call: ok 0123456789 done', 'call me, order 678083973']) {
    assert.deepEqual(phones(text), [], text);
  }
});
