import type { KeyPath, TreeNode } from '../parse/tree';
import type { SecretCandidate } from './secret-rule';

/** A value of a Kubernetes Secret's `data`, base64-decoded, at the place of its encoded form. */
export interface DecodedSecretValue {
  key: string;
  text: string;
  start: number;
  end: number;
  path: KeyPath;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Decoded text: printable, with line breaks and tabs (a PEM key, an env file, JSON). */
const PRINTABLE = /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/;
/** Longer values are certificates bundles or binaries, not credentials. */
const MAX_ENCODED = 64 * 1024;
const MAX_DEPTH = 8;

/**
 * The `data` values of every Kubernetes Secret in the trees (`kind: Secret`, also inside a `List`'s
 * items), decoded: a registry password inside `.dockerconfigjson`, a private key in `tls.key` or an
 * API token are written there in base64, which hides their shape from every rule.
 */
export function kubernetesSecretData(roots: readonly TreeNode[]): DecodedSecretValue[] {
  const decoded: DecodedSecretValue[] = [];
  const visit = (node: TreeNode, path: KeyPath, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (node.kind === 'seq') node.items.forEach((item, i) => visit(item, [...path, i], depth + 1));
    if (node.kind !== 'map') return;
    const kind = node.entries.find((e) => e.key === 'kind')?.value;
    const data = node.entries.find((e) => e.key === 'data')?.value;
    if (kind?.kind === 'scalar' && kind.value === 'Secret' && data?.kind === 'map') {
      for (const entry of data.entries) {
        const text = entry.value.kind === 'scalar' && typeof entry.value.value === 'string' ? decodeBase64Text(entry.value.value) : undefined;
        if (text) decoded.push({ key: entry.key, text, start: entry.value.start, end: entry.value.end, path: [...path, 'data', entry.key] });
      }
      return;
    }
    const items = node.entries.find((e) => e.key === 'items')?.value;
    if (items) visit(items, [...path, 'items'], depth + 1);
  };
  for (const root of roots) visit(root, [], 0);
  return decoded;
}

/**
 * The strings a decoded value holds, as candidates at the encoded value's place: the value itself
 * under its key (`HF_TOKEN`), or, for a Docker registry config, each registry's password, identity
 * token and the password inside its `auth` (base64 of `user:password`).
 */
export function* decodedValueCandidates(value: DecodedSecretValue): Generator<SecretCandidate> {
  const at = { start: value.start, end: value.end, path: value.path };
  const config = value.text.trimStart().startsWith('{') ? parseJson(value.text) : undefined;
  if (!config) {
    yield { ...at, value: value.text.trim(), key: value.key };
    return;
  }
  const auths = (config.auths ?? {}) as Record<string, Record<string, unknown>>;
  for (const registry of Object.values(auths)) {
    if (!registry || typeof registry !== 'object') continue;
    for (const key of ['password', 'identitytoken', 'registrytoken'] as const) {
      if (typeof registry[key] === 'string') yield { ...at, value: registry[key] as string, key: 'password' };
    }
    const auth = typeof registry.auth === 'string' ? decodeBase64Text(registry.auth) : undefined;
    const colon = auth?.indexOf(':') ?? -1;
    if (auth && colon > 0) yield { ...at, value: auth.slice(colon + 1), key: 'password' };
  }
}

function decodeBase64Text(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length > MAX_ENCODED || compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  return PRINTABLE.test(text) && !text.includes('\ufffd') ? text : undefined;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
