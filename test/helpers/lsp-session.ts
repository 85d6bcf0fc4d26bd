import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest,
  ApplyWorkspaceEditRequest, ConfigurationRequest, ShowMessageNotification, LogMessageNotification,
  type ApplyWorkspaceEditParams, type ClientCapabilities, type InitializeResult, type FullDocumentDiagnosticReport, type Diagnostic,
  ShowMessageRequest, type ShowMessageParams, type LogMessageParams, RegistrationRequest, DiagnosticRefreshRequest, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './run-cli';
import { stopServer } from './stop-server';

/** A real LSP client over stdio to dist/server.js, recording everything the server says. */
export class LspSession {
  readonly connection: ProtocolConnection;
  readonly messages: string[] = [];
  readonly logs: string[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** How the test answers workspace/applyEdit; default: accept. */
  onApplyEdit: (params: ApplyWorkspaceEditParams) => boolean = () => true;
  settings: Record<string, unknown> = {};
  private readonly process: ChildProcess;
  private readonly reader: StreamMessageReader;
  stderr = '';

  constructor(extraArgs: string[] = []) {
    this.process = spawn(process.execPath, [SERVER, '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr += d));
    this.reader = new StreamMessageReader(this.process.stdout!);
    this.connection = createProtocolConnection(this.reader, new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(ShowMessageNotification.method, (p: ShowMessageParams) => void this.messages.push(p.message));
    this.connection.onRequest(ShowMessageRequest.type, (p) => {
      this.messages.push(p.message);
      return null;
    });
    this.connection.onNotification(LogMessageNotification.method, (p: LogMessageParams) => void this.logs.push(p.message));
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: this.onApplyEdit(params) };
    });
    this.connection.listen();
  }

  /** A session on `workspaceFolder`, initialized, closed when test `t` ends. */
  static async started(t: { after(fn: () => unknown): void }, workspaceFolder: string): Promise<LspSession> {
    const session = new LspSession();
    t.after(() => session.close());
    await session.initialize(workspaceFolder);
    return session;
  }

  /** `trusted`: what the client says of the workspace (unsaid by default); `capabilities` replace the default ones. */
  async initialize(workspaceFolder: string, options: { trusted?: boolean; capabilities?: ClientCapabilities } = {}): Promise<InitializeResult> {
    const uri = pathToFileURL(workspaceFolder).href;
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'ws' }],
      initializationOptions: options.trusted === undefined ? undefined : { trusted: options.trusted },
      capabilities: options.capabilities ?? {
        workspace: { applyEdit: true, configuration: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true } },
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
        window: { showMessage: {} },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(file: string, text: string, languageId = 'yaml', version = 1): Promise<string> {
    const uri = pathToFileURL(file).href;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    return (report as FullDocumentDiagnosticReport).items;
  }

  /** Everything the server sent to the client that a user could see or that ends up in a log. */
  allOutput(): string {
    return [...this.messages, ...this.logs, this.stderr].join('\n');
  }

  async close(): Promise<void> {
    await stopServer(this.connection, this.reader, this.process);
  }
}
