import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { PiiDetector } from './pii-kind';
import { textBefore, touchesToken } from './context';
import { matchesAroundRun, NUMBER_RUN } from './triggers';

const PHONE_SHAPE = /(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,8}(?:[ .-]\(?\d{1,8}\)?){0,5}(?![\w\/-])/g;
const INTERNATIONAL = /^\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?)(?:[ .-]?\d{1,8}){1,5}$/;
const NANP = /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
const PHONE_CONTEXT = /\b(phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|contact)\b[^0-9]{0,16}$/;

/**
 * Phone numbers: international (`+44 20 7946 0958`, `+1-415-555-2671`) or North American
 * national (`(415) 555-2671`, `415.555.2671`, `1-800-555-0199`, or ten bare digits after a word
 * such as "phone"). libphonenumber-js decides whether the number is valid for its region.
 */
export const phoneNumberDetector: PiiDetector = {
  kind: 'phone-number',
  trigger: NUMBER_RUN,
  inspect(text, run, found) {
    matchesAroundRun(text, run.index, run.index + run[0].length, PHONE_SHAPE, (m) => {
      const value = m[0].trimEnd();
      const start = m.index;
      const end = start + value.length;
      const digits = value.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15 || touchesToken(text, start, end)) return;
      let region: 'US' | undefined;
      if (value.startsWith('+')) {
        if (!INTERNATIONAL.test(value)) return;
      } else if (NANP.test(value) || (/^\d{10}$/.test(value) && PHONE_CONTEXT.test(textBefore(text, start, 40)))) {
        region = 'US';
      } else {
        return;
      }
      // Dotted runs that are really versions or dates (1.2.3, 2024.01.15) have other groupings.
      if (value.includes('.') && !/^(?:\+\d{1,3}\.)?\d{3}\.\d{3}\.\d{4}$/.test(value)) return;
      const parsed = parsePhoneNumberFromString(value, region);
      if (parsed?.isValid()) found.push({ kind: 'phone-number', start, end, detail: parsed.country });
    });
  },
};
