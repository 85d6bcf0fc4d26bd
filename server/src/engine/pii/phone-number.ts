import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import type { PiiDetection, PiiDetector } from './pii-kind';
import { textBefore, touchesToken } from './context';
import { matchesAroundRun, NUMBER_RUN } from './triggers';

/** An extension (`x123`, `ext. 204`), which the finding takes in. */
const EXTENSION_SOURCE = String.raw`(?: ?x| ?ext\.? ?| extension )\d{1,5}`;
const EXTENSION = new RegExp(`${EXTENSION_SOURCE}$`);
/** The number, then an extension, and nothing word-like glued after it. */
const PHONE_SHAPE = new RegExp(String.raw`(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,15}(?:[ .-]\(?\d{1,8}\)?){0,5}(?:${EXTENSION_SOURCE})?(?![\w\/-])`, 'g');
/** `001-415-555-2671`, `0044 20 7946 0958`: the international call prefix where others write +, with separators (bare 00… runs are ids). */
const CALL_PREFIX = /^00(?=\d{1,3}[ .-])/;
const INTERNATIONAL = /^\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?)(?:[ .-]?\d{1,8}){1,5}$/;
const NANP = /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
const PHONE_CONTEXT = /\b(phone|tel|telephone|mobile|cell|call|called|calling|fax|whatsapp|sms|contact)\b[^0-9]{0,16}$/;
/** The same words labelling the number itself (`call me at`, `tel.:`, `mobile number is`): enough to take a number the library does not know. */
const PHONE_LABEL = /\b(?:phone|ph|tel|telephone|mobile|cell|call|called|calling|dial|fax|whatsapp|sms|contact|my number)\b(?:[\s.:#,"'=-]|\b(?:me|us|him|her|them|at|on|from|via|is|my|his|their|number|no)\b){0,12}$/;
/** The word right before the number makes it another field (`call_id`, `contact_type`, `phone_count`), whatever phone word came earlier. */
const OTHER_FIELD = /\b(?:id|ids|count|type|status|duration|log)\b[^a-z0-9]*$/;
/** A national number with its trunk prefix (`020 7946 0958`, `(030) 1234567`, `0412 345 678`). */
const NATIONAL = /^(?:0\d{1,4}|\(0\d{1,4}\))(?:[ .-]?\d{1,8}){1,4}$/;
/** Regions a national number said to be a phone number is read in, in turn (common in training data after the US). */
const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'AU', 'IT', 'ES', 'NL', 'IE', 'BR', 'JP'];

/**
 * Phone numbers: international (`+44 20 7946 0958`, `+1-415-555-2671`, `001-415-555-2671`: a country
 * code and a length that country dials), North American national (`(415) 555-2671`, `415.555.2671`,
 * `1-800-555-0199`, ten bare digits after a word such as "phone"), and other national numbers
 * with their trunk 0 after such a word (`tel. 020 7946 0958`). libphonenumber-js reads them:
 * a national number must be valid in its region, or at least of a possible length there when a
 * word says it is a phone number (test data and fiction use unassigned area codes). An extension
 * (`415-555-2671x204`, `ext. 204`) belongs to the finding.
 */
export const phoneNumberDetector: PiiDetector = {
  kind: 'phone-number',
  trigger: NUMBER_RUN,
  inspect(text, run, found) {
    matchesAroundRun(text, run.index, run.index + run[0].length, PHONE_SHAPE, (m) => {
      const value = m[0].trimEnd();
      const start = m.index;
      const end = start + value.length;
      const number = value.replace(EXTENSION, '').replace(CALL_PREFIX, '+');
      const digits = number.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15 || touchesToken(text, start, end)) return;
      // Dotted runs that are really versions or dates (1.2.3, 2024.01.15) have other groupings.
      if (number.includes('.') && !/^(?:\+\d{1,3}\.)?\d{3}\.\d{3}\.\d{4}$/.test(number)) return;
      const before = textBefore(text, start, 40);
      const otherField = OTHER_FIELD.test(before);
      const parsed = readPhoneNumber(number, () => !otherField && PHONE_CONTEXT.test(before), () => !otherField && PHONE_LABEL.test(before));
      if (parsed && !foundAlready(found, start)) found.push({ kind: 'phone-number', start, end, detail: parsed.country });
    });
  },
};

/** An extension's digits are a run of their own (`…2671x9415.555…`), whose inspection sees the number again. */
function foundAlready(found: readonly PiiDetection[], start: number): boolean {
  for (let i = found.length - 1; i >= 0 && found[i].end > start; i--) {
    if (found[i].kind === 'phone-number' && found[i].start === start) return true;
  }
  return false;
}

/** `near`: a phone word shortly before the number; `labelled`: one labelling it. */
function readPhoneNumber(value: string, near: () => boolean, labelled: () => boolean): PhoneNumber | undefined {
  if (value.startsWith('+')) {
    const parsed = INTERNATIONAL.test(value) ? parsePhoneNumberFromString(value) : undefined;
    return parsed?.isPossible() ? parsed : undefined;
  }
  if (NANP.test(value) || (/^\d{10}$/.test(value) && near())) {
    const parsed = parsePhoneNumberFromString(value, 'US');
    return parsed && (parsed.isValid() || (parsed.isPossible() && labelled())) ? parsed : undefined;
  }
  if (!NATIONAL.test(value) || !labelled()) return undefined;
  for (const region of NATIONAL_REGIONS) {
    const parsed = parsePhoneNumberFromString(value, region);
    if (parsed?.isValid()) return parsed;
  }
  return undefined;
}
