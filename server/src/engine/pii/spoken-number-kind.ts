import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js';
import type { PiiKind } from './pii-kind';
import type { SpokenCueKind } from './spoken-cues';
import { isValidSsn } from './us-ssn';
import { cardIssuer, luhnValid } from './payment-card';
import { NATIONAL_REGIONS, validInFirstRegion } from './phone-number';
import { isFictional, isFictionalNational } from './fictional-phone-numbers';

export interface SpokenNumberKind {
  kind: PiiKind;
  detail?: string;
}

/**
 * What read-out `digits` are, given what their cue named, validated as the written detectors
 * validate: an SSN in the issued ranges, a card with an issuer's prefix and length and a valid
 * Luhn digit, a phone number libphonenumber holds valid. A bare `number` is a card or a phone by
 * its digits; an SSN must be named (nine digits are too many other things).
 */
export function spokenNumberKind(cue: SpokenCueKind, digits: string): SpokenNumberKind | undefined {
  switch (cue) {
    case 'us-ssn': return digits.length === 9 && isValidSsn(digits) ? { kind: 'us-ssn' } : undefined;
    case 'credit-card': return asCard(digits);
    case 'phone-number': return asPhone(digits);
    case 'number': return asCard(digits) ?? asPhone(digits);
    default: return undefined;
  }
}

function asCard(digits: string): SpokenNumberKind | undefined {
  const issuer = luhnValid(digits) ? cardIssuer(digits) : undefined;
  return issuer ? { kind: 'credit-card', detail: issuer } : undefined;
}

function asPhone(digits: string): SpokenNumberKind | undefined {
  const parsed = readSpokenPhone(digits);
  return parsed ? { kind: 'phone-number', detail: parsed.country } : undefined;
}

/**
 * A phone number read out whole: North American (ten digits, or eleven after a 1) or national with
 * its trunk 0 in the regions the written detector reads (ten or eleven digits), valid and not
 * kept for fiction. Shorter national numbers and ones without a trunk 0 are left out: bare, they
 * are as often counts, codes or dates.
 */
function readSpokenPhone(digits: string): PhoneNumber | undefined {
  if (digits.length < 10 || digits.length > 11) return undefined;
  if (digits[0] !== '0') {
    if (digits.length === 11 && digits[0] !== '1') return undefined;
    const parsed = parsePhoneNumberFromString(digits, 'US');
    return parsed?.isValid() && !isFictional(parsed) ? parsed : undefined;
  }
  return isFictionalNational(digits) ? undefined : validInFirstRegion(digits, NATIONAL_REGIONS);
}
