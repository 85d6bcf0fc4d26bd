import { textBefore } from './context';

/**
 * Words that name the number about to be read out: the agent's question (`can I have your social
 * security number`, `go ahead with the card number`, `what's the best number`) or the caller's
 * lead-in (`my social is`). The spoken-number detector's trigger: these are rare in prose, while
 * digit words are everywhere.
 */
export const SPOKEN_CUE = /social(?: ?security| sec\b)?(?: number| no\b| #)?|(?<![a-z])ssn(?![a-z])|(?<![a-z])ss ?#|card(?: number| no\b| #)?|(?<![a-z])visa(?![a-z])|(?<![a-z])amex(?![a-z])|american express|phone(?: number| no\b| #)?|(?<![a-z])cell(?: ?phone)?(?: number)?(?![a-z])|mobile(?: number)?|call ?back(?: number)?|call (?:you|me) back|number|digits/gi;

/**
 * The ASCII literals every `SPOKEN_CUE` match starts with; short, since the scan tries the cue at
 * each offset a literal of the longest length may start at.
 */
export const SPOKEN_CUE_LITERALS: readonly string[] = [
  'social', 'ssn', 'ss#', 'ss #', 'card', 'visa', 'amex', 'american', 'phone', 'cell', 'mobile',
  'callback', 'call back', 'call you', 'call me', 'number', 'digits',
];

/** A cue's kind; `number` names no kind (phone or card, by the digits), `other-id` names something else (`order number`). */
export type SpokenCueKind = 'us-ssn' | 'credit-card' | 'phone-number' | 'number' | 'other-id';

/** `social` alone is the SSN after a possessive (`your social?`, `my social is`), not before another word (`my social media`). */
export const POSSESSIVE_BEFORE = /\b(?:my|your|his|her|their|the)\s+$/;
export const WORD_AFTER = /^\s*(?!(?:is|was|please)\b)[a-z]/i;
/** Ids people read out that are none of the kinds (`account number`, `order no.`, `confirmation_number`). */
export const OTHER_ID_BEFORE = /\b(?:account|acct|order|confirmation|conf|member|membership|policy|reference|ref|tracking|case|claim|ticket|routing|serial|model|part|invoice|booking|reservation|flight|seat|room|house|apartment|apt|unit|employee|student|customer|client|license|licence|passport|registration|group|rx|prescription|lot|item|page|badge|extension|ext|pin|zip|postal|id|record|patient|medicare|medicaid|tax|vin|transaction|version|lottery|lucky|winning|random|magic|prime|even|odd|whole|chapter|verse|line|row|column|issue|episode|track|product|sku|batch|shipment|parcel|gate|platform|route|table|jersey|file)\s*$/;

/** The kind a `SPOKEN_CUE` match `cue` at `start` names, or undefined where the word names none (`social media`). */
export function spokenCueKind(text: string, start: number, cue: string): SpokenCueKind | undefined {
  const word = cue.toLowerCase();
  if (word === 'social') return POSSESSIVE_BEFORE.test(textBefore(text, start, 12)) && !WORD_AFTER.test(text.slice(start + 6, start + 16)) ? 'us-ssn' : undefined;
  if (word.startsWith('soc') || word.startsWith('ss')) return 'us-ssn';
  if (word.startsWith('card') || word === 'visa' || word === 'amex' || word === 'american express') return 'credit-card';
  if (word === 'number' || word === 'digits') return OTHER_ID_BEFORE.test(textBefore(text, start, 24)) ? 'other-id' : 'number';
  return 'phone-number';
}
