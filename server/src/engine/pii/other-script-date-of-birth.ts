import type { PiiDetection, PiiDetector } from './pii-kind';
import { birthDate, calendarDate, DATE } from './date-of-birth';
import { orEscaped } from './escaped-letters';

/**
 * Birth labels in scripts other than Latin: Japanese, Chinese and Korean (`生年月日`, `出生日期`,
 * `생년월일`, `誕生日`), Greek (`ημερομηνία γέννησης`), Hebrew (`תאריך לידה`), Arabic and Persian
 * (`تاريخ الميلاد`, `تولد`), Russian and Ukrainian (`дата рождения`, `родился`), Hindi (`जन्म`), Thai
 * (`วันเกิด`); and the year sign of East Asian dates (`1987年3月12日`, `1987년 3월 12일`), whose date may
 * be followed by "born" (`1987年3月12日生まれ`). No ASCII in it: a pass over ASCII text costs nothing.
 */
const LABELS = [
  '生年月日', '出生日期', '出生年月日', '出生年月', '誕生日', '生日', '생년월일', '생일',
  'γέννησης', 'γεννήθηκε', 'γεννηθείς', 'γενν.', 'לידה', 'נולד', 'נולדה', 'الميلاد', 'الولادة', 'مواليد', 'تولد',
  'рождения', 'родился', 'родилась', 'народження', 'народився', 'народилася', 'д.р.', 'जन्म', 'วันเกิด', 'เกิดวันที่',
];
const TRIGGER = new RegExp(`${orEscaped(LABELS.join('|').replace(/\./g, '\\.'))}|[年년]`, 'g');
/**
 * A date written the East Asian way, from its year (groups: year, month, day). Each sign may come
 * JSON-escaped (`\u5e74`), which the dataset scan reads as five spaces and the sign.
 */
const EAST_ASIAN_DATE = /(\d{4}) ?(?: {5})?[年년] ?(\d{1,2}) ?(?: {5})?[月월] ?(\d{1,2})(?: ?(?: {5})?[日일号號])?/y;
/** Where that date starts, ending at the year sign: four digits and optional spaces. */
const YEAR_BEFORE_SIGN = /(?<!\d)\d{4} ?(?: {5})?$/;
/** "Born" after the date (`生まれ`, `生`, `出生`, `출생`, `태어`). */
const BORN_AFTER = new RegExp(`^\\s?(?:${orEscaped('生まれ|生|出生|출생|태어')})`);
/** How far after the label the date may start (no digits in between; an escaped `：` takes six). */
const REACH = 24;
const GAP = new RegExp(`^[^\\d\\n]{0,${REACH}}`);

/**
 * Dates of birth after a birth label in those scripts (an East Asian date, or an ISO, numeric or
 * written one), or an East Asian date followed by "born". Dates folded from full-width digits
 * (`１９８７年`) are read as ASCII ones by the scan.
 */
export const otherScriptDateOfBirthDetector: PiiDetector = {
  kind: 'date-of-birth',
  trigger: TRIGGER,
  inspect(text, at, found) {
    if (at[0] === '年' || at[0] === '년') {
      const year = YEAR_BEFORE_SIGN.exec(text.slice(Math.max(0, at.index - 10), at.index));
      if (!year) return;
      const date = eastAsianDate(text, at.index - year[0].length);
      if (date && BORN_AFTER.test(text.slice(date.end, date.end + 12))) found.push(date);
      return;
    }
    const from = at.index + at[0].length;
    const window = text.slice(from, from + REACH + 30);
    const gap = GAP.exec(window)![0].length;
    const date = eastAsianDate(text, from + gap) ?? writtenDate(text, from + gap);
    if (date) found.push(date);
  },
};

function eastAsianDate(text: string, start: number): PiiDetection | undefined {
  EAST_ASIAN_DATE.lastIndex = start;
  const m = EAST_ASIAN_DATE.exec(text);
  if (!m || !calendarDate(+m[1], +m[2], +m[3])) return undefined;
  return { kind: 'date-of-birth', start, end: start + m[0].length };
}

/** An ISO or numeric date right at `start` (`生年月日：1987/03/12`). */
function writtenDate(text: string, start: number): PiiDetection | undefined {
  const m = DATE.exec(text.slice(start, start + 40));
  return m && m.index === 0 ? birthDate(m, start, start + m[0].length) : undefined;
}
