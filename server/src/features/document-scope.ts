import { URI } from 'vscode-uri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Policy } from '../../../schemas/policy';
import type { PolicyStore } from './policy-store';
import type { WorkspaceFolders } from './workspace-folders';

export interface DocumentScope {
  /** Workspace-relative path with `/` separators (what the policy's globs match). */
  path: string;
  /** The workspace folder holding the document. */
  root: string;
  policy: Policy;
}

/** The engine's view of an open document: its workspace-relative path, its folder and that folder's policy. */
export function documentScope(document: TextDocument, folders: WorkspaceFolders, policies: PolicyStore): DocumentScope {
  const uri = URI.parse(document.uri);
  const fsPath = uri.scheme === 'file' ? uri.fsPath : uri.path;
  const root = folders.rootFor(fsPath);
  return { path: uri.scheme === 'file' ? folders.relativePath(fsPath) : uri.path, root, policy: policies.get(root) };
}
