import type { PiiDetector } from './pii-kind';
import { namedAsOtherId, textBefore, touchesToken } from './context';
import { matchesAroundRun, NUMBER_RUN } from './triggers';
import { askedInTurnBefore } from './turn-before';

/** Numbers published in advertising and documentation, never issued to a person. */
const KNOWN_SAMPLES = new Set(['078051120', '219099999', '123456789']);
const SSN_WORDS = String.raw`(?:\b(?:ssn|social security(?: number| no)?|social sec|soc\.? ?sec|ss ?(?:number|no|num)|taxpayer id)\b|\bss#)`;
const SSN_CONTEXT = new RegExp(String.raw`${SSN_WORDS}[^0-9]{0,24}$|\b(?:my|his|her|your|their) social(?: ?(?:is|was|number|no\.?|#|:))*\s*$|\bsocial ?(?:#|:|no\.?|number)?\s?$`);
/** The same words asking for the number in the turn before (`what's your social?`). */
export const SSN_ASKED = new RegExp(String.raw`${SSN_WORDS}|\b(?:my|his|her|your|their) social\b`, 'g');
const SSN_SHAPE = /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/g;

export function isValidSsn(digits: string): boolean {
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  // One digit repeated (`111-11-1111`) is a form's filler.
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000' && !KNOWN_SAMPLES.has(digits) && !/^(\d)\1{8}$/.test(digits);
}

/**
 * US social security numbers in the valid ranges: area 001-899 except 666, group 01-99,
 * serial 0001-9999. Dashed or spaced forms count on their own unless labelled as another id
 * (`ticket 536-90-4510`); nine bare digits only after words such as "SSN", on their line or
 * asking for them in the turn before.
 */
export const usSsnDetector: PiiDetector = {
  kind: 'us-ssn',
  trigger: NUMBER_RUN,
  inspect(text, run, found) {
    matchesAroundRun(text, run.index, run.index + run[0].length, SSN_SHAPE, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (touchesToken(text, start, end)) return;
      if (!isValidSsn(m[0].replace(/\D/g, ''))) return;
      const separated = m[1] !== '';
      const labelled = SSN_CONTEXT.test(textBefore(text, start, 40));
      if (!separated && !labelled && !askedInTurnBefore(text, start, SSN_ASKED)) return;
      if (!labelled && namedAsOtherId(text, start, SSN_CONTEXT)) return; // `part no. 536-90-4510`
      // 3-2-4 glued to a dot, slash or colon is part of a version, path or time, not an SSN ("SSN:123-…" is labelled).
      if (start > 0 && /[./:]/.test(text[start - 1]) && !(text[start - 1] === ':' && labelled)) return;
      if (separated && /^[./:]\d/.test(text.slice(end, end + 2))) return;
      found.push({ kind: 'us-ssn', start, end });
    });
  },
};
