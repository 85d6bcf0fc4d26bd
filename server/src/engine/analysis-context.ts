import type { Policy } from '../../../schemas/policy';
import type { ParsedDocument } from './parse/parse-document';
import type { Cancellation, Finding } from './types';

/**
 * What every analyzer may use besides the document: the policy, cancellation, and (when the
 * caller has one) a read-only view of the rest of the workspace for config <-> dataset linking.
 * Analyzers return raw findings with default severities; check-document applies the policy.
 */
export interface AnalysisContext {
  policy: Policy;
  cancellation: Cancellation;
  workspace?: WorkspaceView;
}

/**
 * The workspace as the engine sees it: no fs, just lookups the server and CLI implement over
 * their own indexes. Extended by the governance/linking work.
 */
export interface WorkspaceView {
  /** Text of another workspace file by workspace-relative path, if known (open or indexed). */
  readText?(path: string): string | undefined;
}

export type Analyzer = (doc: ParsedDocument, context: AnalysisContext) => Finding[];
