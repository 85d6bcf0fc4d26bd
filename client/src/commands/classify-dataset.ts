import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLASSIFY_DATASET_REQUEST, ClassifyDatasetResultSchema, ScanDatasetResultSchema, type ScanDatasetResult } from '../../../schemas/protocol';
import { scanWithProgress, targetUri } from './dataset-scan-progress';

export const CLASSIFY_DATASET = 'tuneguard.classifyDataset';

/**
 * "Tuneguard: Classify Dataset": scan (server side), pick a level with the suggested one first and
 * its reason, and let the server write the manifest.
 */
export function registerClassifyDataset(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(CLASSIFY_DATASET, async (resource?: unknown, previous?: unknown) => {
    const uri = targetUri(resource);
    if (!uri) {
      void vscode.window.showWarningMessage('Tuneguard: open or select a dataset (JSONL, JSON, CSV) or its manifest first.');
      return;
    }
    try {
      const parsed = ScanDatasetResultSchema.safeParse(previous);
      const scan = parsed.success ? parsed.data : await scanWithProgress(client, uri);
      if (!scan) return;
      const level = await pickLevel(scan);
      if (!level) return;
      const raw = await client.sendRequest(CLASSIFY_DATASET_REQUEST, { uri: uri.toString(), level, scan });
      const result = ClassifyDatasetResultSchema.parse(raw);
      log.info(`Classified ${uri.path.split('/').pop()} as ${level}`);
      const open = 'Open Manifest';
      const choice = await vscode.window.showInformationMessage(`Tuneguard: ${result.created ? 'created' : 'updated'} ${result.manifestUri.split('/').pop()} (classification: ${level}).`, open);
      if (choice === open) await vscode.window.showTextDocument(vscode.Uri.parse(result.manifestUri));
    } catch (error) {
      void vscode.window.showErrorMessage(`Tuneguard: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

async function pickLevel(scan: ScanDatasetResult): Promise<string | undefined> {
  const items: (vscode.QuickPickItem & { level: string })[] = [
    { label: scan.suggestedLevel, description: 'suggested', detail: scan.reason, level: scan.suggestedLevel },
    ...[...scan.levels].reverse().filter((l) => l !== scan.suggestedLevel).map((level) => ({
      label: level,
      description: level === scan.currentLevel ? 'current' : undefined,
      detail: scan.levels.indexOf(level) < scan.levels.indexOf(scan.suggestedLevel) ? 'below what the scan found' : undefined,
      level,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Tuneguard: classify dataset', placeHolder: scan.currentLevel ? `Currently ${scan.currentLevel}` : 'Not classified yet' });
  return picked?.level;
}
