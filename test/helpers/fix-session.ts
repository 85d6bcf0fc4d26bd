import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest, ShowMessageRequest, type CodeAction, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session';
import { FIXTURES } from './temp-dir';

export const FAKE_CLIS = join(FIXTURES, 'fake-provider-clis');

/** Put the fake provider CLIs first on PATH for servers started after this; they record into `recordDir`. */
export function useFakeClis(recordDir: string, options: { fail?: boolean } = {}): void {
  const path = (process.env.PATH ?? '').split(':').filter((p) => p !== FAKE_CLIS);
  process.env.PATH = [FAKE_CLIS, ...path].join(':');
  process.env.FAKE_CLI_RECORD_DIR = recordDir;
  if (options.fail) process.env.FAKE_CLI_FAIL = '1';
  else delete process.env.FAKE_CLI_FAIL;
}

/** Every call the fake CLIs recorded: name, argv and stdin. */
export function recordedCalls(recordDir: string): { name: string; argv: string[]; stdin: string }[] {
  return readdirSync(recordDir).filter((f) => f.endsWith('.argv')).sort().map((f) => {
    const base = f.slice(0, -'.argv'.length);
    return {
      name: base.split('.')[0],
      argv: readFileSync(join(recordDir, f), 'utf8').split('\n').slice(0, -1),
      stdin: readFileSync(join(recordDir, `${base}.stdin`), 'utf8'),
    };
  });
}

/** An LSP session that says whether the workspace is trusted and answers confirmation prompts. */
export class FixSession extends LspSession {
  /** Title of the button the "user" presses on window/showMessageRequest; undefined dismisses. */
  answer: string | undefined;
  /** Messages that asked the user to choose (had buttons). */
  readonly prompts: string[] = [];

  constructor() {
    super();
    this.connection.onRequest(ShowMessageRequest.type, (p) => {
      if (p.actions?.length) this.prompts.push(p.message);
      this.messages.push(p.message);
      const action = p.actions?.find((a) => a.title === this.answer || (this.answer !== undefined && a.title.startsWith(this.answer)));
      return action ?? null;
    });
  }

  async initializeWith(workspaceFolder: string, trusted: boolean | undefined): Promise<InitializeResult> {
    return this.initialize(workspaceFolder, {
      trusted,
      capabilities: {
        workspace: { applyEdit: true, configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, diagnostics: { refreshSupport: true } },
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } } },
        window: { showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
      },
    });
  }

  async secretDiagnostics(uri: string): Promise<Diagnostic[]> {
    return (await this.diagnostics(uri)).filter((d) => String(d.code).startsWith('secrets/'));
  }

  async codeActions(uri: string, diagnostics: Diagnostic[], context: { only?: string[]; triggerKind?: 1 | 2 } = {}): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return (await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...context } })) as CodeAction[];
  }
}

/** Poll until `check` holds or the deadline passes (never a fixed sleep). */
export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
