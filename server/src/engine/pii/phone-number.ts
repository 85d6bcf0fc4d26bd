import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
import type { PiiDetection, PiiDetector } from './pii-kind';
import { insideIbanShape, touchesToken } from './context';
import { PhoneContext } from './phone-context';
import { isFictional, isFictionalNational } from './fictional-phone-numbers';
import { matchesAroundRun, NUMBER_RUN } from './triggers';

/** An extension (`x123`, `ext. 204`), which the finding takes in. */
const EXTENSION_SOURCE = String.raw`(?: ?x| ?ext\.? ?| extension )\d{1,5}`;
const EXTENSION = new RegExp(`${EXTENSION_SOURCE}$`);
/** The number, then an extension, and nothing word-like glued after it. */
export const PHONE_SHAPE = new RegExp(String.raw`(?<![\w+.\/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,15}(?:[ .-]\(?\d{1,8}\)?|(?<=(?:^|[^\d])0\d{1,4}) ?\/ ?\d{3,9}){0,5}(?:${EXTENSION_SOURCE})?(?![\w\/-])`, 'g');
/** `001-415-555-2671`, `0044 20 7946 0958`: the international call prefix where others write +, with separators (bare 00… runs are ids). */
const CALL_PREFIX = /^00(?=\d{1,3}[ .-])/;
const INTERNATIONAL = /^\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?)(?:[ .-]?\d{1,8}){1,5}$/;
const NANP = /^(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])\d{3}[ .-]\d{4}$/; // an area code never starts with 0 or 1
/** A national number with its trunk prefix (`020 7946 0958`, `(030) 1234567`, `0412 345 678`, `0221/2668468`). */
const NATIONAL = /^(?:0\d{1,4}|\(0\d{1,4}\))(?:[ .\/-]?\d{1,8}){1,4}$/;
/** Regions a national number is read in, in turn (common in training data after the US). */
export const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'AU', 'IT', 'ES', 'NL', 'IE', 'BR', 'JP', 'IN', 'AT', 'CH', 'BE', 'SE', 'NZ', 'ZA'];
/** National numbers written without a trunk 0 (`608 12 99 49`, `349-9518482`, `98765 43210`, `(11) 98765-4321`, `(22) 581 96 68`, `9 6123 2581`, `8690 7773`), taken after a phone word (bare, only right after it); a two-digit area code in parentheses, before three more groups (`91 123 45 67`) or before two of four (`55 5443 4495`); `12-3456789` is a tax id's shape. */
const WITHOUT_TRUNK = /^(?:(?:\(\d{2}\) ?[1-9]\d{3,4}|[1-9]\d{2,4})(?:[ .-]?\d{1,6}){1,4}|\(\d{2}\) ?[1-9]\d{2}(?:[ -]\d{2}){2}|[1-9][ .-]\d{4}[ .-]\d{4}|[1-9]\d(?:[ .-]\d{2,3}){3}|[1-9]\d(?:[ .-]\d{4}){2}|[1-9]\d[ .-]\d{3}[ .-]\d{4})$/;
const WITHOUT_TRUNK_REGIONS: readonly CountryCode[] = ['ES', 'IT', 'IN', 'BR', 'PT', 'PL', 'SG', 'MX'];
/**
 * Regions a number a phone word labels is read in too, after the usual ones: a label vouches for
 * it, so the regions whose numbers look like other ids more often than like phones come in here.
 */
const LABELLED_REGIONS: readonly CountryCode[] = ['TR', 'PL', 'PT', 'MX', 'AR', 'CO', 'CL', 'PE', 'NG', 'KE', 'EG', 'PH', 'ID', 'MY', 'SG', 'HK', 'DK', 'NO', 'FI', 'CZ', 'RO', 'GR', 'IL', 'AE', 'SA', 'KR', 'CN'];
/** `00442037820259`: the call prefix before a country code, digits only; a phone word labelling it tells it from an id. */
const BARE_CALL_PREFIX = /^00[1-9]\d{7,13}$/;
/** A labelled run of 11 to 15 digits no region reads: the international number without its + (`msisdn 2348031234567`). */
const BARE_INTERNATIONAL = /^[1-9]\d{10,14}$/;
/** Dotted groupings people dial: North American `415.555.2671`, French `05.82.46.72.27`. */
const DOTTED_PHONE = /^(?:(?:\+\d{1,3}\.)?\d{3}\.\d{3}\.\d{4}|0\d(?:\.\d{2}){4})$/;
/** 3-2-4: how SSNs are written, no country's phone numbers. */
const SSN_SHAPED = /^\d{3}-\d{2}-\d{4}$/;
/** Groups of three, as thousands are written (`612 345 678`). */
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;
/** A US ZIP+4 code (`89499-2877`). */
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;
/** A Unix time in seconds or milliseconds from 2001 to 2033 (`1700001805`, `1700001805123`), written bare. */
const EPOCH_TIME = /^1\d{9}(?:\d{3})?$/;
/** A numeric date (`03/12/1985`, `01-02-2024`, `2017-09-04`), not a number to dial. */
const NUMERIC_DATE = /^(?:\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}|\d{4}([\/.-])\d{1,2}\1\d{1,2})$/;
/** Digits a national number written with nothing labelling it needs (shorter ones are too often other numbers). */
const UNLABELLED_MIN_DIGITS = 10;

/**
 * Phone numbers: international (`+44 20 7946 0958`, `+1-415-555-2671`, `001-415-555-2671`: a country
 * code and a length that country dials), North American national (`(415) 555-2671`, `415.555.2671`,
 * `1-800-555-0199`, ten bare digits after a word such as "phone"), other national numbers with
 * their trunk 0, after a phone word or starting with the group their country writes first
 * (`07465 342457`, `07805 119 984`, `0221/2668468`), and national numbers without one after a phone word
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
      const value = withoutUnopenedParen(m[0].trimEnd());
      const start = m.index;
      const end = start + value.length;
      // `0711 / 0474932`, as German numbers were long written (also `0711\/…` escaped, read as `0711 /…`): one slash.
      const number = value.replace(EXTENSION, '').replace(CALL_PREFIX, '+').replace(/ ?\/ ?/, '/');
      const digits = number.replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15 || touchesToken(text, start, end)) return;
      // Dotted runs that are really versions or dates (1.2.3, 2024.01.15) have other groupings.
      if (number.includes('.') && !DOTTED_PHONE.test(number)) return;
      const parsed = readPhoneNumber(number, digits, new PhoneContext(text, start, end));
      if (!parsed || foundAlready(found, start) || isAmount(text, start, end)) return;
      if (number[0] !== '+' && insideIbanShape(text, start)) return; // `IBAN NL31 INGB 0745 1989 12`, valid or not
      found.push({ kind: 'phone-number', start, end, detail: parsed.country });
    });
  },
};

/** A currency before or after the number (`612 345 678 euros`, `€ 0612 345 678`): an amount. */
const CURRENCY_AFTER = /^ ?(?:€|£|\$|euros?|eur|usd|gbp|chf|sek|nok|dkk|pln|zł|dollars?|pesos?|reais|kr)(?![a-z])/i;
const CURRENCY_BEFORE = /(?:€|£|\$|(?<![a-z])(?:eur|usd|gbp|chf|sek|nok|dkk|pln))\s?$/i;

function isAmount(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 8)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** `+1 919 434 6876)`: the parenthesis closes the aside the number is in (`Dana (+1 919 434 6876)`), not a group of the number. */
function withoutUnopenedParen(value: string): string {
  return value.endsWith(')') && value.split('(').length < value.split(')').length ? value.slice(0, -1) : value;
}

/** An extension's digits are a run of their own (`…2671x9415.555…`), whose inspection sees the number again. */
function foundAlready(found: readonly PiiDetection[], start: number): boolean {
  for (let i = found.length - 1; i >= 0 && found[i].end > start; i--) {
    if (found[i].kind === 'phone-number' && found[i].start === start) return true;
  }
  return false;
}

/** `value` with its extension and call prefix resolved; `digits`, its digits. */
function readPhoneNumber(value: string, digits: string, context: PhoneContext): PhoneNumber | undefined {
  if (value.startsWith('+')) {
    const parsed = INTERNATIONAL.test(value) ? parsePhoneNumberFromString(value) : undefined;
    return parsed?.isPossible() && !isFictional(parsed) ? parsed : undefined;
  }
  if (BARE_CALL_PREFIX.test(value)) return context.labelled() ? validInternational(`+${value.slice(2)}`) : undefined;
  if (NANP.test(value) || (/^[2-9]\d{9}$/.test(value) && context.near())) { // a North American area code never starts with 0 or 1
    const parsed = parsePhoneNumberFromString(value, 'US');
    if (!parsed || isFictional(parsed) || context.otherId()) return undefined; // `Account no.: 807 726 0037`
    return parsed.isValid() || (parsed.isPossible() && context.labelled()) ? parsed : undefined;
  }
  if (NUMERIC_DATE.test(value) || EPOCH_TIME.test(value)) return undefined;
  const grouped = /\D/.test(value);
  if (NATIONAL.test(value)) {
    if (isFictionalNational(digits)) return undefined;
    // A phone word earlier on the line says so of a number written as one (grouped, or the 10-11 digits
    // of a national number); a longer bare run needs its label.
    const bareLength = !grouped && value.length >= 10 && value.length <= 11;
    const saidSo = grouped || bareLength ? context.onLine() : context.labelled();
    // Unlabelled, a number must be long, grouped, and grouped as its country writes it.
    const mayStandAlone = !saidSo && grouped && digits.length >= UNLABELLED_MIN_DIGITS;
    if (!saidSo && !mayStandAlone) return undefined;
    for (const region of [...context.scriptRegions(), ...NATIONAL_REGIONS, ...(saidSo ? LABELLED_REGIONS : [])]) {
      const parsed = parsePhoneNumberFromString(value, region);
      if (!parsed?.isValid() || isFictional(parsed)) continue;
      if (saidSo || (writtenAsNational(value, parsed) && !context.otherId())) return parsed;
    }
    return undefined;
  }
  // Without a trunk 0: a grouped number after a phone word on its line; a bare run, or groups of three
  // as thousands are written (`612 345 678 euros`), only labelled.
  if (!WITHOUT_TRUNK.test(value) || SSN_SHAPED.test(value) || ZIP_PLUS_4.test(value)) return undefined;
  if (!(grouped && !THOUSANDS.test(value) ? context.onLine() : context.labelled())) return undefined;
  return validInFirstRegion(value, [...context.scriptRegions(), ...WITHOUT_TRUNK_REGIONS, ...LABELLED_REGIONS]) ?? (BARE_INTERNATIONAL.test(value) ? validInternational(`+${value}`) : undefined);
}

/** `value`, with its + and country code, when it is a valid number and none kept for fiction. */
function validInternational(value: string): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(value);
  return parsed?.isValid() && !isFictional(parsed) ? parsed : undefined;
}

/** `value` read in the first of `regions` where it is valid, unless that number is kept for fiction. */
export function validInFirstRegion(value: string, regions: readonly CountryCode[]): PhoneNumber | undefined {
  for (const region of regions) {
    const parsed = parsePhoneNumberFromString(value, region);
    if (parsed?.isValid()) return isFictional(parsed) ? undefined : parsed;
  }
  return undefined;
}

/**
 * Whether `value` starts with the group its country writes first (trunk 0 and area code or mobile
 * prefix: `07805 119 984` as `07805 119984`, `020 7946 0958`), not digits grouped at random.
 */
function writtenAsNational(value: string, parsed: PhoneNumber): boolean {
  const firstGroup = (written: string) => /\d+/.exec(written)?.[0];
  return firstGroup(value) === firstGroup(parsed.formatNational());
}
