import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CREDENTIAL_INVENTORY_REQUEST, type CredentialEntry, type CredentialInventory } from '../../../schemas/credential-inventory';
import { inventoryToCsv, inventoryToJson } from '../../../schemas/credential-inventory-format';

export const SHOW_CREDENTIAL_INVENTORY = 'tuneguard.showCredentialInventory';

/**
 * "Tuneguard: Show Credential Inventory": asks the server, lists the credentials (literals
 * first), opens a chosen use, and exports the whole inventory as JSON or CSV.
 */
export function registerShowCredentialInventory(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_CREDENTIAL_INVENTORY, async () => {
    const inventory = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Tuneguard: collecting credentials' },
      () => client.sendRequest<CredentialInventory>(CREDENTIAL_INVENTORY_REQUEST),
    );
    const exportJson = { label: '$(json) Export as JSON…', action: 'json' as const };
    const exportCsv = { label: '$(table) Export as CSV…', action: 'csv' as const };
    const items = inventory.credentials.map((c) => ({ label: c.name, description: describe(c), detail: c.files.join(', ') || 'listed in the policy, not used in the workspace', credential: c }));
    const picked = await vscode.window.showQuickPick<vscode.QuickPickItem & { credential?: CredentialEntry; action?: 'json' | 'csv' }>(
      [exportJson, exportCsv, { label: '', kind: vscode.QuickPickItemKind.Separator }, ...items],
      { title: `Credential inventory: ${inventory.credentials.length} credential(s)`, matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return;
    if (picked.action) {
      await exportInventory(inventory, picked.action, log);
      return;
    }
    const use = picked.credential?.uses[0];
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (use && folder) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, use.path));
      const position = new vscode.Position(Math.max(0, use.line - 1), 0);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
    }
  });
}

function describe(c: CredentialEntry): string {
  const parts = [c.stores.join(', ')];
  if (c.literals > 0) parts.unshift(`${c.literals} literal(s)`);
  if (c.owner) parts.push(`owner ${c.owner}`);
  if (c.lastRotated) parts.push(`rotated ${c.lastRotated}${c.ageDays !== undefined ? ` (${c.ageDays} days)` : ''}`);
  return parts.filter(Boolean).join(' · ');
}

async function exportInventory(inventory: CredentialInventory, format: 'json' | 'csv', log: vscode.LogOutputChannel): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `credential-inventory.${format}`) : undefined,
    filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
  });
  if (!target) return;
  const text = format === 'json' ? inventoryToJson(inventory) : inventoryToCsv(inventory);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  log.info(`Credential inventory exported to ${target.fsPath} (${inventory.credentials.length} credential(s)).`);
  void vscode.window.showInformationMessage(`Tuneguard: credential inventory exported to ${vscode.workspace.asRelativePath(target)}.`);
}
