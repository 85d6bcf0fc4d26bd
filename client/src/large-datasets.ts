import * as vscode from 'vscode';
import { State, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { DATASET_FROM_DISK_NOTIFICATION, SYNC_DATASET_TEXT_UP_TO_CHARS, type DatasetFromDiskParams } from '../../schemas/protocol';

const DATASET_FILE = /\.(jsonl|ndjson|csv|tsv|json)$/i;
/** VS Code does not give extensions documents above 50 MiB at all (the text model's sync limit). */
const VSCODE_SYNC_LIMIT_BYTES = 50 * 1024 * 1024;

/**
 * Large dataset files are not synced to the server: sending 50 MB of text over the wire and
 * holding it there costs seconds and hundreds of MB. The server scans the saved file from disk
 * instead, on open and on every save. Documents too large for VS Code to hand to extensions are
 * found through their editor tabs.
 */
export class LargeDatasets implements vscode.Disposable {
  private readonly fromDisk = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;

  readonly middleware: Middleware = {
    didOpen: (document, next) => (this.isLarge(document) ? this.notify(document.uri, 'opened') : next(document)),
    didChange: (event, next) => {
      const key = event.document.uri.toString();
      if (!this.fromDisk.has(key)) return next(event);
      // Not dirty after a change: the text is the file's again (reloaded after an outside write, or undone to the saved state).
      return event.document.isDirty ? Promise.resolve() : this.notify(event.document.uri, 'saved');
    },
    didSave: (document, next) => (this.fromDisk.has(document.uri.toString()) ? this.notify(document.uri, 'saved') : next(document)),
    didClose: (document, next) => (this.fromDisk.has(document.uri.toString()) ? this.notify(document.uri, 'closed') : next(document)),
  };

  /** Watches editor tabs (documents over VS Code's limit never reach didOpen), and re-announces them to each new server. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.disposables.push(
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.opened) void this.openedTab(tab);
        for (const tab of e.closed) this.closedTab(tab);
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.openTabs();
      }),
    );
    if (client.isRunning()) this.openTabs();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.disposables.length = 0;
  }

  private isLarge(document: vscode.TextDocument): boolean {
    return document.uri.scheme === 'file' && DATASET_FILE.test(document.uri.path) && document.getText().length > SYNC_DATASET_TEXT_UP_TO_CHARS;
  }

  private async notify(uri: vscode.Uri, event: DatasetFromDiskParams['event']): Promise<void> {
    const key = uri.toString();
    if (event === 'closed') this.fromDisk.delete(key);
    else this.fromDisk.add(key);
    const params: DatasetFromDiskParams = { uri: key, event };
    await this.client?.sendNotification(DATASET_FROM_DISK_NOTIFICATION, params);
  }

  private openTabs(): void {
    for (const tab of vscode.window.tabGroups.all.flatMap((group) => group.tabs)) void this.openedTab(tab, true);
  }

  /** `again`: announce even if announced before (a new server knows nothing). */
  private async openedTab(tab: vscode.Tab, again = false): Promise<void> {
    const uri = datasetTabUri(tab);
    if (uri && !again && this.fromDisk.has(uri.toString())) return;
    // Synced documents are announced by didOpen (also after a restart); only the unsynced ones are left here.
    if (!uri || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > VSCODE_SYNC_LIMIT_BYTES) await this.notify(uri, 'opened');
    } catch {
      // Gone or unreadable: the editor says so; nothing to scan.
    }
  }

  private closedTab(tab: vscode.Tab): void {
    const uri = datasetTabUri(tab);
    if (!uri || !this.fromDisk.has(uri.toString())) return;
    const stillOpen = vscode.window.tabGroups.all.some((group) => group.tabs.some((t) => datasetTabUri(t)?.toString() === uri.toString()));
    if (!stillOpen && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) void this.notify(uri, 'closed');
  }
}

function datasetTabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  return input instanceof vscode.TabInputText && input.uri.scheme === 'file' && DATASET_FILE.test(input.uri.path) ? input.uri : undefined;
}
