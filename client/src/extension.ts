import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerRestartServer } from './commands/restart-server';
import { registerShowCredentialInventory } from './commands/show-credential-inventory';
import { forwardWorkspaceTrust } from './workspace-trust';
import { registerClassifyDataset } from './commands/classify-dataset';
import { registerScanDataset } from './commands/scan-dataset';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Tuneguard', { log: true });
  client = createClient(context, log);
  context.subscriptions.push(
    log,
    registerRestartServer(client, log),
    registerShowCredentialInventory(client, log),
    forwardWorkspaceTrust(client),
    registerScanDataset(client, log),
    registerClassifyDataset(client, log),
    vscode.commands.registerCommand('tuneguard.showOutput', () => log.show()),
  );
  await client.start();
  log.info(`Tuneguard activated in ${Date.now() - started} ms.`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
