import { isDocumentedExample } from './documented-examples';
import { isPublishableJwt } from './publishable-jwt';
import { isCountingRuns } from './counting-runs';
/**
 * Values that look like credentials but are references, placeholders, documented examples or
 * identifiers. Never a finding.
 */
const REFERENCE = [
  /\$\{[^}]{1,200}\}/, // ${VAR}, ${oc.env:VAR}, ${env:VAR}, ${{ secrets.X }}
  /\{\{[^}]{1,200}\}\}/, // {{ secrets.X }}, {{ env "X" }}
  /\$\([A-Za-z_][\w.]{0,100}\)/, // $(VAR)
  /%\([A-Za-z_]\w{0,100}\)s/, // %(var)s
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /^(?:op|vault|doppler|infisical|awssm|aws-sm|gcpsm|gcp-sm|azurekv|akv|azure-kv|bws|sops|keyring|secret|secrets|env|ssm|sm|k8s|kubernetes|file):\/\//i,
  /^(?:env|secret|vault|file):[A-Za-z_]/i,
  /^arn:aws[\w-]*:(?:secretsmanager|ssm|kms):/,
  /^projects\/[^/]+\/secrets\/[^/]+/,
  /^@Microsoft\.KeyVault\(/,
  /^https:\/\/[\w-]+\.vault\.azure\.net\/(?:secrets|keys)\//,
  /^ENC\[[A-Z0-9_]+,data:/, // SOPS-encrypted value
  /^!(?:secret|vault|env)\b/,
  /^(?:os\.environ|os\.getenv|process\.env|System\.getenv|ENV\[)/,
];

const PLACEHOLDER_WORDS = /your|insert|replace|change_?me|changeit|example|dummy|placeholder|redacted|xxxx|\*\*\*|<[^>]{0,80}>|\.\.\.|…|todo|fixme|sample|fake|not[-_]?a[-_]?real|test[-_]?(?:key|token|secret)|api[-_]?key[-_]?here|\bmy[-_ ]?(?:api|secret|token|key|pass|password)|secret[-_]?here|token[-_]?here|goes[-_]?here|\bfoo\b|foobar|lorem|ipsum/i;

export function isReference(value: string): boolean {
  return REFERENCE.some((re) => re.test(value));
}

/** True for obvious placeholders: `hf_XXXX`, `<YOUR_TOKEN>`, `your-api-key`, `sk-...`, runs and sequences. */
export function isPlaceholder(secret: string): boolean {
  if (PLACEHOLDER_WORDS.test(secret) || isDocumentedExample(secret)) return true;
  const body = secret.replace(/^[a-z]{2,6}[-_]/i, '');
  if (/(.)\1{5,}/.test(body)) return true; // xxxxxx, 000000
  if (/^(?:x+|0+|1234567890?)+$/i.test(body)) return true;
  return hasSequentialRun(body, 7) || isCountingRuns(secret);
}

/** abcdefg, 1234567, ABCDEFG: typed by hand, not generated. */
function hasSequentialRun(value: string, length: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

const WEAK_PASSWORD_PLACEHOLDERS = /^(?:password|passwd|pass|pwd|secret|changeme|admin|root|user|username|test|guest|default|none|null|nil|empty|true|false|required|optional|string|str|\*+|x+|\.+|-+)$/i;

/** The password part of a URL or a `password:` value that is only a stand-in. */
export function isPlaceholderPassword(value: string): boolean {
  return value.length < 3 || WEAK_PASSWORD_PLACEHOLDERS.test(value) || isReference(value) || isPlaceholder(value)
    || /^\$\{/.test(value) || /^<.*>$/.test(value) || /^\[.*\]$/.test(value) || /^\{.*\}$/.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Values that name something rather than prove something: URLs, paths, hub ids, dotted module
 * names, e-mail addresses, versions, UUIDs, algorithm-prefixed digests, plain words.
 */
export function looksLikeIdentifier(value: string): boolean {
  if (value.includes('://') || UUID.test(value)) return true;
  // Publishable keys (Stripe `pk_`, Langfuse `pk-lf-`, Mapbox `pk.eyJ…`, whose `sk.` sibling is secret) and account SIDs are public.
  if (/^(?:pk_(?:live|test)_|pk-lf-|pk\.eyJ|AC[a-f0-9]{32}$)/.test(value)) return true;
  if (value.startsWith('eyJ') && isPublishableJwt(value)) return true;
  if (/^(?:\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(value) || looksLikeAbsolutePath(value)) return true;
  if (/\.(?:ya?ml|json|jsonl|txt|pt|pth|bin|safetensors|gguf|pem|key|crt|csv|parquet|py|sh|env|cfg|ini|toml|md|html|png|jpe?g)$/i.test(value)) return true;
  if (/^[A-Za-z0-9][\w.-]{1,40}\/[\w.-]{1,96}$/.test(value) && /[-._]/.test(value)) return true; // meta-llama/Llama-3.1-8B
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){2,}$/.test(value)) return true; // torchtune.models.llama3
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return true;
  if (/^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/.test(value)) return true;
  if (/^(?:sha\d{1,3}|md5|blake2b?|sha3-\d{3}):[A-Za-z0-9+/=]+$/i.test(value)) return true;
  if (/^[A-Za-z]+(?:[-_ .][A-Za-z]+)+$/.test(value)) return true; // words-with-separators
  return isWordsAndSymbols(value);
}

/**
 * `/home/user/.cache`, `/run/secrets/hf_token`, `/v1/tokens`, `/data`: a first segment that is a
 * name, and a second segment unless the name is all letters. A random value may begin with `/`
 * too (base64): `/36xO1…`, `/aQ9Zk…`, `/a9f3k2m8q1…` are not paths.
 */
function looksLikeAbsolutePath(value: string): boolean {
  if (value[0] !== '/' || /[+=]/.test(value)) return false;
  const slash = value.indexOf('/', 1);
  const first = slash === -1 ? value.slice(1) : value.slice(1, slash);
  if (!/^[A-Za-z][a-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/.test(first)) return false;
  return slash !== -1 || /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(first);
}

/** A lower-case run of two or more letters, each after an optional capitalised start: `api`, `ApiKeyAuth`, `URLs`. */
const WORD = /^[A-Z]*[a-z]{2,}(?:[A-Z]+[a-z]{2,})*[A-Z]*$/;

/** Words joined by symbols: `#/components/securitySchemes/ApiKeyAuth`, `see@docs!`. */
function isWordsAndSymbols(value: string): boolean {
  const pieces = value.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return pieces.length >= 2 && pieces.every((piece) => WORD.test(piece));
}

/** Tokenizer special tokens such as `<|end_of_text|>`, `</s>`, `[PAD]`. */
export function isSpecialToken(value: string): boolean {
  return /^<\|?[\w.-]{0,60}\|?>$|^<\/?[a-z]{1,10}>$|^\[[A-Z_]{2,20}\]$/.test(value);
}
