import type { Policy } from '../../../../schemas/policy';
import type { GovernancePolicy } from '../../../../schemas/policy-governance';
import type { ParsedDocument } from '../parse/parse-document';
import type { TreeNode } from '../parse/tree';
import type { Finding, RuleMeta } from '../types';
import type { DatasetIndex } from './dataset-index';
import type { Linkage } from './linkage';
import type { Levels } from './policy-view';

/** What a governance rule sees: the document, the policy's governance sections, and lazy linking. */
export interface GovernanceInput {
  doc: ParsedDocument;
  /** First document root when it is a mapping. */
  root?: TreeNode;
  policy: Policy;
  gov: GovernancePolicy;
  levels: Levels;
  index?: DatasetIndex;
  now: Date;
  /** The workspace has adopted data governance (see isGoverned): advisory rules apply. */
  governed: boolean;
  /** The config's datasets and effective classification (computed once, on first use). */
  linkage(): Linkage;
}

/** One rule: metadata for docs and SARIF, and a check that returns findings with default severity. */
export interface GovernanceRule {
  meta: RuleMeta;
  check(input: GovernanceInput): Finding[];
}

export function finding(meta: RuleMeta, message: string, start: number, end: number): Finding {
  return { ruleId: meta.id, severity: meta.defaultSeverity, message, start, end };
}
