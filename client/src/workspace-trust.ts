import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Tells the server when the user trusts the workspace (it starts with initializationOptions.trusted). */
export function forwardWorkspaceTrust(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification('tuneguard/workspaceTrusted'));
}
