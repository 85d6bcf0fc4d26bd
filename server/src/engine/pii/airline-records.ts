import type { PiiDetector } from './pii-kind';
import { isPersonalMailbox } from './email';
import { birthYear, calendarDate } from './date-of-birth';

/**
 * A passenger's contact email in a booking record's `SSR CTCE` element, written the IATA way:
 * `//` for `@`, `..` for `_`, `./` for `-` (`CTCE JANE..DOE//GMAIL.COM`).
 */
export const pnrContactEmailDetector: PiiDetector = {
  kind: 'email',
  trigger: /ctce\s(?:[a-z0-9]{2}\s)?(?:hk1\/?)?\s?([a-z0-9._\/-]{1,64})\/\/([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24})(?![a-z0-9-]|\.[a-z0-9])/gi,
  literals: ['ctce'],
  inspect(text, at, found) {
    const local = at[1].replace(/\.\./g, '_').replace(/\.\//g, '-');
    if (!/^[a-z0-9]/i.test(local) || !isPersonalMailbox(local.toLowerCase(), at[2].toLowerCase())) return;
    const end = at.index + at[0].length;
    found.push({ kind: 'email', start: end - at[1].length - 2 - at[2].length, end });
  },
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * The date of birth in a booking's `SSR DOCS` element (APIS travel document data):
 * `/P/GBR/503853451/FRA/13JAN80/M/13JAN29/SURNAME/GIVEN`: document type, issuing country, number,
 * nationality, then the birth date (`DDMMMYY`), gender and expiry.
 */
export const apisBirthDateDetector: PiiDetector = {
  kind: 'date-of-birth',
  trigger: /\/p\/[a-z]{3}\/[a-z0-9]{4,20}\/[a-z]{3}\/(\d{2})([a-z]{3})(\d{2})\/[mfux]i?\//gi,
  literals: ['/p/'],
  inspect(text, at, found) {
    const month = MONTHS.indexOf(at[2].toUpperCase()) + 1;
    if (month === 0 || !calendarDate(birthYear(Number(at[3])), month, Number(at[1]))) return;
    const start = at.index + at[0].indexOf(`/${at[1]}${at[2]}${at[3]}/`) + 1;
    found.push({ kind: 'date-of-birth', start, end: start + 7 });
  },
};
