import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import type { PiiDetection, PiiDetector } from './pii-kind';
import { namedAsOtherId, textBefore, touchesToken } from './context';
import { matchesAroundRun, NUMBER_RUN } from './triggers';

/** An extension (`x123`, `ext. 204`), which the finding takes in. */
const EXTENSION_SOURCE = String.raw`(?: ?x| ?ext\.? ?| extension )\d{1,5}`;
const EXTENSION = new RegExp(`${EXTENSION_SOURCE}$`);
/** The number, then an extension, and nothing word-like glued after it. */
const PHONE_SHAPE = new RegExp(String.raw`(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,15}(?:[ .-]\(?\d{1,8}\)?|(?<=(?:^|[^\d])0\d{1,4})\/\d{3,9}){0,5}(?:${EXTENSION_SOURCE})?(?![\w\/-])`, 'g');
/** `001-415-555-2671`, `0044 20 7946 0958`: the international call prefix where others write +, with separators (bare 00… runs are ids). */
const CALL_PREFIX = /^00(?=\d{1,3}[ .-])/;
const INTERNATIONAL = /^\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?)(?:[ .-]?\d{1,8}){1,5}$/;
const NANP = /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
/** Words for a phone number, in the languages training data is most often in (`tél`, `Telefon`, `móvil`), and the verbs that give one (`ring me`). */
const PHONE_WORDS = String.raw`\b(?:phone|ph|tel|tél|telephone|téléphone|telefon|telefono|teléfono|tlf|mobile|mob|mobil|mobiel|móvil|movil|cell|cellular|cellulare|handy|celular|telefone|rufnummer|msisdn|landline|hotline|helpline|voicemail|call|called|calling|dial|fax|whatsapp|sms|contact|my number|(?:ring|text|txt|reach) (?:me|us|him|her|them))\b`;
const PHONE_CONTEXT = new RegExp(`${PHONE_WORDS}[^0-9]{0,16}$`);
/** A phone word earlier on the line, whatever is between (`Emergency contact: Aisha Johnson, (0117) 494 8040`). */
const PHONE_NEAR = new RegExp(`${PHONE_WORDS}[^0-9]*$`);
/** The same words labelling the number itself (`call me at`, `tel.:`, `mobile number is`): enough to take a number the library does not know. */
const PHONE_LABEL = new RegExp(`${PHONE_WORDS}(?:[\\s.:#,"'=-]|\\b(?:me|us|him|her|them|at|on|from|via|is|my|his|their|number|no)\\b){0,12}$`);
/** The word right before the number makes it another field (`call_id`, `contact_type`, `phone_count`), whatever phone word came earlier. */
const OTHER_FIELD = /\b(?:id|ids|count|type|status|duration|log)\b[^a-z0-9]*$/;
/** A national number with its trunk prefix (`020 7946 0958`, `(030) 1234567`, `0412 345 678`, `0221/2668468`). */
const NATIONAL = /^(?:0\d{1,4}|\(0\d{1,4}\))(?:[ .\/-]?\d{1,8}){1,4}$/;
/** Regions a national number is read in, in turn (common in training data after the US). */
const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'AU', 'IT', 'ES', 'NL', 'IE', 'BR', 'JP', 'IN', 'AT', 'CH', 'BE', 'SE', 'NZ', 'ZA'];
/** National numbers written without a trunk 0 (`608 12 99 49`, `349-9518482`, `98765 43210`, `(11) 98765-4321`), taken grouped after a phone word only; a two-digit area code only in parentheses (`12-3456789` is a tax id's shape). */
const WITHOUT_TRUNK = /^(?:\(\d{2}\) ?[1-9]\d{3,4}|[1-9]\d{2,4})(?:[ .-]?\d{1,6}){1,4}$/;
const WITHOUT_TRUNK_REGIONS: readonly CountryCode[] = ['ES', 'IT', 'IN', 'BR', 'PT', 'PL'];
/** Dotted groupings people dial: North American `415.555.2671`, French `05.82.46.72.27`. */
const DOTTED_PHONE = /^(?:(?:\+\d{1,3}\.)?\d{3}\.\d{3}\.\d{4}|0\d(?:\.\d{2}){4})$/;
/** 3-2-4: how SSNs are written, no country's phone numbers. */
const SSN_SHAPED = /^\d{3}-\d{2}-\d{4}$/;
/** A numeric date (`03/12/1985`, `01-02-2024`), not a number to dial. */
const NUMERIC_DATE = /^\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}$/;
/** Digits a national number written with nothing labelling it needs (shorter ones are too often other numbers). */
const UNLABELLED_MIN_DIGITS = 10;

/**
 * Phone numbers: international (`+44 20 7946 0958`, `+1-415-555-2671`, `001-415-555-2671`: a country
 * code and a length that country dials), North American national (`(415) 555-2671`, `415.555.2671`,
 * `1-800-555-0199`, ten bare digits after a word such as "phone"), other national numbers with
 * their trunk 0, after a phone word or written exactly as their country groups them
 * (`07465 342457`, `0221/2668468`), and national numbers without one after a phone word
 * (`móvil 608 12 99 49`). libphonenumber-js reads them: a national number must be valid in its
 * region, or a North American one at least of a possible length when a word labels it (test data
 * and fiction use unassigned area codes). An extension (`415-555-2671x204`, `ext. 204`) belongs
 * to the finding. A number named as another id (`ticket 020 7946 0958`) is none.
 */
export const phoneNumberDetector: PiiDetector = {
  kind: 'phone-number',
  trigger: NUMBER_RUN,
  inspect(text, run, found) {
    matchesAroundRun(text, run.index, run.index + run[0].length, PHONE_SHAPE, (m) => {
      const value = m[0].trimEnd();
      const start = m.index;
      const end = start + value.length;
      const number = value.replace(EXTENSION, '').replace(CALL_PREFIX, '+');
      const digits = number.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15 || touchesToken(text, start, end)) return;
      // Dotted runs that are really versions or dates (1.2.3, 2024.01.15) have other groupings.
      if (number.includes('.') && !DOTTED_PHONE.test(number)) return;
      const parsed = readPhoneNumber(number, new PhoneContext(text, start));
      if (parsed && !foundAlready(found, start)) found.push({ kind: 'phone-number', start, end, detail: parsed.country });
    });
  },
};

/** No phone word makes an id's label a phone's (`in the call, ticket 0207 946 0958` is the ticket). */
const NO_OWN_WORDS = /(?!)/;

/** What the text before a number says of it, worked out only when asked. */
class PhoneContext {
  private textBefore: string | undefined;
  private otherField: boolean | undefined;

  constructor(private readonly text: string, private readonly start: number) {}

  /** A phone word shortly before. */
  near(): boolean {
    return !this.namedOtherField() && PHONE_CONTEXT.test(this.before());
  }

  /** A phone word labelling it. */
  labelled(): boolean {
    return !this.namedOtherField() && PHONE_LABEL.test(this.before());
  }

  /** A phone word earlier on the line, and no other id's label right before. */
  onLine(): boolean {
    return !this.namedOtherField() && PHONE_NEAR.test(this.before()) && !namedAsOtherId(this.text, this.start, NO_OWN_WORDS);
  }

  /** Named as another id (`ticket`, `ref`, `call_id`). */
  otherId(): boolean {
    return this.namedOtherField() || namedAsOtherId(this.text, this.start, NO_OWN_WORDS);
  }

  private before(): string {
    return (this.textBefore ??= textBefore(this.text, this.start, 40));
  }

  private namedOtherField(): boolean {
    return (this.otherField ??= OTHER_FIELD.test(this.before()));
  }
}

/** An extension's digits are a run of their own (`…2671x9415.555…`), whose inspection sees the number again. */
function foundAlready(found: readonly PiiDetection[], start: number): boolean {
  for (let i = found.length - 1; i >= 0 && found[i].end > start; i--) {
    if (found[i].kind === 'phone-number' && found[i].start === start) return true;
  }
  return false;
}

function readPhoneNumber(value: string, context: PhoneContext): PhoneNumber | undefined {
  if (value.startsWith('+')) {
    const parsed = INTERNATIONAL.test(value) ? parsePhoneNumberFromString(value) : undefined;
    return parsed?.isPossible() ? parsed : undefined;
  }
  if (NANP.test(value) || (/^\d{10}$/.test(value) && context.near())) {
    const parsed = parsePhoneNumberFromString(value, 'US');
    return parsed && (parsed.isValid() || (parsed.isPossible() && context.labelled())) ? parsed : undefined;
  }
  if (NUMERIC_DATE.test(value)) return undefined;
  const grouped = /\D/.test(value);
  if (NATIONAL.test(value)) {
    // A phone word earlier on the line says so of a number written as one (grouped); a bare run needs its label.
    const saidSo = grouped ? context.onLine() : context.labelled();
    // Unlabelled, a number must be long, grouped, and grouped as its country writes it.
    const mayStandAlone = !saidSo && grouped && value.replace(/\D/g, '').length >= UNLABELLED_MIN_DIGITS;
    if (!saidSo && !mayStandAlone) return undefined;
    for (const region of NATIONAL_REGIONS) {
      const parsed = parsePhoneNumberFromString(value, region);
      if (parsed?.isValid() && (saidSo || (writtenAsNational(value, parsed) && !context.otherId()))) return parsed;
    }
    return undefined;
  }
  // Without a trunk 0 a bare run is any number: only a grouped one after a phone word.
  if (!grouped || !WITHOUT_TRUNK.test(value) || SSN_SHAPED.test(value) || !context.onLine()) return undefined;
  for (const region of WITHOUT_TRUNK_REGIONS) {
    const parsed = parsePhoneNumberFromString(value, region);
    if (parsed?.isValid()) return parsed;
  }
  return undefined;
}

/** Whether `value` groups its digits as the number's country writes it (`07465 342457`, not `0746 534 2457`). */
function writtenAsNational(value: string, parsed: PhoneNumber): boolean {
  const groups = (written: string) => written.split(/\D+/).filter(Boolean).map((group) => group.length).join();
  return groups(value) === groups(parsed.formatNational());
}
