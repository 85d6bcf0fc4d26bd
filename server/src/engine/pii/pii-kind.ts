/** The kinds of personal data the detectors find. Ids double as the `pii_kinds` written to manifests. */
export type PiiKind =
  | 'email' | 'phone-number' | 'us-ssn' | 'credit-card' | 'iban' | 'date-of-birth' | 'medical-record-number'
  | 'sensitive-field';

/** How much a kind raises a dataset's classification: 2 = highest level, 1 = the level below it. */
export const KIND_SENSITIVITY: Record<PiiKind, 1 | 2> = {
  'email': 1,
  'phone-number': 1,
  'date-of-birth': 1,
  'sensitive-field': 1,
  'us-ssn': 2,
  'credit-card': 2,
  'iban': 2,
  'medical-record-number': 2,
};

/** Singular and plural names for messages and summaries ("88 SSNs"). */
export const KIND_NAMES: Record<PiiKind, [string, string]> = {
  'email': ['email address', 'email addresses'],
  'phone-number': ['phone number', 'phone numbers'],
  'us-ssn': ['SSN', 'SSNs'],
  'credit-card': ['card number', 'card numbers'],
  'iban': ['IBAN', 'IBANs'],
  'date-of-birth': ['date of birth', 'dates of birth'],
  'medical-record-number': ['medical record number', 'medical record numbers'],
  'sensitive-field': ['sensitive field name', 'sensitive field names'],
};

export function isPiiKind(value: string): value is PiiKind {
  return Object.prototype.hasOwnProperty.call(KIND_SENSITIVITY, value);
}

/** One detection in a text: offsets into the scanned string; never carries the value onward. */
export interface PiiDetection {
  kind: PiiKind;
  start: number;
  end: number;
  /** Card issuer, phone region...: safe, non-identifying detail for the message. */
  detail?: string;
  /**
   * A published example (a provider's test card, a documentation IBAN): it claims its text, so no
   * other detector reads a piece of it as something else, and is then dropped.
   */
  placeholder?: true;
}

/**
 * A detector is two-stage: a cheap, shared `trigger` regex locates spots worth a look (a run of
 * digits, an `@`, a context word), and `inspect` validates there with the precise pattern and
 * checks (Luhn, mod-97, ranges, libphonenumber). Detectors sharing a trigger object share its pass.
 */
export interface PiiDetector {
  kind: PiiKind;
  /** Global, linear-time regex; cheap because it runs over everything. */
  trigger: RegExp;
  /**
   * ASCII literals of which every `trigger` match starts with one (in any letter case): the scan then
   * finds them with one automaton pass and runs the trigger only there (a case-insensitive word
   * alternation is slow over all of a text).
   */
  literals?: readonly string[];
  inspect(text: string, at: RegExpExecArray, found: PiiDetection[]): void;
}
