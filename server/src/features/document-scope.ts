import { URI } from 'vscode-uri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Policy } from '../../../schemas/policy';
import type { PolicyStore } from './policy-store';
import type { WorkspaceFolders } from './workspace-folders';

/** The engine's view of an open document: its workspace-relative path and its folder's policy. */
export function documentScope(document: TextDocument, folders: WorkspaceFolders, policies: PolicyStore): { path: string; policy: Policy } {
  const uri = URI.parse(document.uri);
  if (uri.scheme !== 'file') return { path: uri.path, policy: policies.get(folders.rootFor(uri.path)) };
  return { path: folders.relativePath(uri.fsPath), policy: policies.get(folders.rootFor(uri.fsPath)) };
}
