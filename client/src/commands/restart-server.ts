import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerRestartServer(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('tuneguard.restartServer', async () => {
    log.info('Restarting the Tuneguard server on request.');
    if (client.isRunning()) await client.restart();
    else await client.start();
  });
}
