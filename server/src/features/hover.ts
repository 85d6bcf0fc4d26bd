/*
 * Hover is pluggable. Each source of hover text is a pure engine `HoverProvider`
 * (server/src/engine/hover-provider.ts); server.ts passes the list to `registerHover`.
 * To add one (e.g. a config's effective classification), write the provider in the engine and
 * append it to the list in server.ts; providers that need the workspace get it when server.ts
 * passes `workspace` in the deps. Nothing in this file needs to change.
 */
import { MarkupKind, type Connection, type Hover, type HoverParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceView } from '../engine/analysis-context';
import type { HoverProvider } from '../engine/hover-provider';
import { parseDocument } from '../engine/parse/parse-document';
import { documentScope } from './document-scope';
import type { Logger } from './logger';
import type { PolicyStore } from './policy-store';
import { safeHandler } from './safe-handler';
import type { WorkspaceFolders } from './workspace-folders';

export interface HoverDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  log: Logger;
  /** The workspace (dataset manifests) of a folder, for providers that link files together. */
  workspace?: (root: string) => WorkspaceView;
}

export function registerHover(deps: HoverDeps, providers: readonly HoverProvider[]): void {
  deps.connection.onHover(safeHandler('textDocument/hover', deps.log, (): Hover | null => null, (params: HoverParams) => {
    const document = deps.documents.get(params.textDocument.uri);
    if (!document) return null;
    const { path, root, policy } = documentScope(document, deps.folders, deps.policies);
    const doc = parseDocument({ path, text: document.getText() });
    const offset = document.offsetAt(params.position);
    const context = { policy, workspace: deps.workspace?.(root) };
    const answers = providers.map((provide) => provide(doc, offset, context)).filter((a) => a !== undefined);
    if (answers.length === 0) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: answers.map((a) => a.contents).join('\n\n---\n\n') },
      range: { start: document.positionAt(answers[0].start), end: document.positionAt(answers[0].end) },
    };
  }));
}
