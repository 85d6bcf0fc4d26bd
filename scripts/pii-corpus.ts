/**
 * Seeded generator of labelled synthetic records for the PII detectors: positives of every kind in
 * varied formats and contexts, and hard negatives (Luhn-invalid numbers, versions, ISBNs, UUIDs,
 * SHAs, timestamps, placeholder emails, invalid SSN ranges, bad IBAN check digits, bare dates...).
 * Every value is synthetic. Used by scripts/eval-pii.ts and to write test/fixtures/pii/.
 */
import { seededRandom } from './bench-data';

export interface LabelledRecord {
  text: string;
  spans: { kind: string; start: number; end: number }[];
}

export function generateLabelled(seed: number, count: number): LabelledRecord[] {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const FIRST = ['anna', 'li', 'omar', 'sofia', 'james', 'priya', 'lukas', 'mei', 'carlos', 'fatima', 'noah', 'elena'];
  const LAST = ['smith', 'wang', 'haddad', 'rossi', 'kumar', 'müller', 'tanaka', 'garcia', 'okafor', 'novak'];

  const luhnDigit = (body: string) => {
    let sum = 0;
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i]);
      if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    return String((10 - (sum % 10)) % 10);
  };
  const cardDigits = () => {
    const [prefix, length] = pick([['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['3530', 16], ['4', 19]] as const);
    const body = prefix + digits(length - prefix.length - 1);
    return body + luhnDigit(body);
  };
  const formatCard = (d: string) => {
    const style = int(0, 2);
    if (d.length === 15) return style === 0 ? d : `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`;
    if (d.length !== 16 || style === 0) return d;
    const sep = style === 1 ? ' ' : '-';
    return d.match(/.{4}/g)!.join(sep);
  };
  const mod97 = (s: string) => { let r = 0; for (const ch of s) r = (r * 10 + Number(ch)) % 97; return r; };
  const ibanOf = (country: string, bban: string) => {
    const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    return `${country}${pad(98 - mod97(numeric), 2)}${bban}`;
  };
  const iban = (valid = true) => {
    const [country, bban] = pick([
      ['DE', () => digits(18)], ['GB', () => pick(['NWBK', 'BARC', 'LOYD', 'HBUK']) + digits(14)], ['NL', () => pick(['ABNA', 'INGB', 'RABO']) + digits(10)], ['AT', () => digits(16)], ['CH', () => digits(17)],
    ] as const);
    let value = ibanOf(country, bban());
    if (!valid) value = value.slice(0, 2) + pad((Number(value.slice(2, 4)) + int(1, 9)) % 97, 2) + value.slice(4);
    return random() < 0.5 ? value : value.match(/.{1,4}/g)!.join(' ');
  };
  const ssn = () => `${pad(pick([int(1, 665), int(667, 899)]), 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
  const badSsn = () => pick([`000-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`, `666-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`, `9${digits(2)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`, `${pad(int(1, 665), 3)}-00-${pad(int(1, 9999), 4)}`]);
  const usPhone = () => {
    const area = pick(['201', '212', '213', '305', '312', '415', '503', '617', '646', '702', '808', '919']);
    const exchange = `${int(2, 9)}${digits(2)}`;
    const line = digits(4);
    const number = pick([`(${area}) ${exchange}-${line}`, `(${area})${exchange}-${line}`, `${area}-${exchange}-${line}`, `${area}.${exchange}.${line}`, `+1 ${area} ${exchange} ${line}`, `+1-${area}-${exchange}-${line}`, `1-${area}-${exchange}-${line}`, `001-${area}-${exchange}-${line}`]);
    // Extensions as Faker and people write them.
    return random() < 0.25 ? number + pick([`x${digits(int(2, 5))}`, ` ext. ${digits(3)}`, ` x${digits(4)}`]) : number;
  };
  const intlPhone = () => pick([`+44 20 7${digits(3)} ${digits(4)}`, `+44 7${int(4, 9)}${digits(2)} ${digits(6)}`, `+49 30 ${digits(8)}`, `+49 151 ${digits(8)}`, `+33 1 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `+91 98${digits(3)} ${digits(5)}`, `+61 4${digits(2)} ${digits(3)} ${digits(3)}`]);
  const nationalPhone = () => pick([`020 7${digits(3)} ${digits(4)}`, `(030) ${int(2, 9)}${digits(7)}`, `04${int(0, 3)}${digits(1)} ${digits(3)} ${digits(3)}`, `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `0${int(2, 9)}${digits(2)}-${digits(3)}-${digits(3)}`]);
  /** European national numbers as people write them: after a word in their language, on a signature card, or alone in their country's grouping. */
  const europeanPhone = () => pick([
    ['Tél. : ', `0${int(1, 5)} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`], ['Telefon: ', `030 ${int(2, 9)}${digits(7)}`], ['móvil ', `6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`],
    ['M: ', `07${int(4, 9)}${digits(2)} ${digits(6)}`], ['', `07${int(4, 9)}${digits(2)} ${digits(6)}`], ['Büro: ', `0221/${int(2, 9)}${digits(6)}`],
  ] as const);
  const date = () => ({ y: int(1935, 2008), m: int(1, 12), d: int(1, 28) });
  const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const foreignDob = () => {
    const { y, m, d } = date();
    return pick([
      ['geb. am ', `${pad(d, 2)}.${pad(m, 2)}.${y}`], ['fecha de nacimiento: ', `${d} de ${ES_MONTHS[m - 1]} de ${y}`], ['nato il ', `${pad(d, 2)}/${pad(m, 2)}/${y}`],
      ['date de naissance : ', `${d} ${FR_MONTHS[m - 1]} ${y}`],
    ] as const);
  };
  const dob = () => {
    const { y, m, d } = date();
    return pick([
      [`born on `, `${MONTHS[m - 1]} ${d}, ${y}`], ['DOB: ', `${pad(m, 2)}/${pad(d, 2)}/${y}`], ['"date_of_birth": "', `${y}-${pad(m, 2)}-${pad(d, 2)}`],
      ['my birthday is ', `${d} ${MONTHS[m - 1]} ${y}`], ['birth date ', `${pad(d, 2)}.${pad(m, 2)}.${y}`], ['was born ', `${y}-${pad(m, 2)}-${pad(d, 2)}`],
    ] as const);
  };
  const mrn = () => pick([['MRN: ', `${digits(4)}-${digits(4)}`], ['"medicalRecordNumber": "', digits(8)], ['chart no. ', digits(7)], ['MRN: ', digits(8)], ['"patient_mrn": "', digits(8)], ['MRN ', `${digits(3)}-${digits(5)}`], ['patient ID ', `PT-${digits(7)}`], ['medical record number ', digits(9)], ['"patient_id": "', `MRN-${digits(6)}`], ['NHS number ', `${digits(3)} ${digits(3)} ${digits(4)}`]] as const);
  const email = () => `${pick(FIRST)}${pick(['.', '_', ''])}${pick(LAST).replace('ü', 'u')}${random() < 0.4 ? digits(2) : ''}@${pick(['gmail.com', 'outlook.com', 'acme-corp.io', 'uni-heidelberg.de', 'yahoo.co.uk', 'proton.me', 'bigbank.com'])}`;

  const negatives = [
    () => { const d = cardDigits(); return `card ${formatCard(d.slice(0, -1) + String((Number(d.slice(-1)) + int(1, 9)) % 10))}`; },
    () => `upgrade to v${int(0, 9)}.${int(0, 30)}.${int(0, 99)} or ${int(1, 20)}.${int(0, 9)}.${int(0, 9)}.${int(0, 999)}`,
    () => `ISBN 978-${int(0, 9)}-${digits(2)}-${digits(6)}-${int(0, 9)}`,
    () => `request ${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)} failed`,
    () => `commit ${hex(40)} reverted`,
    () => `at ${int(2015, 2025)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:00Z (epoch ${int(1500000000, 1750000000)}${digits(3)})`,
    () => `mail ${pick(FIRST)}@example.com or ${pick(FIRST)}@test.invalid or icon@2x.png`,
    () => `ticket ${badSsn()} closed`,
    () => `${pick(['part no. ', 'ticket ', 'case #', 'order '])}${ssn()} is on hold`,
    () => `the birthday party on ${int(2020, 2025)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} and a birth certificate issued ${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(1990, 2020)}`,
    () => `connect to ${pick(['postgres', 'https', 'redis'])}://${pick(LAST).toLowerCase()}:${hex(10)}@db.acme-corp.io${pick([':5432', ''])}/app`,
    () => `IBAN ${iban(false)}`,
    () => `meeting on ${MONTHS[int(0, 11)]} ${int(1, 28)}, ${int(2020, 2025)} at 10:30`,
    () => `order #${digits(9)} shipped to zip ${digits(5)}`,
    () => `total $${int(1, 999)},${digits(3)}.${digits(2)} for ${int(2, 99)} items`,
    () => `sha256:${hex(64)}`,
    () => `call extension ${digits(4)} or 555-${digits(4)}`,
    () => `resolution ${pick(['1920x1080', '3840x2160', '1280x720'])}, batch ${int(2, 64)}x${int(128, 4096)}, account ${int(2, 9)}${digits(9)}`,
    () => `record 00${digits(11)} and 0049${digits(9)} in the export`,
    () => `{"call_id": "${pick(['415', '212'])}${int(2, 9)}${digits(6)}", "contact_type": "0${int(2, 9)}${digits(2)}-${digits(3)}-${digits(3)}", "phone_count": ${digits(9)}}`,
    () => `port ${int(1024, 65535)} on 10.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}`,
    () => `the ${int(1990, 2025)} report, page ${int(1, 400)}, table ${int(1, 9)}.${int(1, 9)}`,
    () => `tracking number 1Z${hex(6).toUpperCase()}${digits(10)}`,
    () => `build ${int(2020, 2025)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}.${int(1, 9)}`,
    () => `${pick(['ticket ', 'ref ', 'invoice ', 'as discussed in the call, ticket '])}0${int(1, 9)}${digits(2)} ${digits(4)} ${digits(4)}`,
    // Numbers kept for fiction, form-filler and automated mailboxes, dates of other things than a birth.
    () => `${pick(['call ', 'phone: '])}${pick([`(${pick(['212', '415'])}) 555-01${digits(2)}`, `07700 900${digits(3)}`, `020 7946 0${digits(3)}`])}`,
    () => `${pick(['na@na.com', 'test@test.com', 'unknown@unknown.com'])} or orders-noreply@${pick(LAST).replace('ü', 'u')}-shop.com or ssh ubuntu@ec2-${int(1, 99)}-${int(1, 99)}.compute-1.amazonaws.com`,
    () => `${pick(['the idea was born on ', 'DOB verified on ', 'happy birthday Anna! '])}${int(2016, 2024)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
    () => `Claim number ${ssn()} and ship to 12 High St, ${digits(5)}-${digits(4)}`,
    // Payment providers' test cards and documentation IBANs: valid, and no one's.
    () => pick(['pay with the test card 4242 4242 4242 4242', '"number": "4000056655665556", "exp_month": 12', 'amex 378282246310005', 'card 4000 0000 0000 0002 declines', 'e.g. IBAN DE89 3704 0044 0532 0130 00', 'IBAN GB29 NWBK 6016 1331 9268 19 (the example)', 'GB82 WEST 1234 5698 7654 32']),
    // Ids that pass the Luhn check under an issuer prefix (one random number in ten does), named as ids.
    () => `${pick(['order #', 'transaction id ', 'tracking number ', 'reference: ', 'invoice no. ', '"order_id": "'])}${cardDigits()}`,
  ];
  const FILLER = ['Please review the attached summary.', 'Thanks for reaching out to support.', 'The model finished training after three epochs.', 'Can you reset my account?', 'Here is the information you asked for:', 'As discussed in the call,'];

  const records: LabelledRecord[] = [];
  for (let i = 0; i < count; i++) {
    let text = pick(FILLER) + ' ';
    const spans: LabelledRecord['spans'] = [];
    const add = (kind: string, prefix: string, value: string) => {
      text += prefix;
      spans.push({ kind, start: text.length, end: text.length + value.length });
      text += value;
    };
    const parts = int(1, 3);
    for (let p = 0; p < parts; p++) {
      const r = random();
      if (r < 0.45) text += negatives[int(0, negatives.length - 1)]();
      else {
        const kind = pick(['email', 'phone-number', 'phone-number', 'us-ssn', 'credit-card', 'iban', 'date-of-birth', 'medical-record-number']);
        if (kind === 'email') add(kind, pick(['reach me at ', 'email: ', 'contact ', '']), email());
        else if (kind === 'phone-number') {
          const r = random();
          if (r < 0.1) add(kind, pick(['phone: ', 'Telephone: ', 'call me at ', 'cell ']), `${pick(['415', '212', '617'])}${int(2, 9)}${digits(6)}`); // ten bare digits
          else if (r < 0.8) add(kind, pick(['call ', 'phone: ', 'my number is ', 'tel. ', 'she called from ', '']), r < 0.4 ? usPhone() : intlPhone());
          else if (r < 0.85) add(kind, pick(['call ', 'phone: ', 'my number is ', 'tel. ', 'mobile ']), nationalPhone()); // national: a label says it is a phone
          else if (r < 0.9) { const [prefix, value] = europeanPhone(); add(kind, prefix, value); }
          else { add(kind, pick(['"phone_number": "', '"homePhone": "', '"mobile_phone": "', '"tel_no": "']), random() < 0.5 ? nationalPhone() : usPhone()); text += '"'; } // a field name labels it
        }
        else if (kind === 'us-ssn') {
          if (random() < 0.7) add(kind, pick(['SSN ', 'social security number ', 'ssn: ', 'her SSN is ']), ssn());
          else if (random() < 0.3) add(kind, 'my social is ', ssn().replace(/-/g, ''));
          else {
            const prefix = pick(['SSN: ', '"customer_ssn": "', '"socialSecurityNumber": "']);
            add(kind, prefix, ssn().replace(/-/g, random() < 0.5 ? ' ' : ''));
            if (prefix.endsWith('"')) text += '"';
          }
        }
        else if (kind === 'credit-card') add(kind, pick(['card ', 'paid with ', 'cc: ', 'card number ']), formatCard(cardDigits()));
        else if (kind === 'iban') add(kind, pick(['IBAN ', 'transfer to ', 'account ']), iban());
        else if (kind === 'date-of-birth') { const [prefix, value] = random() < 0.2 ? foreignDob() : dob(); add(kind, prefix, value); if (prefix.endsWith('"')) text += '"'; }
        else { const [prefix, value] = mrn(); add(kind, prefix, value); if (prefix.endsWith('"')) text += '"'; }
      }
      text += p < parts - 1 ? pick(['. ', ', and ', '; ']) : '.';
    }
    records.push({ text, spans });
  }
  return records;
}
