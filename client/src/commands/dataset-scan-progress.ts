import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SCAN_DATASET_REQUEST, ScanDatasetResultSchema, type ScanDatasetResult } from '../../../schemas/protocol';

/** The file a dataset command applies to: the explorer selection, else the active editor's file. */
export function targetUri(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  return vscode.window.activeTextEditor?.document.uri;
}

/** Ask the server to scan, under a cancellable progress notification. Undefined when cancelled. */
export async function scanWithProgress(client: LanguageClient, uri: vscode.Uri): Promise<ScanDatasetResult | undefined> {
  const name = uri.path.split('/').pop();
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Tuneguard: scanning ${name} for personal data and secrets`, cancellable: true },
    async (_progress, token) => {
      try {
        const raw = await client.sendRequest(SCAN_DATASET_REQUEST, { uri: uri.toString() }, token);
        return ScanDatasetResultSchema.parse(raw);
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      }
    },
  );
}

/** "4 email addresses, 2 SSNs; 1 secret" style summary by kind. */
export function summaryByKind(result: ScanDatasetResult): string {
  const kinds = Object.entries(result.counts).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n.toLocaleString('en-US')} ${kind}`);
  const secrets = result.secrets > 0 ? `; ${result.secrets} secret(s)` : '';
  return `${kinds.length > 0 ? kinds.join(', ') : 'no personal data'}${secrets} in ${result.records.toLocaleString('en-US')} record(s)`;
}
