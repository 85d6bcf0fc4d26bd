import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { PiiDetection, PiiDetector } from './pii-kind';
import { touchesToken } from './context';
import { isDocumentationIban } from './published-examples';

/** Where an IBAN may start; trigger-scan.wat finds the same starts in its byte pass. */
export const IBAN_TRIGGER = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;

/** Groups of four after the country and check digits, all joined the same way: nothing, a space, a dash (`SE75-5000-…`) or two spaces (a scanned form's). */
const IBAN_SHAPE = /[A-Z]{2}\d{2}([ -]?| {2})[A-Z0-9]{4}(?:\1[A-Z0-9]{4}){1,6}(?:\1[A-Z0-9]{1,3})?/y;

/**
 * International bank account numbers, printed (groups of four, by spaces or dashes) or electronic. ibantools checks
 * the country's length and BBAN format and the mod-97 check digits. Documentation examples
 * (`DE89 3704 0044 0532 0130 00`) are none.
 */
export const ibanDetector: PiiDetector = {
  kind: 'iban',
  trigger: IBAN_TRIGGER,
  inspect(text, at, found) {
    ibanAt(text, at.index, IBAN_SHAPE, found);
  },
};

/** The same shape in any letter case. */
const ANY_CASE_IBAN_SHAPE = new RegExp(IBAN_SHAPE.source, 'iy');
/** The word IBAN, and what may come between it and the number (`IBAN: `, `iban is `, `IBAN-Nr. `). */
const IBAN_LABEL = /(?:iban|sepa|revolut|bank account|account no|kontonummer|rekening(?:nummer)?)(?![a-z])(?:[\s:=#"'(),.-]|\b(?:is|nr|no|number|nummer|numéro|numero|to|an|auf|naar|sur)\b){0,8}/gi;
/** Words the account holder's name may take between a transfer's label and the IBAN (`VIR SEPA KRÜGER de44…`). */
const NAME_WORDS_BETWEEN = 3;

/**
 * An IBAN typed in lower or mixed case (`my iban is gb82west12345698765432`), taken only after the
 * word IBAN or a transfer's (`SEPA`, `Revolut`, `bank account`), the holder's name between them
 * allowed: unlabelled, lower-case letters and digits are too often a hash or an id.
 */
export const labelledAnyCaseIbanDetector: PiiDetector = {
  kind: 'iban',
  trigger: IBAN_LABEL,
  literals: ['iban', 'sepa', 'revolut', 'bank account', 'account no', 'kontonummer', 'rekening'],
  inspect(text, at, found) {
    let start = at.index + at[0].length;
    for (let words = 0; words <= NAME_WORDS_BETWEEN; words++) {
      if (/^[A-Z]{2}\d\d/.test(text.slice(start, start + 4))) return; // upper case: the IBAN detector's
      if (ibanAt(text, start, ANY_CASE_IBAN_SHAPE, found)) return;
      const word = /^[^\s\d]{1,40}\s/.exec(text.slice(start, start + 41));
      if (!word) return;
      start += word[0].length;
    }
  },
};

/** A valid IBAN of `shape` starting at `start`; the greedy shape may swallow a following word in groups of four, so back off. */
function ibanAt(text: string, start: number, shape: RegExp, found: PiiDetection[]): boolean {
  shape.lastIndex = start;
  const m = shape.exec(text);
  if (!m) return false;
  let value = m[0];
  while (value.length >= 15) {
    const electronic = electronicFormatIBAN(value.toUpperCase());
    if (electronic && isValidIBAN(electronic) && !touchesToken(text, start, start + value.length)) {
      const placeholder = isDocumentationIban(electronic) || undefined;
      found.push({ kind: 'iban', start, end: start + value.length, detail: electronic.slice(0, 2), placeholder });
      return true;
    }
    value = value.slice(0, -1).trimEnd();
  }
  return false;
}
