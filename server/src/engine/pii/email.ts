import type { PiiDetection, PiiDetector } from './pii-kind';

/** Reserved or conventional placeholder domains (RFC 2606 / 6761) and their look-alikes, under any country's suffix (`example.co.uk`). */
const PLACEHOLDER_DOMAIN = /(^|\.)(example|test|invalid|localhost|local|internal)$|(^|\.)(example|sample|domain|yourdomain|yourcompany)\.(?:[a-z]{2,3}|(?:co|com|org|net)\.[a-z]{2})$|(^|\.)(company|email|address|foo|bar|baz|unknown|none|null|dummy|fake|placeholder)\.(com|org|net)$/;
/** A "domain" ending in a file extension is a retina asset or similar (icon@2x.png), not mail. */
const FILE_EXTENSION_TLD = /\.(png|jpe?g|gif|svg|webp|js|ts|css|json|ya?ml|md|py|txt|html?|lock|toml)$/;
/** Mailboxes no person reads: automated senders, also as part of a name (`orders-noreply`, `notifications`). */
const AUTOMATED_SENDER = /(?:^|[._+-])(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?)(?:$|[._+-])/i;
/** Machine accounts (`ssh ubuntu@ec2-…`, `git@github.com`): a login on a host, not a person's mailbox. */
const SYSTEM_ACCOUNT = /^(?:git|root|ubuntu|ec2-user|centos|debian|fedora|azureuser|opc)$/i;
/** `git@github.com:org/repo.git`: an SSH remote (user@host:path), not an address. */
const SSH_REMOTE_PATH = /^:[\w.~\/-]/;
const DOMAIN = /[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;

function isLocalChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** `https://user:password@host`: the part before @ is a URL's credentials (a secret the secrets rules report), not a mailbox. */
function isUrlUserInfo(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 256), start);
  const scheme = before.lastIndexOf('://');
  return scheme !== -1 && !/[\s/?#"'<>]/.test(before.slice(scheme + 3));
}

/** A mail header naming a message (`Message-ID: <…>`, `"message_id":"<…`, `In-Reply-To:`), up to the `<` that opens it. */
const MESSAGE_ID_BEFORE = /(?:message[-_ ]?id|in-reply-to|references)["']?\s*[:=]\s*["']?\s*<[^\s<>]{0,80}$/i;

/** `<CA…=TPRK5ZUM@mail.gmail.com>`: a message's id, shaped as an address but naming no mailbox. */
function isMessageId(text: string, start: number, end: number): boolean {
  return text[end] === '>' && MESSAGE_ID_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

/** Whether `local@domain` (domain in lower case) may be a person's: no placeholder, filler, automated sender or machine account. */
export function isPersonalMailbox(local: string, domain: string): boolean {
  if (local.endsWith('.') || local.includes('..')) return false;
  if (PLACEHOLDER_DOMAIN.test(domain) || FILE_EXTENSION_TLD.test(domain) || AUTOMATED_SENDER.test(local) || SYSTEM_ACCOUNT.test(local)) return false;
  // Form filler: the same word on both sides (`na@na.com`, `test@test.com`).
  return local.toLowerCase() !== domain.slice(0, domain.indexOf('.'));
}

/**
 * Email addresses with a real-looking domain; documentation placeholders and form filler
 * (`na@na.com`), automated senders (`orders-noreply@…`), machine accounts and SSH remotes
 * (`git@github.com:org/repo`) are not personal data.
 */
export const emailDetector: PiiDetector = {
  kind: 'email',
  trigger: /@/g,
  inspect(text, at, found) {
    if (text[at.index - 1] === ' ' || text[at.index + 1] === ' ') return spacedAddress(text, at.index, found);
    let start = at.index;
    while (start > 0 && at.index - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at.index && !/[A-Za-z0-9]/.test(text[start])) start++;
    if (start === at.index) return;
    DOMAIN.lastIndex = at.index + 1;
    const domainMatch = DOMAIN.exec(text);
    if (!domainMatch) return;
    const local = text.slice(start, at.index);
    if (isUrlUserInfo(text, start) || !isPersonalMailbox(local, domainMatch[0].toLowerCase())) return;
    const end = at.index + 1 + domainMatch[0].length;
    if (SSH_REMOTE_PATH.test(text.slice(end, end + 2)) || isMessageId(text, start, end)) return;
    found.push({ kind: 'email', start, end });
  },
};

/** An email label and the local part before a spaced at (`E-mail: jo.kim @ mail.com`, as OCR or a form's boxes leave it). */
const LABELLED_LOCAL_BEFORE = /(?:e-?mail|mail|correo|courriel|e-?post)\b[^\w\n]{0,4}([A-Za-z0-9][\w.+%-]{0,63}) ?$/i;
const SPACED_DOMAIN = /^ ?([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){0,4}\.[A-Za-z]{2,24})(?![\w-]|\.\w)/;

/** An address with a space beside its at: only right after an email label, since `meet @ 5pm` and `team @ acme` are no addresses. */
function spacedAddress(text: string, at: number, found: PiiDetection[]): void {
  const local = LABELLED_LOCAL_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  const domain = SPACED_DOMAIN.exec(text.slice(at + 1, at + 130));
  if (!local || !domain || !isPersonalMailbox(local[1], domain[1].toLowerCase())) return;
  found.push({ kind: 'email', start: at - local[1].length - (text[at - 1] === ' ' ? 1 : 0), end: at + 1 + domain[0].length });
}
