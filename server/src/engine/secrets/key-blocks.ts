import { shannonEntropy } from './checks';

export interface KeyBlock {
  ruleId: string;
  /** Source offsets of the whole block, BEGIN line to END line. */
  start: number;
  end: number;
  /** The key material with layout removed (newlines, `\n` escapes, indentation, quotes). */
  secret: string;
}

const MAX_BLOCK = 64 * 1024;
const BEGIN = '-----BEGIN ';

/**
 * Private key blocks found on the document text rather than per value: they span lines, so
 * they are found wherever they sit, in a YAML block scalar, a JSON string with `\n` escapes, a
 * TOML multi-line string or a plain file, with exact source offsets.
 */
export function findKeyBlocks(text: string): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  if (!text.includes(BEGIN)) return findPuttyKeys(text);
  const ends = endMarkers(text);
  let from = 0;
  while (from < text.length) {
    const begin = text.indexOf(BEGIN, from);
    if (begin < 0) break;
    const labelEnd = text.indexOf('-----', begin + BEGIN.length);
    const label = labelEnd > 0 && labelEnd - begin < 60 ? text.slice(begin + BEGIN.length, labelEnd) : '';
    const ruleId = ruleFor(label);
    if (!ruleId) {
      from = begin + BEGIN.length;
      continue;
    }
    const endMarker = `-----END ${label}-----`;
    const end = nextEnd(text, ends, labelEnd + 5, endMarker);
    if (end < 0 || end - begin > MAX_BLOCK) {
      from = labelEnd + 5;
      continue;
    }
    const body = keyMaterial(text.slice(labelEnd + 5, end));
    if (isKeyMaterial(body)) blocks.push({ ruleId, start: begin, end: end + endMarker.length, secret: body });
    from = end + endMarker.length;
  }
  blocks.push(...findPuttyKeys(text));
  return blocks;
}

/** Offsets of every `-----END ` once, so a file of BEGIN lines without ENDs stays linear. */
function endMarkers(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('-----END ', 0); at >= 0; at = text.indexOf('-----END ', at + 9)) offsets.push(at);
  return offsets;
}

/** The first END marker with this label after `from` and within reach of a key block. */
function nextEnd(text: string, ends: readonly number[], from: number, marker: string): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ends.length && i < lo + 1000 && ends[i] - from <= MAX_BLOCK; i++) if (text.startsWith(marker, ends[i])) return ends[i];
  return -1;
}

function ruleFor(label: string): string | undefined {
  if (label === 'OPENSSH PRIVATE KEY') return 'secrets/openssh-private-key';
  if (label === 'PGP PRIVATE KEY BLOCK') return 'secrets/pgp-private-key';
  if (/^(?:(?:RSA|EC|DSA|ENCRYPTED|ANY) )?PRIVATE KEY$/.test(label)) return 'secrets/private-key';
  return undefined;
}

/** Real key material is long and dense; `...`, `MIIE...` or `xxxx` bodies of documentation are not. */
function isKeyMaterial(body: string): boolean {
  return body.length >= 40 && shannonEntropy(body) >= 4.2 && !/x{6,}|X{6,}/.test(body);
}

/** Base64 characters of the body; headers such as `Proc-Type:` and layout are dropped. */
function keyMaterial(raw: string): string {
  return raw
    .replace(/\\[nr]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s"'`+,|>-]+|[\s"'`+,]+$/g, ''))
    .filter((line) => line && !line.includes(':'))
    .join('')
    .replace(/[^A-Za-z0-9+/=]/g, '');
}

function findPuttyKeys(text: string): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  let from = 0;
  while (from < text.length) {
    const begin = text.indexOf('PuTTY-User-Key-File-', from);
    if (begin < 0) break;
    const lines = text.indexOf('Private-Lines:', begin);
    const mac = lines < 0 ? -1 : text.indexOf('Private-MAC:', lines);
    if (lines < 0 || mac < 0 || mac - begin > MAX_BLOCK) break;
    const macEnd = text.indexOf('\n', mac);
    const end = macEnd < 0 ? text.length : macEnd;
    const secret = keyMaterial(text.slice(lines, mac).replace(/^Private-Lines:\s*\d+/, ''));
    if (isKeyMaterial(secret)) blocks.push({ ruleId: 'secrets/putty-private-key', start: begin, end: end > begin ? end : text.length, secret });
    from = end;
  }
  return blocks;
}
