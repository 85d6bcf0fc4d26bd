import type { Policy } from '../../../schemas/policy';
import type { DatasetIndex } from './governance/dataset-index';
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
  /**
   * False in an untrusted workspace: nothing from the workspace that could run (custom secret
   * regexes of its policy) is used. Default (undefined): trusted, as in the CLI.
   */
  trusted?: boolean;
  /** Clock for age rules (credential rotation); tests pass a fixed date. Default: now. */
  now?: () => Date;
}

/**
 * The workspace as the engine sees it: no fs, just lookups the server and CLI implement over
 * their own indexes. Extended by the governance/linking work.
 */
export interface WorkspaceView {
  /** Text of another workspace file by workspace-relative path, if known (open or indexed). */
  readText?(path: string): string | undefined;
  /**
   * The workspace's dataset manifests and dataset_info.json files, for config <-> dataset
   * linking. Without it, rules that need linking stay silent (nothing can be resolved).
   */
  datasetIndex?(): DatasetIndex | undefined;
}

export type Analyzer = (doc: ParsedDocument, context: AnalysisContext) => Finding[];
