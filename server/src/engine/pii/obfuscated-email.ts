import type { PiiDetector } from './pii-kind';
import { isPersonalMailbox } from './email';

/** The local part before the written-out at, with at most one space between. */
const LOCAL_BEFORE = /(?<![\w.+%-])([A-Za-z0-9][\w.+%-]{0,63}) ?$/;
/** The domain after it, dots written as `.`, `(dot)`, `[dot]` or ` dot `-in-brackets (`yahoo(dot)co(dot)uk`). */
export const DOMAIN_AFTER = /^ ?([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:(?:\.| ?[(\[{]dot[)\]}] ?)[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,4}(?:\.| ?[(\[{]dot[)\]}] ?)[A-Za-z]{2,24})(?![\w-]|\.\w)/i;
const WRITTEN_DOT = / ?[(\[{]dot[)\]}] ?/gi;

/**
 * Addresses written so that scrapers miss them (`dsharma(at)yahoo.co.in`, `hugo [at] wanadoo.fr`,
 * `jo{at}mail(dot)com`): as personal as the plain form, and judged the same way.
 */
export const obfuscatedEmailDetector: PiiDetector = {
  kind: 'email',
  trigger: /[(\[{]at[)\]}]/gi,
  literals: ['(at)', '[at]', '{at}'],
  inspect(text, at, found) {
    const local = LOCAL_BEFORE.exec(text.slice(Math.max(0, at.index - 65), at.index));
    const from = at.index + at[0].length;
    const domain = DOMAIN_AFTER.exec(text.slice(from, from + 128));
    if (!local || !domain) return;
    if (!isPersonalMailbox(local[1], domain[1].replace(WRITTEN_DOT, '.').toLowerCase())) return;
    found.push({ kind: 'email', start: at.index - local[0].length, end: from + domain[0].length });
  },
};
