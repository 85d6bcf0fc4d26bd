import type { z } from 'zod';
import { toPlain } from '../policy/load-policy';
import { getIn, type KeyPath, type TreeNode } from '../parse/tree';
import { issueRange } from './issue-range';

export interface SchemaIssue {
  message: string;
  start: number;
  end: number;
}

/**
 * Validate a parsed mapping against its zod schema; each issue at the exact range it concerns
 * (the value, or for a missing field the key of the mapping that should hold it). Zod's messages
 * name the expected type or options, never the value written.
 */
export function schemaIssues(root: TreeNode, schema: z.ZodType): SchemaIssue[] {
  const parsed = schema.safeParse(toPlain(root));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path as KeyPath;
    const missing = getIn(root, path) === undefined && issue.code === 'invalid_type';
    const where = path.join('.');
    const message = missing ? `Missing required field \`${where}\`.` : `${where || 'document'}: ${issue.message}`;
    return { message, ...issueRange(root, path) };
  });
}
