import {
  DidChangeWatchedFilesNotification, FileChangeType, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { registerCodeActions } from './features/code-actions';
import { COMPLETION_TRIGGER_CHARACTERS, registerCompletion } from './features/completion';
import { registerHover } from './features/hover';
import { schemaHover } from './engine/schema-support/schema-hover';
import { registerDiagnostics } from './features/diagnostics';
import { DatasetWorkerPool } from './cli/dataset-worker-pool';
import { DatasetDiagnostics } from './features/dataset-diagnostics';
import { registerDatasetRequests } from './features/dataset-requests';
import { DATASET_FROM_DISK_NOTIFICATION, DatasetFromDiskParamsSchema } from '../../schemas/protocol';
import { connectionLogger } from './features/logger';
import { MOVE_SECRET_COMMAND, moveSecrets, type MoveSecretArgs } from './features/move-secret-command';
import { CODE_ACTION_KINDS } from './features/code-actions';
import { HistoryExposure } from './features/git-history-exposure';
import { WORKSPACE_TRUSTED_NOTIFICATION, WorkspaceTrust } from './features/secret-store/workspace-trust';
import { BaselineStore } from './features/baseline-store';
import { registerCredentialInventory } from './features/credential-inventory';
import { PolicyStore } from './features/policy-store';
import { safeHandler } from './features/safe-handler';
import { SettingsStore } from './features/settings-store';
import { WorkspaceFolders } from './features/workspace-folders';
import { WorkspaceIndex } from './features/workspace-index';
import { classificationHover } from './engine/governance/classification-hover';

export const SERVER_NAME = 'tuneguard-language-server';
export const SERVER_VERSION = '0.1.0';

/** Capability negotiation and feature registration; the features do the work. */
export function startServer(connection: Connection): void {
  const log = connectionLogger(connection);
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const policies = new PolicyStore(log);
  let settings: SettingsStore;
  let diagnostics: { refreshAll(): void } = { refreshAll: () => undefined };
  let clientTracksFolders = false;
  let canWatchFiles = false;
  const trust = new WorkspaceTrust();
  const baselines = new BaselineStore(log);
  const exposure = new HistoryExposure(trust, log, () => diagnostics.refreshAll());
  const index = new WorkspaceIndex(connection, log, () => diagnostics.refreshAll());
  let datasetPool: DatasetWorkerPool | undefined;
  // One worker: the main thread keeps the other core for requests on other documents.
  const pool = () => (datasetPool ??= new DatasetWorkerPool([], 1));
  const datasets = new DatasetDiagnostics(pool, log, () => diagnostics.refreshAll(), () => trust.trusted);
  documents.onDidClose((e) => datasets.forget(e.document.uri));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    trust.setFromInitializationOptions(params.initializationOptions);
    folders.set((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []));
    const pull = !!params.capabilities.textDocument?.diagnostic;
    clientTracksFolders = !!params.capabilities.workspace?.workspaceFolders;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    settings = new SettingsStore(connection, log, !!params.capabilities.workspace?.configuration);
    diagnostics = registerDiagnostics({ connection, documents, folders, policies, settings, log, pull, workspace: (root) => index.viewFor(root), annotate: (root, file, text, findings) => exposure.annotate(root, file, text, findings), trusted: () => trust.trusted, baseline: (root) => baselines.get(root), datasets });
    registerDatasetRequests({ connection, documents, folders, policies, log, pool, refreshAll: () => diagnostics.refreshAll(), manifestWritten: (file) => index.fileChanged(folders.rootFor(file), file, false), trusted: () => trust.trusted });
    registerCodeActions({ connection, documents, folders, policies, log, trust, exposure });
    registerCredentialInventory({ connection, documents, folders, policies, log });
    registerCompletion({ connection, documents, folders, policies, log });
    registerHover({ connection, documents, folders, policies, log, workspace: (root) => index.viewFor(root) }, [schemaHover, classificationHover]);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: pull ? { interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [MOVE_SECRET_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(async () => {
    await settings.refresh();
    policies.setPolicyFileName(settings.get().policyFile);
    if (clientTracksFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(safeHandler('workspace/didChangeWorkspaceFolders', log, () => undefined, async () => {
        folders.set(((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri));
        policies.invalidate();
        diagnostics.refreshAll();
        void index.indexFolders(folders.all());
      }));
    }
    if (canWatchFiles) {
      // Dataset cards and Croissant files link datasets too; the client's own watcher covers manifests and the policy.
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/README.md' }, { globPattern: '**/*.{json,jsonld}' }] }).catch(() => undefined);
    }
    void index.indexFolders(folders.all());
    log.info(`${SERVER_NAME} ${SERVER_VERSION} ready (${folders.all().length} workspace folder(s)).`);
  });

  connection.onDidChangeConfiguration(safeHandler('workspace/didChangeConfiguration', log, () => undefined, async (change) => {
    await settings.refresh((change.settings as { tuneguard?: unknown } | undefined)?.tuneguard);
    policies.setPolicyFileName(settings.get().policyFile);
    diagnostics.refreshAll();
  }));

  const onPolicyDocument = (document: TextDocument, closed = false) => {
    const fsPath = URI.parse(document.uri).fsPath;
    if (!policies.isPolicyFile(fsPath)) return;
    policies.setOverlay(fsPath, closed ? undefined : document.getText());
    diagnostics.refreshAll();
  };
  documents.onDidChangeContent((e) => onPolicyDocument(e.document));
  documents.onDidClose((e) => onPolicyDocument(e.document, true));
  const onIndexedDocument = (document: TextDocument, closed = false) => {
    const uri = URI.parse(document.uri);
    if (uri.scheme === 'file') index.documentChanged(folders.rootFor(uri.fsPath), uri.fsPath, closed ? undefined : document.getText());
  };
  documents.onDidChangeContent((e) => onIndexedDocument(e.document));
  documents.onDidClose((e) => onIndexedDocument(e.document, true));

  connection.onDidChangeWatchedFiles(safeHandler('workspace/didChangeWatchedFiles', log, () => undefined, async (params) => {
    for (const change of params.changes) {
      const uri = URI.parse(change.uri);
      if (uri.scheme === 'file') await index.fileChanged(folders.rootFor(uri.fsPath), uri.fsPath, change.type === FileChangeType.Deleted);
    }
    policies.invalidate();
    baselines.invalidate();
    diagnostics.refreshAll();
  }));

  connection.onExecuteCommand(safeHandler('workspace/executeCommand', log, () => false, async (params) => {
    if (params.command === MOVE_SECRET_COMMAND && params.arguments?.[0]) {
      return moveSecrets({ connection, documents, folders, policies, log, trust, exposure }, params.arguments[0] as MoveSecretArgs);
    }
    return false;
  }));

  connection.onNotification(DATASET_FROM_DISK_NOTIFICATION, safeHandler(DATASET_FROM_DISK_NOTIFICATION, log, () => undefined, async (raw) => {
    const { uri, event } = DatasetFromDiskParamsSchema.parse(raw);
    const file = URI.parse(uri);
    if (event !== 'closed' && file.scheme === 'file' && settings.get().enable) {
      const root = folders.rootFor(file.fsPath);
      await datasets.openFromDisk(uri, file.fsPath, folders.relativePath(file.fsPath), policies.get(root), settings.get().maxFindingsPerFile, baselines.get(root));
    } else {
      datasets.forget(uri);
      diagnostics.refreshAll();
    }
  }));

  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
    trust.grant();
    diagnostics.refreshAll();
  });

  documents.listen(connection);
  connection.listen();
}
