import type { PiiDetection } from './pii-kind';
import { birthDate, DATE, DATE_BEFORE_WORD } from './date-of-birth';

/** Between the items of an identity list: ` / `, ` | `, `; `, or a comma and a space (a CSV row's bare comma is a column). */
const SEPARATOR = String.raw`\s*[\/|;]\s*|,\s+`;
const SEPARATOR_AFTER = new RegExp(`^(?:${SEPARATOR})`);
/** The separator before an id, after a date's last character (a digit, or a midnight timestamp's `Z`). */
const SEPARATOR_AFTER_DATE = new RegExp(`[\\dZ](?:${SEPARATOR})$`);
/** How far a date and its separator reach from the identifier. */
const REACH = 48;
/**
 * With no word saying so, a date beside an id is read as a birth only when it lies this many years
 * back: what else is recorded beside an id (an admission, a hire, a payment) is mostly recent.
 */
const MIN_YEARS_AGO = 16;

/**
 * A date written next to an SSN or a patient's record number in one list (`Daniel Kim /
 * 408-13-5217 / 11/06/1949`, a banner's `(2273190, 1983-11-30)`): identity checks pair the
 * identifier with the date of birth. `detections` is sorted and free of overlaps; so is the result.
 */
export function withBirthDatesBesideIds(text: string, detections: PiiDetection[]): PiiDetection[] {
  let added: PiiDetection[] | undefined;
  for (const id of detections) {
    if (id.kind !== 'us-ssn' && id.kind !== 'medical-record-number') continue;
    for (const date of [dateBefore(text, id.start), dateAfter(text, id.end)]) {
      if (date && longAgo(text, date) && !detections.some((d) => d.start < date.end && date.start < d.end)) (added ??= []).push(date);
    }
  }
  return added ? [...detections, ...added].sort((a, b) => a.start - b.start) : detections;
}

/** A date right after the separator that follows an id (the `DATE` pattern, tried at that one place). */
function dateAfter(text: string, idEnd: number): PiiDetection | undefined {
  const separator = SEPARATOR_AFTER.exec(text.slice(idEnd, idEnd + REACH));
  if (!separator) return undefined;
  const from = idEnd + separator[0].length;
  const m = DATE.exec(text.slice(from, from + REACH));
  return m && m.index === 0 ? birthDate(m, from, from + m[0].length) : undefined;
}

/** A date ending right before the separator that precedes an id. */
function dateBefore(text: string, idStart: number): PiiDetection | undefined {
  const near = text.slice(Math.max(0, idStart - 8), idStart);
  const separator = SEPARATOR_AFTER_DATE.exec(near);
  if (!separator) return undefined;
  const dateEnd = idStart - near.length + separator.index + 1;
  const from = Math.max(0, dateEnd - REACH);
  const m = DATE_BEFORE_WORD.exec(text.slice(from, dateEnd));
  return m ? birthDate(m, from + m.index, from + m.index + m[0].length) : undefined;
}

function longAgo(text: string, date: PiiDetection): boolean {
  const years = text.slice(date.start, date.end).match(/\d{4}/g);
  return years !== null && Number(years[years.length - 1]) <= new Date().getUTCFullYear() - MIN_YEARS_AGO;
}
