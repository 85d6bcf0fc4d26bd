import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CREDENTIAL_INVENTORY_REQUEST, type CredentialInventory } from '../../../schemas/credential-inventory';
import { collectInventory } from '../engine/inventory/collect-inventory';
import { inventoryFiles } from './inventory-files';
import type { Logger } from './logger';
import type { PolicyStore } from './policy-store';
import { safeHandler } from './safe-handler';
import type { WorkspaceFolders } from './workspace-folders';

export interface InventoryDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  log: Logger;
}

/** `tuneguard/credentialInventory`: every credential of every workspace folder (open documents as edited). */
export function registerCredentialInventory(deps: InventoryDeps): void {
  const { connection, documents, folders, policies, log } = deps;
  const empty = (): CredentialInventory => ({ generatedAt: new Date().toISOString(), credentials: [] });
  connection.onRequest(CREDENTIAL_INVENTORY_REQUEST, safeHandler(CREDENTIAL_INVENTORY_REQUEST, log, empty, () => {
    const started = Date.now();
    const open = new Map(documents.all().map((d) => [URI.parse(d.uri).fsPath, d.getText()]));
    const merged: CredentialInventory = empty();
    for (const root of folders.all()) {
      const openHere = [...open.keys()].filter((file) => folders.rootFor(file) === root);
      const files = inventoryFiles(root, [root], (file) => open.get(file), openHere);
      const inventory = collectInventory(files, policies.get(root), new Date());
      const prefix = folders.all().length > 1 ? `${root.split(/[\\/]/).pop()}/` : '';
      for (const credential of inventory.credentials) {
        const uses = credential.uses.map((u) => ({ ...u, path: prefix + u.path }));
        const existing = merged.credentials.find((c) => c.name === credential.name);
        if (!existing) merged.credentials.push({ ...credential, uses, files: credential.files.map((f) => prefix + f) });
        else {
          existing.uses.push(...uses);
          existing.files.push(...credential.files.map((f) => prefix + f));
          existing.literals += credential.literals;
          existing.stores = [...new Set([...existing.stores, ...credential.stores])].sort();
        }
      }
    }
    log.info(`Credential inventory: ${merged.credentials.length} credential(s) in ${Date.now() - started} ms.`);
    return merged;
  }));
}
