import '../../schemas/zod-jitless';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerRestartServer } from './commands/restart-server';
import { registerShowCredentialInventory } from './commands/show-credential-inventory';
import { registerClassifyDataset } from './commands/classify-dataset';
import { registerScanDataset } from './commands/scan-dataset';
import { LargeDatasets } from './large-datasets';
import { forwardWorkspaceTrust } from './workspace-trust';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Tuneguard', { log: true });
  const largeDatasets = new LargeDatasets();
  client = createClient(context, log, largeDatasets.middleware);
  largeDatasets.attach(client);
  context.subscriptions.push(
    log,
    largeDatasets,
    registerRestartServer(client, log),
    registerShowCredentialInventory(client, log),
    registerScanDataset(client, log),
    registerClassifyDataset(client, log),
    forwardWorkspaceTrust(client),
    vscode.commands.registerCommand('tuneguard.showOutput', () => log.show()),
  );
  await client.start();
  log.info(`Tuneguard activated in ${Date.now() - started} ms.`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
