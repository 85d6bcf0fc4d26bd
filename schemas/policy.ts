import { z } from 'zod';
import { RuleIdSchema } from './vocabulary';
import { GOVERNANCE_SECTIONS } from './policy-governance';

/**
 * The organisation's policy, `.tuneguard.yaml` at the workspace root. The single source of
 * truth: JSON Schema, docs, completion and hover are generated from it.
 */

export const SeveritySettingSchema = z.enum(['off', 'info', 'warning', 'error'])
  .describe('How a rule is reported: `off` disables it, `error` fails `tuneguard check` in CI.');

export const DEFAULT_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;

export const SECRET_PROVIDERS = ['env-file', 'environment', 'vault', 'aws-secrets-manager', 'gcp-secret-manager', 'azure-key-vault', '1password', 'doppler', 'infisical'] as const;

/** Per-provider options used by quick fixes to build references, launch commands and CLI calls. */
export const SecretProviderOptionsSchema = z.object({
  referencesFile: z.string().min(1).default('.env.tuneguard').describe('Env file of references only (no values, safe to commit) that the provider\'s runner resolves at launch, e.g. `op run --env-file=.env.tuneguard -- CMD`.'),
  vault: z.object({
    mount: z.string().min(1).default('secret').describe('KV v2 mount.'),
    path: z.string().default('tuneguard').describe('Path under the mount; each credential is a secret `<path>/<name>` with a `value` field.'),
  }).prefault({}).describe('HashiCorp Vault options.'),
  aws: z.object({
    region: z.string().optional().describe('AWS region of the secrets (default: the CLI profile\'s region).'),
    prefix: z.string().default('tuneguard/').describe('Prefix of secret names, e.g. `ml/`.'),
  }).prefault({}).describe('AWS Secrets Manager options.'),
  gcp: z.object({
    project: z.string().optional().describe('Google Cloud project id (default: the gcloud configuration\'s project).'),
  }).prefault({}).describe('GCP Secret Manager options.'),
  azure: z.object({
    vaultName: z.string().optional().describe('Key Vault name (required to store through `az`).'),
  }).prefault({}).describe('Azure Key Vault options.'),
  onepassword: z.object({
    vault: z.string().min(1).default('Private').describe('1Password vault that receives the items.'),
  }).prefault({}).describe('1Password options.'),
  doppler: z.object({
    project: z.string().optional().describe('Doppler project (default: the directory\'s `doppler setup`).'),
    config: z.string().optional().describe('Doppler config, e.g. `dev`.'),
  }).prefault({}).describe('Doppler options.'),
  infisical: z.object({
    environment: z.string().min(1).default('dev').describe('Infisical environment slug.'),
    path: z.string().min(1).default('/').describe('Infisical secret path.'),
    projectId: z.string().optional().describe('Infisical project id (default: the directory\'s `.infisical.json`).'),
  }).prefault({}).describe('Infisical options.'),
});

/** A credential format of the organisation's own, e.g. an internal gateway key `acme_[a-z0-9]{32}`. */
export const CustomSecretPatternSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/, 'kebab-case, e.g. `acme-gateway-key`').describe('Reported as rule `secrets/custom-<id>`.'),
  title: z.string().min(1).optional().describe('Shown in messages, e.g. `ACME gateway key`.'),
  pattern: z.string().min(1).max(1000).describe('RE2 regular expression matching the secret (linear time; no backreferences or lookarounds). A first capture group, if any, is the secret.'),
  keywords: z.array(z.string().min(3)).min(1).describe('Literals (case-insensitive) of which one must occur in a value for the pattern to run, e.g. `acme_`.'),
  severity: z.enum(['error', 'warning', 'info']).default('error').describe('Default severity of the findings.'),
  envVar: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional().describe('Environment variable quick fixes move the value to.'),
  minEntropy: z.number().min(0).max(8).optional().describe('Minimum Shannon entropy (bits per character) of the secret.'),
});

const RuleSeveritiesSchema = z.record(RuleIdSchema, SeveritySettingSchema)
  .describe('Severity per rule id, e.g. `secrets/huggingface-token: error`. A family prefix such as `pii/*` applies to all its rules.');

export const PolicySchema = z.object({
  version: z.literal(1).default(1).describe('Policy file format version.'),
  classification: z.object({
    levels: z.array(z.string().min(1)).min(1).default([...DEFAULT_LEVELS])
      .describe('Classification levels from least to most sensitive.'),
  }).default({ levels: [...DEFAULT_LEVELS] }).describe('Dataset classification levels.'),
  rules: RuleSeveritiesSchema.default({}),
  overrides: z.array(z.object({
    files: z.array(z.string().min(1)).min(1).describe('Glob patterns (relative to the workspace) the override applies to.'),
    rules: RuleSeveritiesSchema,
  })).default([]).describe('Per-path severities; later entries win.'),
  secrets: z.object({
    provider: z.enum(SECRET_PROVIDERS).default('env-file').describe('Where quick fixes move credentials.'),
    envFile: z.string().min(1).default('.env.local').describe('Git-ignored env file (relative to the workspace) that receives moved credentials.'),
    referenceTemplate: z.string().optional().describe('Reference written in place of a secret, e.g. `op://ml/{name}/credential`. `{name}` is the name in the provider, `{variable}` the environment variable; provider options such as `{vault}`, `{mount}`, `{project}` can be used too.'),
    // Optional in the type so Policy objects built in code stay valid; the fixes resolve defaults.
    ...SecretProviderOptionsSchema.partial().shape,
    customPatterns: z.array(CustomSecretPatternSchema).default([])
      .describe('Organisation-specific credential formats. Run on a linear-time engine (RE2 syntax), only on values containing one of the keywords, and not at all in untrusted workspaces.'),
  }).prefault({}).describe('Secrets manager settings and custom secret patterns.'),
  allowlist: z.object({
    values: z.array(z.string()).default([]).describe('Exact values that are never reported (e.g. a public test key). Never shown in any output.'),
    paths: z.array(z.string()).default([]).describe('Glob patterns of files that are never checked.'),
    fingerprints: z.array(z.string().regex(/^[a-f0-9]{32}$/, 'a finding fingerprint is 32 hexadecimal characters')).default([])
      .describe('Fingerprints of accepted findings (shown by `tuneguard check --format json`): the way to accept one finding in JSON and JSONL files, which have no comments.'),
  }).default({ values: [], paths: [], fingerprints: [] }).describe('Accepted values, paths and findings.'),
  ...GOVERNANCE_SECTIONS,
}).describe('Tuneguard governance policy (.tuneguard.yaml).');

export type Policy = z.infer<typeof PolicySchema>;
export type SeveritySetting = z.infer<typeof SeveritySettingSchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});
