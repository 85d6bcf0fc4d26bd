import type { PiiDetection, PiiDetector } from './pii-kind';
import { touchesToken } from './context';
import { ANIMAL_BEFORE } from './date-of-birth';

/**
 * Patient identifier after its label: optional short letter prefix, digits in up to four groups
 * joined by dashes (`00123456`, `5961-4974`, `MR-123-456-789`) or short groups by spaces
 * (`943 476 5919`), so a number after the id (`MRN 123456 2024`) stays out. Between label and id, words such as "is" or "no",
 * or a record's `", "value": "` (FHIR `identifier` entries).
 */
export const IDENTIFIER = /^[^\w\n]{0,8}(?:(?:(?:is|was|number|no|num|nr|id|value|acct|account)\b|n\.?[º°])[^\w\n]{0,4}){0,2}((?:[A-Z]{1,3}[- ]?)?(?:\d{3,4}(?: \d{3,4}){1,3}|\d{2,}(?:-\d{2,}){0,3}))(?![\w-])/i;

/** A clinic's words on the line of a bare `record <id>` (`Follow-up: García, Lucía — record 0047805; reported by study nurse`). */
const CLINICAL_LINE = /\b(?:patient|clinic|clinical|trial|study|nurse|hospital|ward|doctor|dr|medical|health|screening|diagnos\w*|admission|admitted|discharge\w*|physician|subject|enrol\w*|follow-up|gp|surgery|pharmacy)\b/i;

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(Math.max(start, at - 120), Math.min(end === -1 ? text.length : end, at + 120));
}

/** Labels that name a record number outright: a small practice's five-digit chart number is one (`Chart # 48213`). */
const NAMES_A_RECORD = /^(?:mrn|mr ?#|medical|med|chart|ur)/;

/** A date (`MRN updated 2024-01-15` is no id). */
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$/;

/**
 * Medical record numbers and similar patient identifiers: an id directly after words such as
 * "MRN", "MR#", "medical record", "patient ID", "pt ID", "NHS number", "hospital number" (or their
 * French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish and German names), after "patient"
 * itself (`Patient I1328687 — home`), a `patient_id` or `medicalRecordNumber` field, or a FHIR
 * identifier typed `MR`.
 */
export const medicalRecordDetector: PiiDetector = {
  kind: 'medical-record-number',
  trigger: new RegExp([
    String.raw`(?<![a-z0-9])mrn(?![a-z0-9])|(?<![a-z0-9])mr ?#|"code\s?\\?"\s?:\s?\\?\s?"mr\b|medical[ _-]?record(?:[ _-]?n(?:o|umber))?|med\.? rec\.?(?: no)?`,
    String.raw`patient(?:en)?[ _-]?(?:id|no|nr|number|nummer|#)|patient(?= [a-z]{0,3}-?\d)|(?<![a-z0-9])pt\.? ?(?:id|no|#)|(?<![a-z])pat\.?-? ?nr\b`,
    String.raw`chart[ _-]?(?:no|number|num|#)|health[ _]?record(?:[ _]number)?|nhs (?:no|number)|nhs(?= \d{3} \d{3} \d{4}(?!\d))|medicare(?: (?:card|no|number|id)(?: (?:no|number))?)?|(?<![a-z])ur ?(?:no|number|#)|hosp(?:ital)?\.?[ _-]?(?:no|number|id|#)|unit (?:no|number)\b`,
    // Other languages: IPP, dossier patient (fr), historia clínica, NHC (es), prontuário, processo clínico (pt), cartella clinica (it),
    // patiëntnummer, Patiënt-ID, ziekenhuisnummer (nl), journalnummer (sv), historii choroby, pacjenta, kartoteki (pl), N.º processo (pt);
    // ë by its ASCII part, and as the JSON dataset scan reads an escaped one (five spaces before it).
    String.raw`(?<![a-z])ipp(?=[ :"#._)=,-])|dossier (?:patient|m[ée]dical|medical)|historia cl[ií]nica|(?<![a-z])n?hc(?![a-z])|prontu[aá]rio|processo cl[ií]nico`,
    String.raw`cartella clinica|cartella n(?:r|o)?\b|(?:id|codice|n\.?) paziente|(?<![a-z])pid(?= ?[:#=]| [a-z0-9])|(?<![a-z])nhi(?![a-z])|(?<=pati(?: {5})?ë)nt[ _-]?(?:id|nr|nummer)|ziekenhuisnummer|journalnummer|journalnr|historii choroby|pacjenta|kartoteki`,
    String.raw`(?<=(?:n\.?(?: {5})?[º°]\.?|n(?: {5})?[úu]mero de) )processo`,
    // `record 0041935` alone: taken only with a clinic's word on the line (inspect).
    String.raw`(?<![a-z_])record(?: (?:no|nr|number|#)\.?)?(?= ?[:#]? ?[a-z]{0,3}-?\d)`,
  ].join('|'), 'gi'),
  literals: [
    'mrn', 'mr#', 'mr #', '"code', 'med', 'patient', 'pt id', 'pt. id', 'pt.id', 'ptid', 'pt no', 'pt. no', 'pt.no', 'ptno', 'pt#', 'pt #', 'pt.#', 'pt. #', ...['', '.', '-', ' ', '.-', '. ', '- ', '.- '].map((between) => `pat${between}nr`), 'chart', 'health', 'nhs ', 'hosp', 'ur no', 'urno', 'ur number', 'urnumber', 'ur#', 'ur #',
    'unit no', 'unit number', ...[' ', ':', '"', '#', '.', '_', ')', '=', ',', '-'].map((after) => `ipp${after}`), 'dossier ', 'historia cl', 'hc', 'nhc', 'prontu', 'processo cl', 'cartella clinica', 'cartella n', 'id paziente', 'codice paziente', 'n. paziente', 'n paziente', 'pid:', 'pid :', 'pid#', 'pid #', 'pid=', 'pid =', 'pid ', 'nhi', 'ntnummer', 'nt-nummer', 'nt nummer', 'nt_nummer', 'ntid', 'nt-id', 'nt id', 'nt_id', 'ntnr', 'nt-nr', 'nt nr', 'nt_nr',
    'ziekenhuisnummer', 'journalnummer', 'journalnr', 'historii choroby', 'pacjenta', 'kartoteki', 'processo', 'record',
  ],
  inspect(text, at, found) {
    const from = at.index + at[0].length;
    const word = at[0].toLowerCase();
    if (word.startsWith('record') && !CLINICAL_LINE.test(lineAround(text, at.index))) return;
    if (word.startsWith('patient') && ANIMAL_BEFORE.test(text.slice(Math.max(0, at.index - 40), at.index))) return; // `Feline patient ID 3043`
    if (word === 'nhi') return nationalHealthIndex(text, from, found);
    if (word.startsWith('"code')) return fhirIdentifierValue(text, from, found);
    if (word.startsWith('medicare') && australianMedicareNumber(text, from, found)) return;
    if (word === 'medicare') return;
    // `Prior MRN at St. Luke's: 00956625`: the hospital that issued it comes between.
    const site = word === 'mrn' ? ISSUER.exec(text.slice(from, from + 48)) : null;
    const idFrom = from + (site ? site[0].length : 0);
    const m = IDENTIFIER.exec(text.slice(idFrom, idFrom + 48));
    if (!m) return;
    const start = idFrom + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const digits = m[1].replace(/\D/g, '');
    if (digits.length < (NAMES_A_RECORD.test(word) ? 5 : 6) || digits.length > 12 || DATE_SHAPE.test(m[1]) || touchesToken(text, start, end)) return;
    // A process's id (`PID: 4711`) has no letters, no leading zero and at most seven digits; a patient's may.
    if (word.startsWith('pid') && /^[1-9]\d{0,6}$/.test(m[1])) return;
    // `NHS 173 440 9282` without `number`: only with the NHS check digit.
    if (word === 'nhs' && !validNhsNumber(digits)) return;
    found.push({ kind: 'medical-record-number', start, end });
  },
};

/**
 * A FHIR identifier typed `MR` (`"type":{"coding":[{"system":"…/v2-0203","code":"MR"}]},"system":"urn:oid:…","value":"848265932"`):
 * the next `value`, the identifier's own, also in JSON escaped inside a string.
 */
export const FHIR_VALUE = /^[^\n]{0,200}?"value\s?\\?"\s?:\s?\\?\s?"\s?([A-Za-z0-9][A-Za-z0-9-]{3,23})(?=\s?\\?")/;

function fhirIdentifierValue(text: string, from: number, found: PiiDetection[]): void {
  const m = FHIR_VALUE.exec(text.slice(from, from + 260));
  if (!m) return;
  const end = from + m[0].length;
  const start = end - m[1].length;
  if (m[1].replace(/\D/g, '').length >= 4 && !touchesToken(text, start, end)) found.push({ kind: 'medical-record-number', start, end });
}

/** `at St. Luke's:`, `from Mercy General -`: the issuing site between `MRN` and the number. */
const ISSUER = /^ (?:at|from) [A-Z][\w.'’&-]{0,30}(?: [A-Z][\w.'’&-]{0,30}){0,4} ?[:#-]/;

/** The NHS number's check digit: weights 10 to 2 over the first nine digits, mod 11. */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}

/** An Australian Medicare card number (`2123 45670 1`, with its issue number `2123 45670 1-1`), after `Medicare (card|no):`. */
const MEDICARE_CARD = /^[^\w\n]{0,4}(?:(?:is|no|number|nr)\b[^\w\n]{0,4})?([2-6]\d{3} ?\d{5} ?\d(?:[ \/-]?[1-9])?)(?![\w-])/i;

function australianMedicareNumber(text: string, from: number, found: PiiDetection[]): boolean {
  const m = MEDICARE_CARD.exec(text.slice(from, from + 32));
  if (!m || !validMedicareNumber(m[1].replace(/\D/g, '').slice(0, 10))) return false;
  const start = from + m[0].length - m[1].length;
  found.push({ kind: 'medical-record-number', start, end: start + m[1].length });
  return true;
}

/** The Medicare check digit: weights 1, 3, 7, 9, 1, 3, 7, 9 over the first eight digits, mod 10, is the ninth. */
export function validMedicareNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return sum % 10 === Number(digits[8]);
}

/** New Zealand's National Health Index number in its first format: three letters (no I or O), four digits. */
const NHI = /^[\s:#-]{0,3}([A-HJ-NP-Z]{3}\d{4})(?![\w-])/;

function nationalHealthIndex(text: string, from: number, found: PiiDetection[]): void {
  const m = NHI.exec(text.slice(from, from + 12));
  if (!m || !validNhi(m[1])) return;
  const start = from + m[0].length - m[1].length;
  found.push({ kind: 'medical-record-number', start, end: start + m[1].length });
}

/** The NHI check digit: letters valued A=1 … Z=24 skipping I and O, weights 7 to 2, mod 11. */
export function validNhi(nhi: string): boolean {
  const value = (c: string) => (/\d/.test(c) ? Number(c) : 'ABCDEFGHJKLMNPQRSTUVWXYZ'.indexOf(c) + 1);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += value(nhi[i]) * (7 - i);
  const remainder = sum % 11;
  if (remainder === 0) return false;
  return (11 - remainder) % 10 === Number(nhi[6]);
}
