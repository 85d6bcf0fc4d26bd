import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLASSIFY_DATASET } from './classify-dataset';
import { scanWithProgress, summaryByKind, targetUri } from './dataset-scan-progress';

export const SCAN_DATASET = 'tuneguard.scanDataset';

/** "Tuneguard: Scan Dataset": the server scans; we show a summary by kind and offer to classify. */
export function registerScanDataset(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(SCAN_DATASET, async (resource?: unknown) => {
    const uri = targetUri(resource);
    if (!uri) {
      void vscode.window.showWarningMessage('Tuneguard: open or select a dataset (JSONL, JSON, CSV) or its manifest first.');
      return;
    }
    try {
      const result = await scanWithProgress(client, uri);
      if (!result) return;
      log.info(`Scan of ${uri.path.split('/').pop()}: ${summaryByKind(result)}`);
      const classify = 'Classify…';
      const choice = await vscode.window.showInformationMessage(`Tuneguard: ${summaryByKind(result)}. Suggested ${result.reason}.`, classify);
      if (choice === classify) await vscode.commands.executeCommand(CLASSIFY_DATASET, uri, result);
    } catch (error) {
      void vscode.window.showErrorMessage(`Tuneguard: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
