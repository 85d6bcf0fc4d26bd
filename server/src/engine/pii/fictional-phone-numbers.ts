import type { PhoneNumber } from 'libphonenumber-js';

/**
 * Numbers the regulators keep for films, books and documentation, which no one is reachable on
 * (NANP 555-0100 to 0199; Ofcom's drama ranges such as 020 7946 0xxx and 07700 900xxx; ACMA's
 * 0491 57x xxx and (0x) 5550 / 7010 xxxx), numbers of one repeated digit (`(000) 000-0000`), and
 * national numbers counting digits (`01 23 45 67 89`).
 */
const UK_FICTION = String.raw`(?:11[3-8]4960|1[2-6]14960|2079460|2896496|2920180|1632960|7700900|8081570|9098790|3069990)\d{3}`;
const AU_FICTION = String.raw`(?:49157\d{4}|[2378](?:5550|7010)\d{4})`;
const FICTIONAL = new RegExp(String.raw`^(?:\+1[2-9]\d{2}55501\d{2}|\+44${UK_FICTION}|\+61${AU_FICTION})$`);
/** The same ranges written nationally, with their trunk 0: so written, a number is kept for fiction whichever country reads it. */
const FICTIONAL_NATIONAL = new RegExp(`^0(?:${UK_FICTION}|${AU_FICTION})$`);

export function isFictional(parsed: PhoneNumber): boolean {
  return FICTIONAL.test(parsed.number) || /^(\d)\1+$/.test(parsed.nationalNumber) || COUNTING.test(parsed.nationalNumber);
}

/** The digits of a national number (`07700 900123`) in those ranges, whichever country would read it. */
export function isFictionalNational(digits: string): boolean {
  return FICTIONAL_NATIONAL.test(digits) || COUNTING.test(digits);
}

/** Digits counted up or down (`01 23 45 67 89`, `123-456-7890`): a form's example, not a line. */
const COUNTING = /0123456|123456789|9876543/;
