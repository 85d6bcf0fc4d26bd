import type { PiiDetection, PiiDetector } from './pii-kind';
import { isValidSsn } from './us-ssn';
import { calendarDate } from './date-of-birth';

/** Where a segment ends: a carriage return or line break, also JSON-escaped (`\r`) or as the dataset scan reads one (a tab). */
const SEGMENT_END = /[\r\n\t]|\\[rn]/;
/** The fields read: PID-3 (identifier list), PID-7 (birth date), PID-19 (SSN); the segment is cut after this many characters. */
const LONGEST_SEGMENT = 600;
/** One identifier of PID-3's list (`6322665^^^UCSF^MR`): its first component. */
const IDENTIFIER = /^[A-Za-z]{0,3}-?\d[\dA-Za-z-]{3,19}$/;
const HL7_DATE = /^(\d{4})(\d{2})(\d{2})(?:\d{2,6})?(?:[+-]\d{4})?$/;
const SSN = /^\d{3}-?\d{2}-?\d{4}$/;

/**
 * HL7 version 2's patient identification segment (`PID|1||6322665^^^UCSF^MR||TAYLOR^TYLER^R||19440106|F`),
 * as hospital messages are pasted into clinical training data: the field positions say what each
 * value is, so no label is needed. PID-3's identifiers are record numbers, PID-7 the birth date
 * (a real past date), PID-19 the SSN (valid ranges).
 */
export const hl7PatientSegmentDetector: PiiDetector = {
  kind: 'medical-record-number',
  // After a segment break, also a JSON-escaped one (`…\rPID|`).
  trigger: /(?:(?<![A-Za-z0-9])|(?<=\\[rn]))PID\|/g,
  literals: ['pid|'],
  inspect(text, at, found) {
    const from = at.index + at[0].length;
    let segment = text.slice(from, from + LONGEST_SEGMENT);
    const end = SEGMENT_END.exec(segment);
    if (end) segment = segment.slice(0, end.index);
    let offset = from;
    segment.split('|').forEach((field, i) => {
      const number = i + 1; // the text after `PID|` is PID-1
      if (number === 3) identifiers(field, offset, found);
      else if (number === 7) birthDate(field, offset, found);
      else if (number === 19 && SSN.test(field) && isValidSsn(field.replace(/-/g, ''))) found.push({ kind: 'us-ssn', start: offset, end: offset + field.length });
      offset += field.length + 1;
    });
  },
};

function identifiers(field: string, offset: number, found: PiiDetection[]): void {
  let at = offset;
  for (const repetition of field.split('~')) {
    const id = repetition.split('^')[0];
    if (IDENTIFIER.test(id) && /\d{4}/.test(id)) found.push({ kind: 'medical-record-number', start: at, end: at + id.length });
    at += repetition.length + 1;
  }
}

function birthDate(field: string, offset: number, found: PiiDetection[]): void {
  const value = field.split('^')[0];
  const m = HL7_DATE.exec(value);
  if (!m) return;
  const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date || date.getTime() > Date.now()) return;
  found.push({ kind: 'date-of-birth', start: offset, end: offset + value.length });
}
