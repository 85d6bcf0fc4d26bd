import type { PiiDetection } from './pii-kind';
import { birthDate, DATE } from './date-of-birth';

/** Between the items of an identity list: ` / `, ` | `, `; `, or a comma and a space (a CSV row's bare comma is a column). */
const SEPARATOR = String.raw`\s*[\/|;]\s*|,\s+`;
export const DATE_AFTER = new RegExp(`^(${SEPARATOR})(?:${DATE.source})`, 'i');
export const DATE_BEFORE = new RegExp(`(?:${DATE.source})(${SEPARATOR})$`, 'i');
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
    const dates: (PiiDetection | undefined)[] = [];
    const after = DATE_AFTER.exec(text.slice(id.end, id.end + REACH));
    if (after) dates.push(birthDate(dateGroups(after, 1), id.end + after[1].length, id.end + after[0].length));
    const from = Math.max(0, id.start - REACH);
    const before = DATE_BEFORE.exec(text.slice(from, id.start));
    if (before) dates.push(birthDate(before, from + before.index, id.start - before[before.length - 1].length));
    for (const date of dates) {
      if (date && longAgo(text, date) && !detections.some((d) => d.start < date.end && date.start < d.end)) (added ??= []).push(date);
    }
  }
  return added ? [...detections, ...added].sort((a, b) => a.start - b.start) : detections;
}

/** The match's `DATE` groups numbered as `DATE`'s own (dropping the `skip` groups before them). */
function dateGroups(m: RegExpExecArray, skip: number): RegExpExecArray {
  const groups = [m[0], ...m.slice(1 + skip)];
  return Object.assign(groups, { index: m.index, input: m.input }) as RegExpExecArray;
}

function longAgo(text: string, date: PiiDetection): boolean {
  const years = text.slice(date.start, date.end).match(/\d{4}/g);
  return years !== null && Number(years[years.length - 1]) <= new Date().getUTCFullYear() - MIN_YEARS_AGO;
}
