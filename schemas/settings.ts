import { z } from 'zod';

/**
 * The extension's settings. `contributes.configuration` in package.json is generated from this
 * schema (`npm run generate`), and a test fails when the two drift.
 */
export const SettingsSchema = z.object({
  enable: z.boolean().default(true).describe('Check fine-tuning configs, dataset manifests and datasets.'),
  run: z.enum(['onType', 'onSave']).default('onType').describe('Check while typing or only when a file is saved.'),
  maxFindingsPerFile: z.number().int().min(1).max(10000).default(200)
    .describe('Most diagnostics shown for one file; the rest are summarised in one diagnostic.'),
  policyFile: z.string().min(1).default('.tuneguard.yaml').describe('Path of the policy file, relative to the workspace folder.'),
  trace: z.object({
    server: z.enum(['off', 'messages', 'verbose']).default('off').describe('Trace the communication between VS Code and the Tuneguard language server. Diagnostics are redacted, but `verbose` logs the documents VS Code sends (including any literal secret in them): use it only to debug, and clear the output afterwards.'),
  }).default({ server: 'off' }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Parse settings leniently: a bad value falls back to its default, with one warning each. */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const warnings: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    if (!(key in input)) continue;
    const parsed = (schema as z.ZodType).safeParse(input[key]);
    if (parsed.success) result[key] = parsed.data;
    else warnings.push(`Setting tuneguard.${key} is invalid (${parsed.error.issues[0]?.message ?? 'invalid value'}); using the default.`);
  }
  return { settings: SettingsSchema.parse(result), warnings };
}
