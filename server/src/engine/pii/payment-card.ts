import type { PiiDetection, PiiDetector } from './pii-kind';
import { insideIbanShape, namedAsOtherId, touchesToken } from './context';
import { matchesAroundRun, NUMBER_RUN } from './triggers';
import { isPublishedTestCard } from './published-examples';

interface Issuer {
  name: string;
  prefix: (digits: string) => boolean;
  lengths: readonly number[];
}

const between = (digits: string, size: number, low: number, high: number): boolean => {
  const n = Number(digits.slice(0, size));
  return n >= low && n <= high;
};

/** Issuer identification ranges of the major networks (ISO/IEC 7812 IIN tables). */
const ISSUERS: readonly Issuer[] = [
  { name: 'Visa', prefix: (d) => d[0] === '4', lengths: [13, 16, 19] },
  { name: 'Mastercard', prefix: (d) => between(d, 2, 51, 55) || between(d, 4, 2221, 2720), lengths: [16] },
  { name: 'American Express', prefix: (d) => d.startsWith('34') || d.startsWith('37'), lengths: [15] },
  { name: 'Discover', prefix: (d) => d.startsWith('6011') || d.startsWith('65') || between(d, 3, 644, 649), lengths: [16, 17, 18, 19] },
  { name: 'Diners Club', prefix: (d) => between(d, 3, 300, 305) || d.startsWith('36') || d.startsWith('38') || d.startsWith('39'), lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'JCB', prefix: (d) => between(d, 4, 3528, 3589), lengths: [16, 17, 18, 19] },
  { name: 'UnionPay', prefix: (d) => d.startsWith('62'), lengths: [16, 17, 18, 19] },
  { name: 'Maestro', prefix: (d) => ['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'].some((p) => d.startsWith(p)), lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function cardIssuer(digits: string): string | undefined {
  return ISSUERS.find((issuer) => issuer.lengths.includes(digits.length) && issuer.prefix(digits))?.name;
}

const CARD_WORDS = /card|visa|master|amex|american express|discover|diners|jcb|unionpay|maestro|credit|debit|\bcc\b|\bpan\b|payment/i;

const CARD_SHAPE = /(?<![\d-])(?:\d{12,19}|\d{4}([ -])\d{4}\1\d{4}\1(?:\d{4}\1\d{1,3}|\d{1,7})|\d{4}([ -])\d{6}\2\d{4,5})(?![\d-])/g;

/**
 * Payment card numbers: 12-19 digits, either unbroken or in the printed groupings (4-4-4-4, 4-4-4-4-3,
 * Amex 4-6-5, Diners 4-6-4) with one kind of separator, a known issuer prefix and a valid
 * Luhn check digit; published test numbers (`4242 4242 4242 4242`) are none. An unbroken run labelled as another identifier (an order or transaction id)
 * is not one, nor are groups inside an IBAN-shaped string (an invalid IBAN's digits).
 */
export const paymentCardDetector: PiiDetector = {
  kind: 'credit-card',
  trigger: NUMBER_RUN,
  inspect(text, run, found) {
    matchesAroundRun(text, run.index, run.index + run[0].length, CARD_SHAPE, (m) => {
      const start = m.index;
      // After a `+`, digits are a phone number in international format (`+4367644610064`).
      if (touchesToken(text, start, start + m[0].length) || text[start - 1] === '+') return;
      // A fifth group is a 19-digit card's, or a number after a 16-digit one (`4111 … 1111 122`, a CVV).
      const fifth = /^(?:\d{4}[ -]){4}\d{1,3}$/.test(m[0]) ? m[0].slice(0, 19) : undefined;
      const card = readCard(text, start, m[0]) ?? (fifth ? readCard(text, start, fifth) : undefined);
      if (card) found.push(card);
    });
  },
};

function readCard(text: string, start: number, value: string): PiiDetection | undefined {
  const digits = value.replace(/\D/g, '');
  if (!luhnValid(digits)) return undefined;
  if (digits.length === value.length ? namedAsOtherId(text, start, CARD_WORDS) : insideIbanShape(text, start)) return undefined;
  const issuer = cardIssuer(digits);
  return issuer ? { kind: 'credit-card', start, end: start + value.length, detail: issuer, placeholder: isPublishedTestCard(digits) || undefined } : undefined;
}
