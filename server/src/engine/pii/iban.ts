import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { PiiDetector } from './pii-kind';
import { touchesToken } from './context';
import { isDocumentationIban } from './published-examples';

/** Where an IBAN may start; trigger-scan.wat finds the same starts in its byte pass. */
export const IBAN_TRIGGER = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;

/** Groups of four after the country and check digits, all joined the same way: nothing, spaces or dashes (`SE75-5000-…`). */
const IBAN_SHAPE = /[A-Z]{2}\d{2}([ -]?)[A-Z0-9]{4}(?:\1[A-Z0-9]{4}){1,6}(?:\1[A-Z0-9]{1,3})?/y;

/**
 * International bank account numbers, printed (groups of four, by spaces or dashes) or electronic. ibantools checks
 * the country's length and BBAN format and the mod-97 check digits. Documentation examples
 * (`DE89 3704 0044 0532 0130 00`) are none.
 */
export const ibanDetector: PiiDetector = {
  kind: 'iban',
  trigger: IBAN_TRIGGER,
  inspect(text, at, found) {
    IBAN_SHAPE.lastIndex = at.index;
    const m = IBAN_SHAPE.exec(text);
    if (!m) return;
    // The greedy shape may swallow a following word in groups of four; back off to a valid IBAN.
    let value = m[0];
    while (value.length >= 15) {
      const electronic = electronicFormatIBAN(value);
      if (electronic && isValidIBAN(electronic) && !touchesToken(text, at.index, at.index + value.length)) {
        const placeholder = isDocumentationIban(electronic) || undefined;
        found.push({ kind: 'iban', start: at.index, end: at.index + value.length, detail: electronic.slice(0, 2), placeholder });
        return;
      }
      value = value.slice(0, -1).trimEnd();
    }
  },
};
