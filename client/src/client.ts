import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type Middleware, type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restart-policy';

export const CLIENT_ID = 'tuneguard';
export const CLIENT_NAME = 'Tuneguard';

/** Files the server checks: configs, manifests, datasets and env files, by pattern not only by language. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', language: 'jsonl' },
  { scheme: 'file', pattern: '**/*.{jsonl,ndjson,csv,tsv,toml,ini,cfg,env}' },
  { scheme: 'file', pattern: '**/.env*' },
  { scheme: 'file', pattern: '**/README.md' },
];

/** Restart after a crash, but stop and say so when it keeps crashing (5 times in 3 minutes). */
class CrashAwareErrorHandler implements ErrorHandler {
  private readonly policy = new RestartPolicy(4, 3 * 60_000);

  constructor(private readonly log: vscode.LogOutputChannel) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const { restart, recent } = this.policy.recordCrash();
    if (restart) {
      this.log.warn(`The Tuneguard server stopped unexpectedly; restarting (${recent} in the last 3 minutes).`);
      return { action: CloseAction.Restart, handled: true };
    }
    void vscode.window.showErrorMessage('The Tuneguard server crashed 5 times in the last 3 minutes and was not restarted.', 'Restart Server', 'Show Log')
      .then((choice) => {
        if (choice === 'Restart Server') {
          this.policy.reset();
          void vscode.commands.executeCommand('tuneguard.restartServer');
        }
        if (choice === 'Show Log') this.log.show();
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}

export function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, middleware: Middleware): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const checkWhileTyping = vscode.workspace.getConfiguration('tuneguard').get<string>('run', 'onType') === 'onType';
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    middleware,
    diagnosticPullOptions: { onChange: checkWhileTyping, onSave: true },
    diagnosticCollectionName: CLIENT_ID,
    outputChannel: log,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new CrashAwareErrorHandler(log),
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.tuneguard.yaml,.tuneguard.yml,*.dataset.yaml,*.dataset.yml,dataset_info.json}'),
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
