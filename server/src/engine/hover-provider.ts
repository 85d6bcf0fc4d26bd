import type { Policy } from '../../../schemas/policy';
import type { WorkspaceView } from './analysis-context';
import type { ParsedDocument } from './parse/parse-document';

/** What a hover provider may use besides the document: the policy and (when known) the workspace. */
export interface HoverContext {
  policy: Policy;
  workspace?: WorkspaceView;
}

export interface EngineHover {
  /** Markdown; never a secret value, a dataset record or an allowlisted value. */
  contents: string;
  /** UTF-16 offsets of the hovered text. */
  start: number;
  end: number;
}

/**
 * One source of hover text (schema docs, effective classification, ...). Pure: the LSP adapter in
 * features/hover.ts asks every provider and joins their answers.
 */
export type HoverProvider = (doc: ParsedDocument, offset: number, context: HoverContext) => EngineHover | undefined;
