import { z } from 'zod';

/**
 * The credential inventory: what the server's `tuneguard/credentialInventory` request and
 * `tuneguard inventory` return. Never holds a value: literals appear redacted (last 4 characters).
 */
export const CREDENTIAL_INVENTORY_REQUEST = 'tuneguard/credentialInventory';

export const CredentialUseSchema = z.object({
  path: z.string().describe('Workspace-relative file.'),
  line: z.number().int().describe('1-based line.'),
  kind: z.enum(['literal', 'reference', 'env-file']).describe('A value written in a config, a reference to a store, or an entry of a local env file.'),
  format: z.string().describe('Recognised format of the file.'),
  reference: z.string().optional().describe('The reference as written (`op://…`, `${oc.env:HF_TOKEN}`); never a value.'),
  redacted: z.string().optional().describe('Literal shown redacted, e.g. `…a1b2`.'),
  ruleId: z.string().optional(),
});

export const CredentialEntrySchema = z.object({
  name: z.string().describe('Environment variable or policy name, e.g. HF_TOKEN.'),
  issuer: z.string().optional().describe('Who issued it, e.g. Hugging Face.'),
  stores: z.array(z.string()).describe('Where it is kept: 1password, vault, env-file, literal...'),
  files: z.array(z.string()).describe('Files that use it.'),
  uses: z.array(CredentialUseSchema),
  literals: z.number().int().describe('How many uses are literal values (to be moved).'),
  owner: z.string().optional(),
  lastRotated: z.string().optional(),
  ageDays: z.number().int().optional().describe('Days since the last rotation.'),
  inPolicy: z.boolean().describe('Listed in the policy\'s credentials.inventory.'),
});

export const CredentialInventorySchema = z.object({
  generatedAt: z.string(),
  credentials: z.array(CredentialEntrySchema),
});

export type CredentialUse = z.infer<typeof CredentialUseSchema>;
export type CredentialEntry = z.infer<typeof CredentialEntrySchema>;
export type CredentialInventory = z.infer<typeof CredentialInventorySchema>;
