import type { PiiDetector } from './pii-kind';
import { touchesToken } from './context';

/** Patient identifier: optional short letter prefix, 6-12 digits, one optional separator. */
const IDENTIFIER = /^[^\w\n]{0,6}(?:(?:is|was|number|no|num|id)\b[^\w\n]{0,4}){0,2}((?:[A-Z]{1,3}[- ]?)?\d{3}[- ]?\d{3,9})(?![\w-])/i;

/**
 * Medical record numbers and similar patient identifiers: an id directly after words such as
 * "MRN", "MR#", "medical record", "patient ID", "NHS number", "hospital number" or a `patient_id` field.
 */
export const medicalRecordDetector: PiiDetector = {
  kind: 'medical-record-number',
  trigger: /(?<![a-z0-9])mrn(?![a-z0-9])|(?<![a-z0-9])mr ?#|medical[ _]record(?:[ _]n(?:o|umber))?|med\.? rec\.?(?: no)?|patient[ _-]?(?:id|no|number|#)|chart (?:no|number|#)|health[ _]?record(?:[ _]number)?|nhs (?:no|number)|medicare (?:no|number|id)|hospital[ _-]?(?:no|number|id|#)/gi,
  literals: ['mrn', 'mr#', 'mr #', 'med', 'patient', 'chart ', 'health', 'nhs ', 'hospital'],
  inspect(text, at, found) {
    const from = at.index + at[0].length;
    const m = IDENTIFIER.exec(text.slice(from, from + 48));
    if (!m) return;
    const start = from + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const digits = m[1].replace(/\D/g, '');
    if (digits.length < 6 || digits.length > 12 || touchesToken(text, start, end)) return;
    found.push({ kind: 'medical-record-number', start, end });
  },
};
