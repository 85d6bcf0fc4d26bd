import {
  CompletionItemKind, MarkupKind, type CompletionItem, type CompletionParams, type Connection, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../engine/parse/parse-document';
import { completeFromSchema } from '../engine/schema-support/complete';
import { documentScope } from './document-scope';
import type { Logger } from './logger';
import type { PolicyStore } from './policy-store';
import { safeHandler } from './safe-handler';
import type { WorkspaceFolders } from './workspace-folders';

export interface CompletionDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  log: Logger;
}

export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '"', '/'];

/** Keys and values of the policy and dataset manifests, from their schemas (and the policy's levels). */
export function registerCompletion(deps: CompletionDeps): void {
  deps.connection.onCompletion(safeHandler('textDocument/completion', deps.log, (): CompletionItem[] => [], (params: CompletionParams) => {
    const document = deps.documents.get(params.textDocument.uri);
    if (!document) return [];
    const { path, policy } = documentScope(document, deps.folders, deps.policies);
    const doc = parseDocument({ path, text: document.getText() });
    const offset = document.offsetAt(params.position);
    return completeFromSchema(doc, offset, policy).map((item, index): CompletionItem => ({
      label: item.label,
      kind: item.kind === 'property' ? CompletionItemKind.Property : CompletionItemKind.Value,
      detail: item.detail,
      documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
      sortText: String(index).padStart(4, '0'),
      textEdit: { range: { start: document.positionAt(item.replaceStart), end: document.positionAt(item.replaceEnd) }, newText: item.insertText },
    }));
  }));
}
