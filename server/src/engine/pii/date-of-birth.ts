import type { PiiDetection, PiiDetector } from './pii-kind';
import { orEscaped, unescapedWord } from './escaped-letters';
import { columnCells } from './table-columns';
import { ASKING, TURN_BREAK } from './turn-before';

/** Month names (English, German, French, Spanish, Italian, Dutch, Portuguese, Polish genitive, Swedish) and abbreviations, by number. */
const MONTH_NAMES: readonly string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'januari', 'jän', 'jänner', 'janeiro', 'stycznia'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro', 'lutego'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'mär', 'março', 'marco', 'marca'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio', 'maj', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'sierpnia'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'wrzesnia'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'okt', 'outubro', 'października', 'pazdziernika'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada'],
  ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dez', 'dezembro', 'grudnia'],
];
const MONTH_OF = new Map(MONTH_NAMES.flatMap((names, month) => names.map((name) => [name, month + 1] as const)));
/** Longest first, so `june` is taken whole rather than `jun`. */
const MONTHS = orEscaped([...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|'));
export const DATE = new RegExp(
  `(?<![\\wÀ-ž])(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:T00:00(?::00(?:\\.0{1,9})?)?(?:Z|[+-]00:?00)?)?(?![T:\\d])|(\\d{1,2})(?:[/-]|\\. ?)(\\d{1,2})(?:[/-]|\\. ?)(\\d{4})|(${MONTHS})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2})(?:st|nd|rd|th|\\.)?[ -](?:of |de )?(${MONTHS})\\.?,?[ -](?:de |del )?(\\d{4})|(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2})(?![\\d/-]|\\.\\d))(?![\\wÀ-ž])`,
  'i',
);
/** The same, ending right before the word (`am 25. April 1973 geboren`). */
export const DATE_BEFORE_WORD = new RegExp(`${DATE.source}(?=\\s*$)`, 'i');
/**
 * After the context word, a date that is not the birth: a birthday party's, a certificate's issue
 * date, the day a date of birth was checked or changed (`DOB verified on 2025-04-27`).
 */
const NOT_A_BIRTH = /^(?:days?)?[\s'’s]*(?:party|parties|celebration|cake|gift|present|card|dinner|wish(?:es)?|event|bash|sale|surprise|certificate|feier|fest|geschenk|kuchen)\b|^[\s:]*(?:was |were |is |has been |last )?(?:verified|updated|changed|confirmed|checked|corrected|amended|entered|recorded|submitted|received|requested|check(?: done)?|verification(?: done)?) (?:on|at)\b|^[\s"':]*(?:[<>]=?|(?:before|after|between|since|until|older than|younger than)\b)/i;
/** Before "born": what was born is no person (`the idea was born on 18 May 2016`). */
const NOT_A_PERSON = /\b(?:puppy|puppies|kitten|dog|cat|foal|calf|lamb|pet|horse|idea|concept|company|business|startup|project|brand|band|album|song|movement|tradition|festival|initiative|platform|product|partnership|collaboration|friendship|series|show|genre|style|trend|plan)s? (?:was|were|is|got) (?:first |officially )?$/i;
/** An animal's record (`Labrador, DOB 01/25/2020`, `Rabbit, born 3 March 2021`): a vet's data, no person's birth. */
export const ANIMAL_BEFORE = /\b(?:canine|feline|equine|bovine|avian|dog|cat|puppy|kitten|rabbit|bunny|hamster|guinea pig|ferret|parrot|horse|pony|foal|calf|lamb|goat|sheep|pig|cow|bird|tortoise|reptile|labrador|retriever|terrier|spaniel|poodle|bulldog|beagle|collie|shepherd|dachshund|husky|chihuahua|tabby|siamese|persian)s?\b[^.\n]{0,24}$/i;
/** `Verified DOB on 03/12/2024`: the day the date of birth was checked (the check comes after the word, as `NOT_A_BIRTH` reads). */
const CHECKED_BEFORE = /\b(?:verified|confirmed|checked|updated|changed|corrected|amended|entered|recorded|requested)\s+(?:the\s+)?(?:\w+['’]s\s+)?$/i;

/** Where `b.` abbreviates born: in an aside or after a name (`Mario Rossi (b. 21 March 1978)`, `Rossi, b. 1978-03-21`), not a list's `b.`. */
const ABBREVIATION_PLACE = /[(\[,;]\s*$/;
/** A wish, not a date of birth (`happy birthday Anna!!` before a chat's timestamp). */
const GREETING = /\b(?:happy|hbd|wish(?:es|ing)?(?: you)?(?: a)?|zum)\s*$/i;
/** What ends a table's header cell right after a word (`dob,`, `DOB |`, `Date of birth\n`). */
const CELL_END = /^[ _a-z]{0,4}[ \t]*(?:[,;|\t\r\n]|\\[rn])/i;
/** How far after the context word the date may start (same line, no digits in between). */
const REACH = 40;

/**
 * Dates of birth: an ISO, numeric (`03/04/85` too) or written date (`15-Jan-1990` too) shortly
 * after a word such as "born", "DOB", "birthday" or a `date_of_birth` field, that is a real past
 * date. Timestamps and bare dates are not, but for a birth date stored as midnight
 * (`1990-01-15T00:00:00Z`).
 */
export const dateOfBirthDetector: PiiDetector = {
  kind: 'date-of-birth',
  trigger: new RegExp([
    String.raw`born|birth|(?<![a-z0-9])(?:dob|b-?day)(?![a-z0-9])|d\.o\.b|(?<![a-z])d?dn ?:`,
    String.raw`geburtsdatum|geburtstag|geboren|geb\.|geboorte|naissance|nacimiento|nacid[oa]|(?<![a-z])nac\.|nascita|nasc(?:id[oa]s?|imento|\.)`,
    String.raw`(?<![a-z])nat[oa](?: a [^\d\n]{1,40}?)? il\b|urodz(?:ony|ona|enia|eni)|(?<![a-z0-9.])b\.(?= ?[0-9a-z])|narozen[aý]?|seinengappi|jan(?:a)?m tithi`,
    // Danish/Norwegian født / fødselsdato by their ASCII part.
    String.raw`(?<=(?<![a-z])f(?: {5})?[øo])d(?:t(?= )|selsdato)`,
    // Swedish född / födelsedatum and French né(e) le, by their ASCII part (the scan's automaton takes ASCII
    // literals); the JSON dataset scan pads an escaped ö or é with five spaces before it.
    String.raw`(?<=(?<![a-z])f {0,5}[öo])d(?:d(?=[ :,])|elsedatum|elsedag)|(?<=(?<![a-z])n {0,5}[ée](?:e|\(e\))?s?) le(?: ?:)? (?=\d)`,
    // Czech nar., Spanish nació el, Finnish syntymäaika / syntynyt, Vietnamese ngày sinh, Turkish doğum tarihi, Romanian
    // data nașterii / născut, Indonesian tanggal lahir: by an ASCII part each, an accented letter written or escaped.
    String.raw`(?<![a-z])nar\.|(?<![a-z])naci(?: {5})?[óo] el\b|(?<![a-z])syntym(?: {5})?[äa](?: {5})?[äa]?aika|(?<![a-z])syntynyt|(?<=ng {0,5}[àa])y sinh\b`,
    String.raw`(?<=do {0,5}[ğg])um tarihi|(?<![a-z])data na(?: {5})?[șşs]terii|(?<=(?<![a-z])n {0,5}[ăa])scut(?: {0,5}[ăa])?\b|(?<![a-z])(?:tanggal|tgl\.?) lahir`,
  ].join('|'), 'gi'),
  literals: [
    'born', 'birth', 'dob', 'bday', 'b-day', 'd.o.b', 'ddn:', 'ddn :', 'dn:', 'dn :', 'geburtsdatum', 'geburtstag', 'geboren', 'geb.', 'geboorte', 'naissance', 'nacimiento',
    'nacid', 'nac.', 'nascita', 'nasc', 'nato ', 'nata ', 'urodz', 'narozen', 'seinengappi', 'janm tithi', 'janam tithi', 'dt ', 'dselsdato', 'b.', 'dd ', 'dd:', 'dd,', 'delsedatum', 'delsedag', ...[...'0123456789'].map((digit) => ` le ${digit}`), ' le:', ' le :',
    'nar.', 'naci', 'syntym', 'syntynyt', 'y sinh', 'um tarihi', 'data na', 'scut', 'tanggal lahir', 'tgl lahir', 'tgl. lahir',
  ],
  inspect(text, at, found) {
    const word = at[0].toLowerCase();
    if (word.startsWith('geboren')) dateBefore(text, at.index, found); // `am 25. April 1973 geboren`
    const from = at.index + at[0].length;
    // A word ending a table's header cell heads a column: its cells, not the next row's first date.
    const endsCell = CELL_END.test(text.slice(from, from + 4));
    if (endsCell) {
      const before = found.length;
      datesInColumn(text, at.index, found);
      if (found.length > before) return;
    }
    const window = text.slice(from, from + REACH + 30);
    const m = DATE.exec(window);
    // `b. 1946` abbreviates born, `DN: 17/09/1950` date de naissance / data de nascimento, only with the date right after it.
    const reach = word === 'b.' || /^d?dn/.test(word) ? 1 : REACH;
    if (!m || m.index > reach || /[\n\d]/.test(window.slice(0, m.index))) {
      if (!endsCell) datesInColumn(text, at.index, found); // (read above already when the word ends a cell)
      answerInNextTurn(text, at.index, from, found);
      return;
    }
    if (NOT_A_BIRTH.test(window)) return;
    const before = text.slice(Math.max(0, at.index - 40), at.index);
    if (word === 'b.' && !ABBREVIATION_PLACE.test(before)) return;
    if (word === 'born' && NOT_A_PERSON.test(before)) return;
    if (ANIMAL_BEFORE.test(before) || (CHECKED_BEFORE.test(before) && /^\s*on\b/i.test(window))) return;
    if (/^(?:birth|b-?day|geburtstag)/.test(word) && GREETING.test(before)) return;
    // A birthday this year or last (`guest birthday on 14/03/2025`, `Birthday call due 2 May 2025`) is the day's event, not a birth.
    if ((word === 'bday' || word === 'b-day' || word === 'geburtstag' || /^day/i.test(text.slice(from, from + 3))) && (toDate(m)?.year ?? 0) >= new Date().getUTCFullYear() - 1) return;
    push(m, from, found);
  },
};

/** What ends an answer: the turn, or a sentence. */
const ANSWER_END = /^\s?(?:[".!]|$|\\n)/;
/** What opens the answer right before its date: its string's quote, a speaker's colon, a tab. */
const ANSWER_OPENING = /(?:^|["']|:\s?|\t)$/;

/**
 * The question asked for the date of birth and the next turn answers with a date alone (`bot: What
 * is your date of birth?` / `caller: June 3, 1976`).
 */
function answerInNextTurn(text: string, labelAt: number, from: number, found: PiiDetection[]): void {
  const rest = text.slice(from, from + 200);
  const turnEnd = rest.search(TURN_BREAK);
  if (turnEnd === -1 || /\d/.test(rest.slice(0, turnEnd))) return;
  const turnStart = Math.max(text.lastIndexOf('\n', labelAt), text.lastIndexOf('\t', labelAt), labelAt - 120) + 1;
  if (!ASKING.test(text.slice(turnStart, from + turnEnd).toLowerCase())) return;
  const afterBreak = rest.slice(turnEnd + 1, turnEnd + 120);
  const m = DATE.exec(afterBreak);
  if (!m || m.index > 80) return;
  const opening = afterBreak.slice(0, m.index);
  if (/\d/.test(opening) || !ANSWER_OPENING.test(opening) || !ANSWER_END.test(afterBreak.slice(m.index + m[0].length))) return;
  push(m, from + turnEnd + 1, found);
}

/** The word heads a table's column (`| Name | DOB |`, `name,email,dob`): the dates in its cells. */
function datesInColumn(text: string, at: number, found: PiiDetection[]): void {
  columnCells(text, at, 'date of birth', (start, end) => {
    const detection = birthDateCell(text, start, end);
    if (detection) found.push(detection);
  });
}

/** The text from `start` to `end` (a table cell, an SQL value) when it is a date, and a date of birth. */
export function birthDateCell(text: string, start: number, end: number): PiiDetection | undefined {
  const m = DATE.exec(text.slice(start, end));
  return m && m.index === 0 && m[0].length === end - start ? birthDate(m, start, end) : undefined;
}

/** A date of birth written before the word (German: `ich bin am 25. April 1973 geboren`). */
function dateBefore(text: string, at: number, found: PiiDetection[]): void {
  const before = text.slice(Math.max(0, at - REACH), at);
  const m = DATE_BEFORE_WORD.exec(before);
  if (m) push(m, at - before.length, found);
}

/** Dates forms and tools fill in when the real one is unknown: the Unix epoch, the first day of 1900. */
const FILLER_DATES = new Set(['1970-01-01', '1900-01-01']);

function push(m: RegExpExecArray, offset: number, found: PiiDetection[]): void {
  const start = offset + m.index;
  const detection = birthDate(m, start, start + m[0].length);
  if (detection) found.push(detection);
}

/** The date a `DATE` match holds, written from `start` to `end`, as a date of birth when it is a real past date. */
export function birthDate(m: RegExpExecArray, start: number, end: number): PiiDetection | undefined {
  const date = toDate(m);
  const real = date && calendarDate(date.year, date.month, date.day);
  if (!real || FILLER_DATES.has(real.toISOString().slice(0, 10))) return undefined;
  return { kind: 'date-of-birth', start, end };
}

/** The day, when it is one of the calendar (no 31 April) from 1900 to this year. */
export function calendarDate(year: number, month: number, day: number): Date | undefined {
  if (year < 1900 || year > new Date().getUTCFullYear()) return undefined;
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCMonth() === month - 1 && real.getUTCDate() === day ? real : undefined;
}

function toDate(m: RegExpExecArray): { year: number; month: number; day: number } | undefined {
  if (m[1]) return { year: +m[1], month: +m[2], day: +m[3] };
  if (m[6]) {
    const a = +m[4];
    const b = +m[5];
    // Numeric dates are ambiguous (US month-first, elsewhere day-first); accept either reading.
    return a <= 12 ? { year: +m[6], month: a, day: b } : { year: +m[6], month: b, day: a };
  }
  if (m[7]) return { year: +m[9], month: monthNumber(m[7]), day: +m[8] };
  if (m[11]) return { year: +m[12], month: monthNumber(m[11]), day: +m[10] };
  if (m[15]) {
    const year = birthYear(+m[15]);
    const a = +m[13];
    const b = +m[14];
    return a <= 12 ? { year, month: a, day: b } : { year, month: b, day: a };
  }
  return undefined;
}

/** A two-digit year of birth: this century when that is not in the future, else the last. */
export function birthYear(yy: number): number {
  return yy <= new Date().getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
}

function monthNumber(name: string): number {
  return MONTH_OF.get(unescapedWord(name).toLowerCase()) ?? 0;
}
