import { z } from 'zod';
import { GOVERNANCE_SECTIONS } from './policy-governance';
import { RuleIdSchema } from './vocabulary';

/**
 * The organisation's policy, `.tuneguard.yaml` at the workspace root. The single source of
 * truth: JSON Schema, docs, completion and hover are generated from it.
 */

export const SeveritySettingSchema = z.enum(['off', 'info', 'warning', 'error'])
  .describe('How a rule is reported: `off` disables it, `error` fails `tuneguard check` in CI.');

export const DEFAULT_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;

export const SECRET_PROVIDERS = ['env-file', 'environment', 'vault', 'aws-secrets-manager', 'gcp-secret-manager', 'azure-key-vault', '1password', 'doppler', 'infisical'] as const;

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
    referenceTemplate: z.string().optional().describe('Reference written in place of a secret, e.g. `op://ml/{name}/credential`. `{name}` is the variable name.'),
  }).default({ provider: 'env-file', envFile: '.env.local' }).describe('Secrets manager settings.'),
  allowlist: z.object({
    values: z.array(z.string()).default([]).describe('Exact values that are never reported (e.g. a public test key). Never shown in any output.'),
    paths: z.array(z.string()).default([]).describe('Glob patterns of files that are never checked.'),
  }).default({ values: [], paths: [] }).describe('Accepted values and paths.'),
  ...GOVERNANCE_SECTIONS,
}).describe('Tuneguard governance policy (.tuneguard.yaml).');

export type Policy = z.infer<typeof PolicySchema>;
export type SeveritySetting = z.infer<typeof SeveritySettingSchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});
