import { URI } from 'vscode-uri';
import {
  DocumentDiagnosticReportKind, type CancellationToken, type Connection, type Diagnostic, type DocumentDiagnosticReport, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceView } from '../engine/analysis-context';
import { checkDocument } from '../engine/check-document';
import type { Finding } from '../engine/types';
import type { DatasetDiagnostics } from './dataset-diagnostics';
import type { Logger } from './logger';
import type { PolicyStore } from './policy-store';
import type { SettingsStore } from './settings-store';
import { capDiagnostics, toDiagnostic } from './to-diagnostic';
import type { WorkspaceFolders } from './workspace-folders';
import { safeHandler } from './safe-handler';

export interface DiagnosticsDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  settings: SettingsStore;
  log: Logger;
  /** The workspace (dataset manifests) of a folder, for config <-> dataset linking. */
  workspace?: (root: string) => WorkspaceView;
  /** Marks findings whose value is in the file's git history (rotation advice). */
  annotate?: (root: string, fsPath: string, text: string, findings: Finding[]) => Finding[];
  /** Whether the workspace is trusted: custom regexes of its policy run only then. */
  trusted?: () => boolean;
  /** Accepted findings of a folder (its baseline file). */
  baseline?: (root: string) => ReadonlySet<string>;
  /** Large open datasets are scanned in the background by this instead of on the request path. */
  datasets?: DatasetDiagnostics;
  /** Client supports textDocument/diagnostic (pull); otherwise we push. */
  pull: boolean;
}

/** Run the engine on one open document and map its findings to LSP diagnostics. */
export function diagnose(deps: DiagnosticsDeps, document: TextDocument, token?: CancellationToken): Diagnostic[] {
  const settings = deps.settings.get();
  if (!settings.enable) return [];
  const uri = URI.parse(document.uri);
  const fsPath = uri.scheme === 'file' ? uri.fsPath : uri.path;
  const root = deps.folders.rootFor(fsPath);
  const relativePath = uri.scheme === 'file' ? deps.folders.relativePath(fsPath) : uri.path;
  if (deps.datasets?.handles(document, relativePath)) return deps.datasets.diagnose(document, relativePath, deps.policies.get(root), settings.maxFindingsPerFile, deps.baseline?.(root));
  const started = Date.now();
  const result = checkDocument(
    { path: uri.scheme === 'file' ? deps.folders.relativePath(fsPath) : uri.path, text: document.getText() },
    { policy: deps.policies.get(root), workspace: deps.workspace?.(root), trusted: deps.trusted?.() ?? false, baseline: deps.baseline?.(root), cancellation: { get isCancellationRequested() { return token?.isCancellationRequested ?? false; } } },
  );
  deps.log.debug(`Checked ${uri.path.split('/').pop()} (${result.format}) in ${Date.now() - started} ms: ${result.findings.length} finding(s)`);
  const findings = deps.annotate && uri.scheme === 'file' ? deps.annotate(root, fsPath, document.getText(), result.findings) : result.findings;
  return capDiagnostics(findings.map((f) => toDiagnostic(document, f)), settings.maxFindingsPerFile);
}

export function registerDiagnostics(deps: DiagnosticsDeps): { refreshAll(): void } {
  const { connection, documents, log } = deps;
  if (deps.pull) {
    connection.languages.diagnostics.on(safeHandler('textDocument/diagnostic', log, (): DocumentDiagnosticReport => ({ kind: DocumentDiagnosticReportKind.Full, items: [] }),
      async (params, token) => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: diagnoseFromDisk(deps, params.textDocument.uri) };
        await yieldToEventLoop(); // lets a following didChange cancel this request before work starts
        if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        return { kind: DocumentDiagnosticReportKind.Full, items: diagnose(deps, document, token) };
      }));
    return { refreshAll: () => void connection.languages.diagnostics.refresh().catch(() => undefined) };
  }

  const timers = new Map<string, NodeJS.Timeout>();
  const push = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(safeHandler('push diagnostics', log, () => undefined, () => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: diagnose(deps, current) });
    }), 50));
  };
  documents.onDidOpen((e) => push(e.document));
  documents.onDidChangeContent((e) => push(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  const pushFromDisk = (uri: string) => void connection.sendDiagnostics({ uri, diagnostics: diagnoseFromDisk(deps, uri) });
  return { refreshAll: () => {
    documents.all().forEach(push);
    deps.datasets?.diskUris().forEach(pushFromDisk);
  } };
}

/** Diagnostics of a dataset the client does not sync (it is scanned from disk), else none. */
function diagnoseFromDisk(deps: DiagnosticsDeps, uri: string): Diagnostic[] {
  return deps.settings.get().enable ? deps.datasets?.fromDisk(uri) ?? [] : [];
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
