import { z } from 'zod';

/** Shape every rule's metadata must have; the catalogue test validates each rule against it. */
export const RuleMetaSchema = z.object({
  id: z.string().regex(/^(secrets|pii|governance)\/[a-z0-9]+(-[a-z0-9]+)*$/, 'namespaced kebab-case id'),
  family: z.enum(['secrets', 'pii', 'governance']),
  title: z.string().min(5).max(120),
  description: z.string().min(20),
  defaultSeverity: z.enum(['error', 'warning', 'info']),
  standards: z.object({
    owaspNhi: z.array(z.string()).optional(),
    owaspLlm: z.array(z.string()).optional(),
    nistCsf: z.array(z.string()).optional(),
  }).optional(),
});

export type RuleMetaShape = z.infer<typeof RuleMetaSchema>;

/** Public home of each rule's documentation page (docs/rules/<id>.md); used by SARIF. */
export const RULE_DOCS_BASE = 'https://github.com/tuneguard/tuneguard/blob/main/docs/rules/';

/** `base` lets the editor link to the copy shipped inside the extension, which works offline. */
export function ruleDocUrl(ruleId: string, base = RULE_DOCS_BASE): string {
  return `${base}${ruleId}.md`;
}
