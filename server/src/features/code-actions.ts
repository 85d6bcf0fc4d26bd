import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from './logger';
import { safeHandler } from './safe-handler';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './to-diagnostic';
import { MOVE_SECRET_COMMAND, type MoveSecretArgs } from './move-secret-command';

/** Quick fixes, dispatched on the diagnostic's rule data (never on its message). */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, log: Logger): void {
  connection.onCodeAction(safeHandler('textDocument/codeAction', log, (): CodeAction[] => [], (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (data?.fix?.kind !== 'move-secret') continue;
      const args: MoveSecretArgs = {
        uri: document.uri, version: document.version, ruleId: data.ruleId,
        start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end),
      };
      actions.push({
        title: `Move ${data.fix.variable} to the git-ignored env file and remove it from this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title: 'Move secret to env file', command: MOVE_SECRET_COMMAND, arguments: [args] },
      });
    }
    return actions;
  }));
}
