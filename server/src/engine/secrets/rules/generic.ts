import { characterClasses, looksRandom, shannonEntropy } from '../checks';
import { isPlaceholderPassword, looksLikeIdentifier } from '../placeholders';
import { defineRules } from './define';

/**
 * Keys that name a credential. Keys are normalised (lower case, `_` separators) before the test.
 * Tokenizer settings (`pad_token`, `eos_token`, `max_tokens`…) are not credentials.
 */
const CREDENTIAL_KEY = /(?:^|_)(?:api_?key|apikey|secret|secret_?key|client_?secret|app_?secret|token|access_?token|auth_?token|bearer_?token|refresh_?token|id_?token|session_?token|private_?key|access_?key|signing_?key|encryption_?key|master_?key|credentials?|auth|api_?secret|webhook_?secret)$/;
/**
 * Algolia's search-only API key (`ALGOLIA_SEARCH_API_KEY`, `searchApiKey` of an InstantSearch or
 * DocSearch config) is made to ship in web pages; its admin key stays a credential.
 */
const SEARCH_ONLY_KEY = /^(?:algolia_)?search_only_(?:api_)?key$|^algolia_search_(?:api_)?key$|^search_api_key$/;
const NOT_CREDENTIAL_KEY = new RegExp(String.raw`(?:^|_)(?:pad|eos|bos|unk|sep|cls|mask|special|additional|max|min|num|total|use|add|chat|system|start|end|eot|eom|image|video|audio|vision|placeholder|response|instruction|prompt|think|tool|default|new|extra|split|skip|stop|begin|decoder|encoder|boi|eoi|img|vocab|cache|hash|sort|primary|partition|foreign|dict|lookup|group|column|field|label|text|input|output|target|next|prev|cursor|page|csrf|xsrf|random|dataset|model|wandb_run|token_type|key_type|public|publishable|anon|site|client_id)_?(?:token|key|id)$|^(?:key|tokens?|num_tokens|max_tokens|tokenizer)$|${SEARCH_ONLY_KEY.source}`);
/** `requirepass` and `masterauth`: Redis's password settings and flags (`redis-server --requirepass …`). */
const PASSWORD_KEY = /(?:^|_)(?:password|passwd|pwd|pass|passphrase|db_pass|requirepass|masterauth|pgpassword)$/;
const ENV_BLOCK = /(?:^|\/)(?:env|envs|environment|env_vars|environment_variables|envvars|secrets|variables|container_env|extra_env|run_env)\//;
const ENV_SECRET_NAME = /(?:^|_)(?:key|token|secret|password|passwd|pwd|pat|credentials?|auth)$/;

/** Shapes a provider rule owns (GitHub, npm): what that rule rejected (a placeholder body) is not a generic credential either. */
const CHECKSUMMED = /^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/;

/** Symbols generated secrets and passwords use (`webhook_secret: "flv#…"`, `secret_key: "&nx9…"`). */
const SYMBOL = /[!#$%&*@^]/;

function isOpaqueCredential(value: string): boolean {
  if (looksLikeIdentifier(value) || CHECKSUMMED.test(value)) return false;
  const hexOnly = /^[a-f0-9]+$/i.test(value);
  if (hexOnly) return value.length >= 32 && shannonEntropy(value) >= 3.2;
  const classes = characterClasses(value) + (SYMBOL.test(value) ? 1 : 0);
  return looksRandom(value, value.length >= 32 ? 3.6 : 3.3) && (classes >= 3 || value.length >= 24);
}

export const genericRules = defineRules('Generic', [
  {
    id: 'generic-api-key',
    title: 'High-entropy value under a credential key',
    what: 'A random-looking value is written under a key that names a credential (`api_key`, `secret`, `token`, `client_secret`, `private_key`…), but no provider-specific rule recognises it.',
    keyed: { key: CREDENTIAL_KEY, notKey: NOT_CREDENTIAL_KEY, value: /^[A-Za-z0-9_\-+/=.~:!#$%&*@^]{16,512}$/ },
    validate: isOpaqueCredential,
    envVarFromKey: true,
    priority: 0,
  },
  {
    id: 'generic-password',
    title: 'Password',
    what: 'A literal password is written under a password key (`password`, `passwd`, `db_pass`, `passphrase`…).',
    keyed: { key: PASSWORD_KEY, value: /^\S{6,128}$/ },
    validate: (s) => !isPlaceholderPassword(s) && !looksLikeIdentifier(s) && (characterClasses(s) >= 2 || s.length >= 12),
    envVarFromKey: true,
    priority: 0,
  },
  {
    id: 'environment-variable-secret',
    title: 'Secret in an environment block',
    what: 'A literal value is set for a secret-named variable (`…_KEY`, `…_TOKEN`, `…_SECRET`, `…_PASSWORD`) in an `env`/`envs`/`environment` block of a launcher, job or TRL config.',
    impact: 'Environment blocks are copied into job specs, launch logs and tracker run configs, where anyone with read access sees the value.',
    keyed: { key: ENV_SECRET_NAME, notKey: NOT_CREDENTIAL_KEY, value: /^\S{12,512}$/, context: ENV_BLOCK },
    validate: (s) => !looksLikeIdentifier(s) && !CHECKSUMMED.test(s) && looksRandom(s, 3.2),
    envVarFromKey: true,
    priority: 1,
  },
]);

export const GENERIC_KEY_PATTERNS = { CREDENTIAL_KEY, NOT_CREDENTIAL_KEY, PASSWORD_KEY };
