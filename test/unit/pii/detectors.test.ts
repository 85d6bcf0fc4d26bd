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
  assert.deepEqual(kindsIn('card 4539-6002-0666-2669 exp 12/29'), [['credit-card', '4539-6002-0666-2669']]);
  assert.deepEqual(kindsIn('amex 3714 484044 24626'), [['credit-card', '3714 484044 24626']]);
  assert.deepEqual(kindsIn('IBAN DE89 4306 0967 1047 8293 00 please'), [['iban', 'DE89 4306 0967 1047 8293 00']]);
  assert.deepEqual(kindsIn('GB74BARC60161331926820'), [['iban', 'GB74BARC60161331926820']]);
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
    `card 4539 6002 0666 2669; invoice no. ${id}`, // card words before another label are not its
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
  assert.deepEqual(kindsIn('cards 3560 7217 9455 4532 and 4539 6002 0666 2669').map(([kind]) => kind), ['credit-card', 'credit-card']);
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
    ['card 6212 3456 7890 1234 569', 'credit-card', '6212 3456 7890 1234 569'], ['card 4539 6002 0666 2669 122 cvv', 'credit-card', '4539 6002 0666 2669'],
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

test("payment providers' test cards and documentation IBANs are placeholders; issued-looking numbers in the same places are not", () => {
  for (const text of [
    'card 4242 4242 4242 4242', 'card 4111-1111-1111-1111', 'pay with 4000000000000002', '{"number": "5555555555554444"}',
    'amex 378282246310005', '"number": "4000056655665556", "exp_month": 12', 'jcb 3530 1113 3330 0000', 'card 4012 8888 8888 1881',
    'Is DE89370400440532013000 a real account?', 'IBAN GB29 NWBK 6016 1331 9268 19', 'e.g. NL91 ABNA 0417 1643 00',
    'IBAN GB82 WEST 1234 5698 7654 32', 'IT60 X054 2811 1010 0000 0123 456, the example from Wikipedia',
  ]) assert.deepEqual(kindsIn(text), [], text);
  for (const [text, kind] of [
    ['card 4539 6002 0666 2669', 'credit-card'], ['{"number": "5425226606848841"}', 'credit-card'], ['amex 371448404424626', 'credit-card'],
    ['IBAN DE89 4306 0967 1047 8293 00', 'iban'], ['GB74BARC60161331926820', 'iban'], ['NL94 RABO 0310 9283 71', 'iban'],
  ]) assert.deepEqual(kindsIn(text).map(([k]) => k), [kind], text);
});

test("an IBAN-shaped string's groups are not a phone number, even after a phone word and when the IBAN is invalid", () => {
  assert.deepEqual(kindsIn('tel. +91 98019 16707. IBAN NL31 INGB 0745 1989 12.'), [['phone-number', '+91 98019 16707']]);
  assert.deepEqual(kindsIn('call me, IBAN NL91 ABNA 0417 1643 00'), []);
  assert.deepEqual(kindsIn('call me on 0417 164 300'), [['phone-number', '0417 164 300']]);
});

test("a chat export's sender and added member, an email before the number, 'new number', 'to' and a bare number starting 0 after a phone word", () => {
  for (const [text, value] of [
    ['11/04/24, 18:37 - 687 964 102: parcel arrived', '687 964 102'],
    ['[30/07/2023, 15:46:44] 0486 092 893: rent is due', '0486 092 893'],
    ['06/09/20, 2:34 pm - 0462750211: can someone send me the link?', '0462750211'],
    ['06/09/20, 3:28 - Isla added 0462750211', '0462750211'],
    ['Please update my mobile to 649 773 138 and my address', '649 773 138'],
    ['you can reach me at ruby79@gmail.com or 0467009756.', '0467009756'],
    ["I've changed mobile, new number is 0431755091.", '0431755091'],
    ['Please call me back on 0461389999.', '0461389999'],
  ] as const) assert.deepEqual(kindsIn(text).filter(([kind]) => kind === 'phone-number'), [['phone-number', value]], text);
  for (const text of [
    '11/04/24, 18:37 - Anna: total 612 345 678 euros', // a sender has a name; the amount is no sender
    '11/04/24, 18:37 - 612 345 678 euros', // no colon: not a sender
    'the group added 612 345 678 euros to the pot',
    'order 0461389999 shipped',
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test("a patient banner's record number, and a date long past beside an SSN or record number in one list, are personal data", () => {
  for (const [text, expected] of [
    ['Siobhan Okafor, 65 y/o F (2273190, 1983-11-30)\nDate of admission: 2023-10-11', [['medical-record-number', '2273190'], ['date-of-birth', '1983-11-30']]],
    ['Oliver Taylor, 86 y/o F (PT7842798, 24 September 1960)', [['medical-record-number', 'PT7842798'], ['date-of-birth', '24 September 1960']]],
    ['a 45-year-old male (2023-748184; 04/05/1979) presented', [['medical-record-number', '2023-748184'], ['date-of-birth', '04/05/1979']]],
    ['Daniel Kim / 408-13-5217 / 11/06/1949', [['us-ssn', '408-13-5217'], ['date-of-birth', '11/06/1949']]],
    ['03/14/1962 | 408-13-5217', [['date-of-birth', '03/14/1962'], ['us-ssn', '408-13-5217']]],
  ] as const) assert.deepEqual(kindsIn(text), expected, text);
  for (const [text, expected] of [
    ['the 12 yo kids (1234567 in total) played', []],
    ['45 y/o F (see note), admitted 1983-11-30', []],
    ['John, 408-13-5217, 2023-01-05', [['us-ssn', '408-13-5217']]], // a recent date: a hire, a payment
    ['John,408-13-5217,1961-01-05', [['us-ssn', '408-13-5217']]], // a CSV row: the next column may be any date
    ['SSN 408-13-5217; hired on 1990-01-05', [['us-ssn', '408-13-5217']]],
  ] as const) assert.deepEqual(kindsIn(text), expected, text);
});

test('an email address with its at (and dots) written out is one; placeholders and prose with "(at)" are not', () => {
  for (const [text, value] of [
    ['preparing for the exam? dsharma(at)yahoo.co.in', 'dsharma(at)yahoo.co.in'], ['contact hugo_lefevre [at] wanadoo.fr', 'hugo_lefevre [at] wanadoo.fr'],
    ['mail me: jo{at}mail(dot)com or call', 'jo{at}mail(dot)com'], ['KIM.LEE [AT] UNI [DOT] AC [DOT] UK', 'KIM.LEE [AT] UNI [DOT] AC [DOT] UK'],
  ] as const) assert.deepEqual(kindsIn(text), [['email', value]], text);
  for (const text of ['write to support(at)example.com', 'noreply(at)shop.de sends it', 'the price (at) 5.00 each', 'I met him (at) home.', 'see foo(at)bar.com']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test('an email before a labelled number in a JSON record does not hide its label', () => {
  assert.deepEqual(kindsIn('{"email":"alvaro.gomez@yahoo.es","phone":"600 405 902"}').map(([kind, value]) => `${kind} ${value}`), ['email alvaro.gomez@yahoo.es', 'phone-number 600 405 902']);
});

test('dates of birth after labels in Portuguese, Polish, Swedish, French and German, and abbreviations (DDN, DN, nac.)', () => {
  for (const [text, value] of [
    ['Salarié : Mathis Fontaine, né le 12/07/1984, n° de sécurité sociale', '12/07/1984'], ['Camille Dubois, née le 18 octobre 1988', '18 octobre 1988'],
    ['Je suis n     é le 26/02/1983', '26/02/1983'], // a JSON-escaped é, as the dataset scan pads it
    ['Segurado(a): Juliana Souza, data de nascimento 17/03/1959', '17/03/1959'], ['Segurado: Inês Silva, nascida em 17 de março de 1995', '17 de março de 1995'],
    ['Doente: Catarina Pereira, Data de nasc.: 27 de abril de 1966', '27 de abril de 1966'], ['Doente: Camila Almeida, DN: 17/09/1950', '17/09/1950'],
    ['Patient: Linnea Lindqvist, född 1 juli 1943', '1 juli 1943'], ['Patient: Erik Lundgren, födelsedatum: 1967-09-09', '1967-09-09'],
    ['Pacjent: Tomasz Wiśniewski, urodzona 29 października 1999', '29 października 1999'], ['Pacjent: Agnieszka Nowak, data urodzenia: 18 sierpnia 1940', '18 sierpnia 1940'],
    ['Patient: Léa Moreau, DDN : 1985-06-14', '1985-06-14'], ['Patient: Svenja Müller, Geburtstag: 03.05.2001', '03.05.2001'],
    ['Paciente: Sergio Navarro, Fecha de nac.: 28/09/1969', '28/09/1969'],
    ['Segurado: Inês Silva, nascida em 17 de mar     ço de 1995', '17 de mar     ço de 1995'], // a JSON-escaped ç in a month's name
  ] as const) assert.deepEqual(kindsIn(text), [['date-of-birth', value]], text);
  for (const text of [
    'Die Geburtstagsfeier am 12.03.2019 war schön', 'Alles Gute zum Geburtstag! 12.03.2019', 'il a lu le 12/03/2019 le contrat', 'nous sommes le 12/03/2019',
    'the address 12 le 12/03/2019 route', 'add 12/03/2019 to the odd 01/02/2020 list', 'LDAP dn: cn=admin 2019-01-01',
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test('record numbers after their names in other languages, and after "Patient" itself', () => {
  for (const [text, value] of [
    ['prontuário nº E07744857\nInternamento: 27/11/2024', 'E07744857'], ['n° de dossier patient : MR9082148', 'MR9082148'], ['IPP : MR1806036', 'MR1806036'],
    ['Nº HC 2389031\nIngreso: 04/12/2022', '2389031'], ['NHC: 2389031', '2389031'], ['ptid 4455667', '4455667'], ['historia clínica 4455667', '4455667'], ['Bakker\npatnr. MR0115448\nOpname', 'MR0115448'],
    ['n. cartella clinica 08896241', '08896241'], ['Pat.-Nr. 05469532', '05469532'], ['Patiëntnummer: 12345678', '12345678'], ['journalnummer 4455667', '4455667'],
    ['Patient 96-803404 — home with community nursing.', '96-803404'], ['Patient I1328687 — home', 'I1328687'],
  ] as const) assert.deepEqual(kindsIn(text), [['medical-record-number', value]], text);
  for (const text of ['patient 2 of 10 was seen', 'the patient 65 years old', 'shipping 1234567 items', 'chipper 1234567', 'a dossier of 1234567 pages', 'patient 2023-01-05 visit']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test("a message's id is no email, a markdown-labelled ticket id no SSN, and international digits after + no card", () => {
  for (const text of [
    '"message_id":"<CA4R5570026afe=TPRK5ZUM@mail.gmail.com>"', 'Message-ID: <b3705c84.5eed12@namprd93.prod.outlook.com>', 'In-Reply-To: <c8fc9227.ae59f6@apcprd92.prod.outlook.com>',
    '**Ref:** CV202473746\n**Ticket ID:** 859-33-9769', '| Intake ticket ID | 566-74-6198 |',
  ]) assert.deepEqual(kindsIn(text), [], text);
  assert.deepEqual(kindsIn('From: Jo Roe <jo.roe@gmail.com>'), [['email', 'jo.roe@gmail.com']]);
  assert.deepEqual(kindsIn('"phone":"+4917875079387"').map(([kind]) => kind), ['phone-number']);
  assert.deepEqual(kindsIn('| SSN | 566-74-6198 |'), [['us-ssn', '566-74-6198']]);
});

test('national numbers: a trunk 0 before three digits (not a North American area code), phone words in more languages, a contact name before the number', () => {
  for (const [text, value] of [
    ['Can someone ring me back on 089 453 9002 ? Account holder', '089 453 9002'], ["Hey it's Ella, new number. Save 021 584 1037", '021 584 1037'],
    ['ok. put this as my contact number in case: 0830550816', '0830550816'], ['GSM: 070 701 5487.', '070 701 5487'], ['Bel me op 09 369 66 18.', '09 369 66 18'],
    ['M     óvil: 222 660 9195 Correo', '222 660 9195'], ['O meu telemóvel mudou para 967420705.', '967420705'], ['Mi móvil es 682 53 39 21.', '682 53 39 21'],
    ['Llamar al fijo 917 71 01 04 por las mañanas', '917 71 01 04'], ['Llamar al fijo 55 5443 4495 por las mañanas', '55 5443 4495'], ['Rappeler au 0678980314 après 18h', '0678980314'],
    ['Best number 3123284990', '3123284990'], ['| Direct: 6026531470', '6026531470'], ['mobile 8617 8433.', '8617 8433'],
    ['NOK: Amelia Barraclough, 02036181038', '02036181038'], ['Osoba do kontaktu: Tomasz Nowak, 534 668 925', '534 668 925'],
    ['SMS to Dana Johnson (+1 919 434 6876) about', '+1 919 434 6876'],
  ] as const) assert.deepEqual(kindsIn(text), [['phone-number', value]], text);
  for (const text of [
    'total NOK 12 345 678 paid', 'invoice 089 453 9002 paid', 'direct debit 1234 5678', 'the 2023 census: 55 5443 4495 people', 'case: 0830550816',
    'Contact: Amelia Barraclough, 612 345 678 euros', // a contact's name, then an amount that is no number of a country written so
  ]) assert.deepEqual(kindsIn(text).filter(([kind]) => kind === 'phone-number'), [], text);
});

test('more record-number names (Patiënt-ID, Nr kartoteki, N.º processo) and more id labels before numbers (NDC, Kontonummer)', () => {
  for (const [text, value] of [
    ['Patiënt-ID: E64293441', 'E64293441'], ['Pati     ënt-ID: 55211894', '55211894'], ['Nr kartoteki: MR9576910', 'MR9576910'],
    ['N.º processo: E36157279', 'E36157279'], ['N.     º processo: 02793081', '02793081'],
  ] as const) assert.deepEqual(kindsIn(text), [['medical-record-number', value]], text);
  for (const text of ['o processo 12345678 foi', "He's out of atorvastatin 20 mg (NDC 02134-891-94).", 'kontonummer 035 002 034-3. ring mig', 'call about account 0207 946 1234']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test("record numbers: ID paziente, Cartella n., historia clínica n.º, PID with a patient id's shape, NZ NHI with its check digit", () => {
  for (const [text, value] of [
    ['ID paziente: 96-803404', '96-803404'], ['Cartella n. E99436174', 'E99436174'], ['historia clínica n.º E87399701', 'E87399701'],
    ['PID: MR5287936', 'MR5287936'], ['PID: 09196646', '09196646'], ['Seen at Waikato Hospital, NHI GBJ0870.', 'GBJ0870'],
  ] as const) assert.deepEqual(kindsIn(text), [['medical-record-number', value]], text);
  for (const text of ['PID: 4711 exited', 'worker PID 123456 started', 'NHI GBJ0871 (bad check digit)', 'la cartella 12345678 del progetto', 'rapid: 1234567']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test("an HL7 v2 PID segment: its identifiers are record numbers, PID-7 the birth date, PID-19 the SSN, by position", () => {
  const message = 'MSH|^~\\&|EPIC|UCSF|||20240101||ADT^A01|1|P|2.5\rPID|1||6322665^^^UCSF^MR||TAYLOR^TYLER^R||19440106|F|||1 Main St||||||||536-90-4510\rPV1|1|I';
  assert.deepEqual(kindsIn(message), [['medical-record-number', '6322665'], ['date-of-birth', '19440106'], ['us-ssn', '536-90-4510']]);
  assert.deepEqual(kindsIn('"hl7": "MSH|^~\\\\&|X\\rPID|1||E363928^^^X^MR||DOE^J||19790512|M"').map(([kind]) => kind), ['medical-record-number', 'date-of-birth']);
  for (const text of ['rapid|1||1234567||x||19440106', 'PID|1||12^^^X||DOE||20991231|M', 'PID|1||ABCDEF||DOE||19991301|M']) assert.deepEqual(kindsIn(text), [], text);
});

test('not personal data: a customer or account number shaped like a US phone, counting digits, filler and query dates, more published test cards', () => {
  for (const text of [
    'Account no.: 807 726 0037', 'Kundennummer 406 649 8505', 'call 123-456-7890', '"birthDate": "1970-01-01"', "WHERE date_of_birth < '1978-01-01'",
    '(DOB check done on 12/03/2024)', 'card 6011 6011 6011 6611', 'card 4444 3333 2222 1111',
  ]) assert.deepEqual(kindsIn(text), [], text);
  for (const [text, kind] of [['Dzwoń 691 662 122', 'phone-number'], ['Línea: 916 18 01 80', 'phone-number'], ['DOB 1978-01-01', 'date-of-birth']] as const) {
    assert.deepEqual(kindsIn(text).map(([k]) => k), [kind], text);
  }
});

test('a table inside text (markdown, or a pasted CSV) whose header names a birth date: the dates in that column', () => {
  const csv = 'Here: name,email,dob,member_since\nCarlos Young,cy@me.com,1999-11-21,1/12/2025\nSarah Lewis,sl@gmail.com,6/2/1985,2/2/2024\nThanks!';
  assert.deepEqual(kindsIn(csv).filter(([k]) => k === 'date-of-birth').map(([, v]) => v), ['1999-11-21', '6/2/1985']);
  const markdown = '| Name | DOB | Joined |\n|---|:---:|---|\n| Étienne | 08/06/1956 | 2022-07-08 |\n| Ann | 1990-01-02 | 2021-01-01 |';
  assert.deepEqual(kindsIn(markdown).map(([, v]) => v), ['08/06/1956', '1990-01-02']);
  assert.deepEqual(kindsIn('| Name | DOB | Joined |\\n|---|---|---|\\n| Ann | 1990-01-02 | 2021-01-01 |').map(([, v]) => v), ['1990-01-02']); // JSON-escaped breaks
  for (const text of [
    'name,joined,last_login\nCarlos,1999-11-21,2024-01-01', // no birth column
    '| Name | DOB verified | Joined |\n|---|---|---|\n| Ann | 2024-01-02 | 2021-01-01 |', // a header naming something else
    'name,dob,joined\nAnn,1990-01-02', // a row with fewer cells ends the table
  ]) assert.deepEqual(kindsIn(text).filter(([k]) => k === 'date-of-birth'), [], text);
});

test('a table column of birth dates inside a JSON string, after another message: the string bounds the header and the rows', () => {
  const record = JSON.stringify({ messages: [
    { role: 'user', content: 'Convert:\n\n| Name | DOB |\n|---|---|\n| Carlos | 1999-11-21 |\n| Tyler | Jan 23 1990 |' },
    { role: 'assistant', content: 'name,email,dob\nCarlos,c@me.com,1999-11-21\nTyler,t@aol.com,Jan 23 1990' },
  ] });
  assert.deepEqual(kindsIn(record).filter(([k]) => k === 'date-of-birth').map(([, v]) => v), ['1999-11-21', 'Jan 23 1990', '1999-11-21', 'Jan 23 1990']);
});

test("SQL seed data: a date in an INSERT's birth-date column is a date of birth, by the column list", () => {
  const sql = "INSERT INTO customers (id, full_name, date_of_birth, created_at) VALUES\n  (1, 'Marie O''Neil', '1943-02-03', '2023-03-17'),\n  (2, 'Bo', '1950-09-02', '2024-01-01');";
  assert.deepEqual(kindsIn(sql), [['date-of-birth', '1943-02-03'], ['date-of-birth', '1950-09-02']]);
  assert.deepEqual(kindsIn(JSON.stringify({ output: sql })).map(([, v]) => v), ['1943-02-03', '1950-09-02']); // escaped line breaks
  for (const text of [
    "INSERT INTO logs (id, created_at) VALUES (1, '1950-01-01');", // no birth column
    "INSERT INTO people (id, dob) VALUES (1, 'unknown'), (2, NULL);",
    "INSERT INTO people (id, dob, x) VALUES (1, '1950-01-02');", // a row without every column
  ]) assert.deepEqual(kindsIn(text), [], text);
});

test("a FHIR identifier typed MR: its value, with the type's coding and a system between, also in JSON escaped inside a string", () => {
  const identifier = '{"identifier":[{"use":"usual","type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"system":"urn:oid:1.2.36","value":"848265932"}]}';
  assert.deepEqual(kindsIn(identifier), [['medical-record-number', '848265932']]);
  assert.deepEqual(kindsIn(JSON.stringify({ input: identifier })), [['medical-record-number', '848265932']]);
  for (const text of ['{"title": "Mr", "id": "10234567"}', '"code":"MRI","value":"12345678"', '"code":"MR","value":"abc"']) assert.deepEqual(kindsIn(text), [], text);
});

test('dashed IBANs; dates of birth after Danish, Czech, romanised Japanese and Hindi labels, and dates written 2. 9. 2003', () => {
  assert.deepEqual(kindsIn('IBAN GB74-BARC-6016-1331-9268-20 ok'), [['iban', 'GB74-BARC-6016-1331-9268-20']]);
  assert.deepEqual(kindsIn('call me, IBAN GB74-BARC-6016-1331-9268-21'), []); // invalid: its groups are no phone either
  for (const [text, value] of [
    ['født 16.05.1954', '16.05.1954'], ['fødselsdato: 1954-05-16', '1954-05-16'], ['narozena 2. 9. 2003', '2. 9. 2003'],
    ['seinengappi: 1949/08/18', '1949/08/18'], ['janm tithi 06/12/1985', '06/12/1985'],
  ] as const) assert.deepEqual(kindsIn(text), [['date-of-birth', value]], text);
  for (const text of ['the odt file 2019-01-01', 'DOB 1.2.3.4567', 'add 12.03.1985 to it']) assert.deepEqual(kindsIn(text), [], text);
});

test('national numbers: German slash groups with spaces, call verbs in more languages, a relation before the number, a signature after <br>', () => {
  for (const [text, value] of [
    ['rufen Sie mich bitte zurück unter 0160 / 6824141 (ab 17 Uhr)', '0160 / 6824141'], ['"customer_phone":"0179 / 6055258"', '0179 / 6055258'],
    ['Tel.: 0711 /3206422', '0711 /3206422'], ['compose le 0735274785', '0735274785'], ['marca el 962 19 75 96', '962 19 75 96'],
    ['llama al 917945550', '917945550'], ['Ich rufe 01607496089', '01607496089'], ['Zofia Szymańska (brother) 515 611 461,', '515 611 461'],
    ['Javier G.<br>Direct: 967 37 12 12</p>', '967 37 12 12'], ['Meine Handynummer ist 07118122098', '07118122098'], ['Tlm. 21 841 0405', '21 841 0405'],
  ] as const) assert.deepEqual(kindsIn(text), [['phone-number', value]], text);
  for (const text of ['the ring size 12 345 678', 'a 1/2 cup', 'dates 2024 / 2025 / 2026', 'Zofia (brother) 12 345 678 euros', 'page 0711 / 12']) {
    assert.deepEqual(kindsIn(text), [], text);
  }
});

test("record numbers: 'PID' before an id without a colon (a process id's shape is none), the issuing site between 'MRN' and the number, 'NHS' with a valid check digit", () => {
  for (const [text, value] of [
    ['Pat.: Neumann, Jörg, PID E363928', 'E363928'], ['Sabine Schmidt (PID 85697547)', '85697547'], ["Prior MRN at St. Luke's: 00956625. Records", '00956625'],
    ['Prior MRN at Mercy General: MGH-904288.', 'MGH-904288'], ['Patient Freya Ward (NHS 173 440 9282)', '173 440 9282'],
  ] as const) assert.deepEqual(kindsIn(text), [['medical-record-number', value]], text);
  for (const text of ['PID 7519412 exited', 'worker PID 4711 started', 'Patient (NHS 173 440 9283)', 'the MRN at the desk: pending']) assert.deepEqual(kindsIn(text), [], text);
});

test('numbers written with no-break or thin spaces, full-width or Arabic-Indic digits are found at their span', () => {
  assert.deepEqual(kindsIn('Call me on 06\u00a012\u00a034\u00a056\u00a078 please'), [['phone-number', '06\u00a012\u00a034\u00a056\u00a078']]);
  assert.deepEqual(kindsIn('Tel: +49\u202f30\u202f28374619'), [['phone-number', '+49\u202f30\u202f28374619']]);
  assert.deepEqual(kindsIn('card 4539\u20091488\u20090343\u20096467 exp'), [['credit-card', '4539\u20091488\u20090343\u20096467']]);
  assert.deepEqual(kindsIn('\u304a\u96fb\u8a71\u306f\uff10\uff19\uff10\uff0d\uff13\uff18\uff11\uff17\uff0d\uff14\uff19\uff12\uff16\u307e\u3067'), [['phone-number', '\uff10\uff19\uff10\uff0d\uff13\uff18\uff11\uff17\uff0d\uff14\uff19\uff12\uff16']]);
  assert.deepEqual(kindsIn('SSN \uff14\uff11\uff17\uff0d\uff16\uff12\uff0d\uff13\uff18\uff10\uff19'), [['us-ssn', '\uff14\uff11\uff17\uff0d\uff16\uff12\uff0d\uff13\uff18\uff10\uff19']]);
  assert.deepEqual(kindsIn('\u0631\u0642\u0645 \u0627\u0644\u0647\u0627\u062a\u0641 \u0660\u0665\u0660\u0663\u0668\u0661\u0667\u0664\u0669\u0662'), [['phone-number', '\u0660\u0665\u0660\u0663\u0668\u0661\u0667\u0664\u0669\u0662']]);
  assert.deepEqual(kindsIn('IBAN DE41\u00a07002\u00a00270\u00a00839\u00a04127\u00a065'), [['iban', 'DE41\u00a07002\u00a00270\u00a00839\u00a04127\u00a065']]);
});

test('phone words in Chinese, Japanese, Korean, Russian, Hebrew, Greek and Thai label national numbers, read in the region the script suggests', () => {
  assert.deepEqual(phones('\u624b\u673a\u53f7\u7801\uff1a13938174926'), ['13938174926']);
  assert.deepEqual(phones('\u96fb\u8a71\u756a\u53f7\u306f03-3817-4926\u3067\u3059'), ['03-3817-4926']);
  assert.deepEqual(phones('\uc5f0\ub77d\ucc98 02-3817-4926'), ['02-3817-4926']);
  assert.deepEqual(phones('\u0442\u0435\u043b. +7 916 381 74 92'), ['+7 916 381 74 92']);
  assert.deepEqual(phones('\u05d8\u05dc\u05e4\u05d5\u05df: 052-381-7492'), ['052-381-7492']);
  assert.deepEqual(phones('\u0e42\u0e17\u0e23 081 381 7492'), ['081 381 7492']);
  // A word that only contains the letters of one (`\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c`, user) labels nothing.
  assert.deepEqual(phones('\u041f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c 916 381 74 92'), []);
});

test('the call prefix before a country code, digits only, and an MSISDN without its +, when a phone word says so', () => {
  assert.deepEqual(phones('A-party +442037820259 -> B-party 00442037820259 dur 1832s'), ['+442037820259', '00442037820259']);
  assert.deepEqual(phones('msisdn: 2348031234567'), ['2348031234567']);
  assert.deepEqual(phones('ref 00442037820259 shipped'), []);
  assert.deepEqual(phones("Jack Walsh's number is 0412 349 734 and"), ['0412 349 734']);
  assert.deepEqual(phones('R\u00fcckruf unter 0171 2192835'), ['0171 2192835']);
});

test('dates of birth in Japanese, Chinese and Korean: after a birth label, or followed by "born"; other dates are none', () => {
  const dobs = (text: string) => kindsIn(text).filter(([kind]) => kind === 'date-of-birth').map(([, value]) => value);
  assert.deepEqual(dobs('\u751f\u5e74\u6708\u65e5\uff1a1987\u5e743\u670812\u65e5'), ['1987\u5e743\u670812\u65e5']);
  assert.deepEqual(dobs('\u51fa\u751f\u65e5\u671f\uff1a\uff11\uff19\uff18\uff17\u5e74\uff13\u6708\uff11\uff12\u65e5'), ['\uff11\uff19\uff18\uff17\u5e74\uff13\u6708\uff11\uff12\u65e5']);
  assert.deepEqual(dobs('\uc0dd\ub144\uc6d4\uc77c: 1987\ub144 3\uc6d4 12\uc77c'), ['1987\ub144 3\uc6d4 12\uc77c']);
  assert.deepEqual(dobs('1987\u5e743\u670812\u65e5\u751f\u307e\u308c\u306e\u7530\u4e2d\u3067\u3059'), ['1987\u5e743\u670812\u65e5']);
  assert.deepEqual(dobs('\u751f\u5e74\u6708\u65e5: 1987/03/12'), ['1987/03/12']);
  assert.deepEqual(dobs('\u6ce8\u6587\u65e5\uff1a2024\u5e743\u670812\u65e5'), []);
  assert.deepEqual(dobs('2023\u5e743\u670812\u65e5\u306b\u5165\u793e'), []);
});

test('an IBAN in lower or mixed case after IBAN or a transfer word (the holder between); unlabelled, none', () => {
  const ibans = (text: string) => kindsIn(text).filter(([kind]) => kind === 'iban').map(([, value]) => value);
  assert.deepEqual(ibans('IBAN de41 7002 0270 0839 4127 65 please'), ['de41 7002 0270 0839 4127 65']);
  assert.deepEqual(ibans('my iban is nl34rabo0318846203'), ['nl34rabo0318846203']);
  assert.deepEqual(ibans('VIR SEPA ALVAREZ It22x0542811101000000583920 \u20ac90'), ['It22x0542811101000000583920']);
  assert.deepEqual(ibans('IBAN: DE41  7002  0270  0839  4127  65'), ['DE41  7002  0270  0839  4127  65']);
  assert.deepEqual(ibans('hash de41700202700839412765'), []);
  assert.deepEqual(ibans('IBAN de41 7002 0270 0839 4127 66'), []); // mod-97 fails
});

test('record numbers: Australian Medicare cards by their check digit, UR and five-digit chart numbers; an animal patient is none', () => {
  const mrns = (text: string) => kindsIn(text).filter(([kind]) => kind === 'medical-record-number').map(([, value]) => value);
  assert.deepEqual(mrns('Medicare card: 2951 23457 1'), ['2951 23457 1']);
  assert.deepEqual(mrns('Medicare card: 2951 23458 1'), []);
  assert.deepEqual(mrns('UR number 441347'), ['441347']);
  assert.deepEqual(mrns('Chart # 48213'), ['48213']);
  assert.deepEqual(mrns('Feline patient ID 483043, vaccines due'), []);
  assert.deepEqual(mrns('patient ID 483043'), ['483043']);
});

test('an address spaced around its at after an email label (a scanned form), a bare "social" before nine digits, a two-digit year before a full stop', () => {
  assert.deepEqual(kindsIn('6. E-mail: jo.kim @ mail.com'), [['email', 'jo.kim @ mail.com']]);
  assert.deepEqual(kindsIn('meet @ 5pm, team @ acme.com'), []);
  assert.deepEqual(kindsIn('W-9 received, social 417623809 on file'), [['us-ssn', '417623809']]);
  assert.deepEqual(kindsIn('social media 417623809 followers'), []);
  assert.deepEqual(kindsIn('Claimant born on 1/8/55. Payment'), [['date-of-birth', '1/8/55']]);
  assert.deepEqual(kindsIn('Verified DOB on 03/12/2024. Sample taken'), []);
  assert.deepEqual(kindsIn('Bella, Labrador, DOB 01/25/2020, microchip'), []);
});

test("a booking record's contact email (IATA `//` for `@`) and its APIS date of birth (`DDMMMYY` after the document's fields)", () => {
  assert.deepEqual(kindsIn('SSR CTCE KL HK1/JANE..DOE//GMAIL.COM'), [['email', 'JANE..DOE//GMAIL.COM']]);
  assert.deepEqual(kindsIn('CTCE AINHOA.MARTINEZ//YAHOO.CO.ZA.'), [['email', 'AINHOA.MARTINEZ//YAHOO.CO.ZA']]);
  assert.deepEqual(kindsIn('SSR DOCS LH HK1/P/FRA/005029122/GBR/03MAY80/M/03FEB33/MARTINEZ/AINHOA'), [['date-of-birth', '03MAY80']]);
  assert.deepEqual(kindsIn('SSR DOCS BA HK1/P/USA/158336552/FRA/31FEB91/F/03OCT30/X/Y'), []); // no 31 February
  assert.deepEqual(kindsIn('see docs/p/abc/def and CTCE NONE'), []);
});

test("a labelled number is read in more regions (Turkey, Poland, Nigeria...); possessive and short labels; ISO dates are never phones", () => {
  assert.deepEqual(phones('met parent, call back (22) 581 96 68'), ['(22) 581 96 68']);
  assert.deepEqual(phones('"mobileNumber": "(22) 581 59 97",'), ['(22) 581 59 97']);
  assert.deepEqual(phones('her number is (11) 3856-4632.'), ['(11) 3856-4632']);
  assert.deepEqual(phones('this is my new num: 612 48 41 57'), ['612 48 41 57']);
  assert.deepEqual(phones('Telefon: 0312 479 90 57'), ['0312 479 90 57']);
  assert.deepEqual(phones('on the call, the idea was born on 2017-09-04'), []);
  assert.deepEqual(phones('order 0312 479 90 57'), []);
});

test('birth labels in more languages and scripts (Greek, Hebrew, Arabic, Russian, Czech, Spanish, Finnish, Turkish, Romanian, Vietnamese, Indonesian)', () => {
  const dobs = (text: string) => kindsIn(text).filter(([kind]) => kind === 'date-of-birth').map(([, value]) => value);
  for (const label of ['\u03b7\u03bc\u03b5\u03c1\u03bf\u03bc\u03b7\u03bd\u03af\u03b1 \u03b3\u03ad\u03bd\u03bd\u03b7\u03c3\u03b7\u03c2', '\u05ea\u05d0\u05e8\u05d9\u05da \u05dc\u05d9\u05d3\u05d4:', '\u062a\u0627\u0631\u064a\u062e \u0627\u0644\u0645\u064a\u0644\u0627\u062f:', '\u0434\u0430\u0442\u0430 \u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f:', 'nar.', 'naci\u00f3 el', 'syntym\u00e4aika', 'do\u011fum tarihi:', 'data na\u0219terii:', 'ng\u00e0y sinh:', 'tanggal lahir', 'n\u00e9 le:']) {
    assert.deepEqual(dobs(`Jana, ${label} 12.03.1977, allergies`), ['12.03.1977'], label);
  }
  assert.deepEqual(dobs('see nar. 4 and 5, then 12.03.1977; naciones unidas 12.03.1977'), []);
});

test('a birthday this year or last is the day\'s event; Unix times are no phones; addresses read out after an email label', () => {
  const year = new Date().getUTCFullYear();
  assert.deepEqual(kindsIn(`guest birthday on 03/14/${year - 1} \u2014 cake requested`), []);
  assert.deepEqual(kindsIn('her birthday is 03/14/1990'), [['date-of-birth', '03/14/1990']]);
  assert.deepEqual(phones('Verification call 1700001805 done'), []);
  assert.deepEqual(kindsIn('my email is jane dot doe at gmail dot com thanks'), [['email', 'jane dot doe at gmail dot com']]);
  assert.deepEqual(kindsIn('look at google dot com for it'), []);
});

test('a pretty-printed value under a key that says nothing ("value") is labelled by its object a line or two up', () => {
  const record = (kind: string) => `{\n  "phones": [\n    {\n      "kind": "${kind}",\n      "value": "30 21 87 42",\n      "primary": true\n    }\n  ]\n}`;
  assert.deepEqual(phones(record('mobile')), ['30 21 87 42']);
  assert.deepEqual(phones(record('invoice').replace('"phones"', '"orders"')), []);
});

test('answers to a question in the turn before: a date of birth, an address read out', () => {
  const turns = (question: string, answer: string) => JSON.stringify({ turns: [{ speaker: 'bot', utterance: question }, { speaker: 'caller', utterance: answer }] });
  assert.deepEqual(kindsIn(turns('Thanks. What is your date of birth?', 'June 3, 1976')), [['date-of-birth', 'June 3, 1976']]);
  assert.deepEqual(kindsIn(turns('Please confirm your date of birth.', 'sure, my order from March 3, 2024 is late')), []);
  assert.deepEqual(kindsIn(turns('What email address should we use?', 'jane dot doe at gmail dot com')), [['email', 'jane dot doe at gmail dot com']]);
  assert.deepEqual(kindsIn(turns('Which site did you visit?', 'look at google dot com')), []);
});

test("a bare 'record <id>' with a clinic's word on the line; home numbers; Chile's 9 XXXX XXXX", () => {
  const mrns = (text: string) => kindsIn(text).filter(([kind]) => kind === 'medical-record-number').map(([, value]) => value);
  assert.deepEqual(mrns('Follow-up: Garc\u00eda, Luc\u00eda \u2014 record 0047805; reported by study nurse'), ['0047805']);
  assert.deepEqual(mrns('the record 1234567 was updated in the database'), []);
  assert.deepEqual(phones('Our home number changed to 602 452 767.'), ['602 452 767']);
  assert.deepEqual(phones('"applicant_phone": "9 6123 2581",'), ['9 6123 2581']);
});
