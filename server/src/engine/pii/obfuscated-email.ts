import type { PiiDetector } from './pii-kind';
import { isPersonalMailbox } from './email';
import { askedInTurnBefore } from './turn-before';

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

/**
 * Before a spoken address's last `dot`: an email label, then the local part and the domain read out
 * (`my email is jane dot doe at gmail`), words for its punctuation allowed.
 */
export const SPOKEN_BEFORE = /(?:e-?mail(?:ed)?|mail|address|contact|correo|courriel|adresse)\b[^\n]{0,30}?\b((?:[a-z0-9]{1,30}(?: (?:dot|underscore|dash|hyphen) | ?[._-] ?)){0,4}[a-z0-9]{1,30}) at ((?:[a-z0-9-]{1,30} dot ){0,3}[a-z0-9-]{2,30}) $/i;
/** The same without the label, for an answer to a question that asked for the address. */
export const SPOKEN_ANSWER = /(?:^|[\s"'])((?:[a-z0-9]{1,30}(?: (?:dot|underscore|dash|hyphen) | ?[._-] ?)){0,4}[a-z0-9]{1,30}) at ((?:[a-z0-9-]{1,30} dot ){0,3}[a-z0-9-]{2,30}) $/i;
const EMAIL_ASKED = /e-?mail(?: address)?/g;
const MORE_LABELS = /^(?: dot [a-z]{2,4}\b){0,2}/i;
const SPOKEN_PUNCTUATION: Record<string, string> = { dot: '.', underscore: '_', dash: '-', hyphen: '-' };

/**
 * Addresses read out, as a voice transcript writes them (`jane dot doe at gmail dot com`): only
 * after an email label on the line or as the answer to a question for one, since "look at google
 * dot com" names a site.
 */
export const spokenEmailDetector: PiiDetector = {
  kind: 'email',
  trigger: /dot [a-z]{2,4}\b/gi,
  literals: ['dot '],
  inspect(text, at, found) {
    const window = text.slice(Math.max(0, at.index - 160), at.index);
    const answer = SPOKEN_BEFORE.test(window) ? null : SPOKEN_ANSWER.exec(window);
    const before = answer && askedInTurnBefore(text, at.index - answer[1].length - answer[2].length - 5, EMAIL_ASKED) ? answer : SPOKEN_BEFORE.exec(window);
    if (!before) return;
    const tail = MORE_LABELS.exec(text.slice(at.index + at[0].length, at.index + at[0].length + 16))![0];
    const spokenDomain = `${before[2]} ${at[0]}${tail}`;
    const written = (words: string) => words.replace(/ ?\b(dot|underscore|dash|hyphen)\b ?/gi, (_, word: string) => SPOKEN_PUNCTUATION[word.toLowerCase()]).replace(/\s+/g, '');
    if (!isPersonalMailbox(written(before[1]), written(spokenDomain).toLowerCase())) return;
    // The local part, ` at `, the domain and a space end right where the last `dot` starts.
    const start = at.index - before[1].length - ' at '.length - before[2].length - 1;
    found.push({ kind: 'email', start, end: at.index + at[0].length + tail.length });
  },
};
