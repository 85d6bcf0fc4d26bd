import type { PiiDetector } from './pii-kind';
import { touchesToken } from './context';

/** An age before the marker (`65 y/o`, `42-year-old`). */
const AGE_BEFORE = /(?<!\d)\d{1,3}[ -]?$/;
/**
 * After the age: the sex, then the banner's parenthesised identifiers, of which the first is the
 * record number (`F (2273190, 1983-11-30)`, `M (PT7842798; …)`, `(2024-448405, …)`).
 */
export const BANNER_ID = /^,? ?(?:(?:m|f|male|female|man|woman)\b,? ?)?\(([a-z]{0,3}-?\d{6,10}|\d{4}-\d{6})(?=[,;)])/i;

/**
 * A patient banner, as clinical notes open (`Siobhan Okafor, 65 y/o F (2273190, 1983-11-30)`): the
 * identifier in parentheses after the age and sex is the medical record number (the date beside it
 * is the birth date, see identity-tuples).
 */
export const patientBannerDetector: PiiDetector = {
  kind: 'medical-record-number',
  trigger: /y\/o|y\.o\.|yo[ ,]|yrs?[ ,]|years?[- ]old/gi,
  literals: ['y/o', 'y.o.', 'yo ', 'yo,', 'yr ', 'yr,', 'yrs ', 'yrs,', 'year-old', 'year old', 'years old', 'years-old'],
  inspect(text, at, found) {
    if (!AGE_BEFORE.test(text.slice(Math.max(0, at.index - 5), at.index))) return;
    const from = at.index + at[0].length;
    const m = BANNER_ID.exec(text.slice(from, from + 40));
    if (!m) return;
    const end = from + m[0].length;
    const start = end - m[1].length;
    if (!touchesToken(text, start, end)) found.push({ kind: 'medical-record-number', start, end });
  },
};
