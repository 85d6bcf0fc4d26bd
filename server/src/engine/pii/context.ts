/** Helpers for detectors that need the words around a candidate ("born", "MRN", "ssn"). */

const FIELD_NAME_PARTS = /_|[a-z][A-Z]|[A-Za-z]-[A-Za-z]/;

/** The lower-cased text up to `span` characters before `index`, within the same line. */
export function textBefore(text: string, index: number, span: number): string {
  const from = Math.max(0, index - span);
  let before = text.slice(from, index);
  const newline = before.lastIndexOf('\n');
  if (newline >= 0) before = before.slice(newline + 1);
  // Field names label too: `phone_number`, `customerSsn`, `social-security-number` read as the words they are made of.
  if (FIELD_NAME_PARTS.test(before)) before = before.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_|(?<=[A-Za-z])-(?=[A-Za-z])/g, ' ');
  return before.toLowerCase();
}

/** Characters that, touching a candidate, show it is part of a larger token (id, hash, path). */
export function touchesToken(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  return isTokenChar(before) || isTokenChar(after);
}

function isTokenChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * An identifier's label right before a number (`"order_id": "`, `transaction id `, `tracking #`,
 * `userId: `, `part no.`, markdown's `**Ticket ID:** ` and `| Ticket ID | `): a number so named is that id, unless words of the detector's own kind
 * belong to the label (`ownWords`: `card id`, `credit_card_id`, `ssn ref`).
 */
const ID_LABEL = /\b(?:id|identifier|order|invoice|tracking|transaction|txn|reference|ref|serial|sku|part|isbn|ean|upc|gtin|imei|ticket|(?<!\bin )case|claim|policy|shipment|parcel|request|session|trace|ndc|npi|lot|batch|account|acct|konto|kontonummer|customer|client|kunden|kundennummer|member|membership)(?:[ _-]?(?:id|no|number|num|nr))?\.?[\s"':=#*|]*$/i;
/** Characters before a number that its label may take, and before a label that its own words may. */
const LABEL_SPAN = 40;
const LABEL_WORDS_SPAN = 12;

export function namedAsOtherId(text: string, start: number, ownWords: RegExp): boolean {
  let before = textBefore(text, start, LABEL_SPAN);
  before = before.slice(before.lastIndexOf('\t') + 1); // a tab-separated cell's label is in the cell
  const label = ID_LABEL.exec(before);
  return label !== null && !ownWords.test(before.slice(Math.max(0, label.index - LABEL_WORDS_SPAN)));
}

/** Characters before a number that the IBAN it belongs to may take. */
const IBAN_SPAN = 40;
/** The start of an IBAN-shaped string and some of its groups: digits that follow belong to it (valid or not). */
const IBAN_SO_FAR = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ -]?(?:[A-Z0-9]{4}[ -]?)*$/;

/** Whether the number at `start` continues an IBAN-shaped string (`NL31 INGB 0745 1989 12`): its digits are the account's. */
export function insideIbanShape(text: string, start: number): boolean {
  return IBAN_SO_FAR.test(text.slice(Math.max(0, start - IBAN_SPAN), start));
}
