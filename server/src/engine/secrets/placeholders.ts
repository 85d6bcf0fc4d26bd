/**
 * Values that look like credentials but are references or placeholders. Never a finding.
 */
const REFERENCE = [
  /\$\{[^}]*\}/, // ${VAR}, ${oc.env:VAR}, ${env:VAR}
  /\{\{[^}]*\}\}/, // {{ secrets.X }}, {{ env "X" }}
  /^\$[A-Z_][A-Z0-9_]*$/, // $VAR
  /^(op|vault|doppler|infisical|awssm|gcpsm|azurekv|secret|secrets|env):\/\//i,
  /^arn:aws[\w-]*:secretsmanager:/,
  /^projects\/[^/]+\/secrets\/[^/]+/,
  /^@Microsoft\.KeyVault\(/,
  /^https:\/\/[\w-]+\.vault\.azure\.net\/secrets\//,
];

const PLACEHOLDER_WORDS = /(your|my|insert|replace|change|example|dummy|placeholder|redacted|xxxx|\*\*\*|<[^>]*>|\.\.\.|…|todo|fixme|sample|fake|test[-_]?key|api[-_]?key[-_]?here)/i;

export function isReference(value: string): boolean {
  return REFERENCE.some((re) => re.test(value));
}

/** True for obvious placeholders: `hf_XXXX`, `<YOUR_TOKEN>`, `your-api-key`, `sk-...`, repeated characters. */
export function isPlaceholder(secret: string): boolean {
  if (PLACEHOLDER_WORDS.test(secret)) return true;
  const body = secret.replace(/^[a-z]{2,5}[-_]/i, '');
  if (/^(.)\1+$/.test(body)) return true;
  if (/^(x+|0+|1234567890?)+$/i.test(body)) return true;
  return false;
}
