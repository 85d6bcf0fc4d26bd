import * as path from 'node:path';
import { TextDocumentEdit, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { planFixAt } from '../engine/fixes/plan-fix';
import { storeInEnvFile } from './env-file-store';
import type { Logger } from './logger';
import type { PolicyStore } from './policy-store';
import type { WorkspaceFolders } from './workspace-folders';

export const MOVE_SECRET_COMMAND = 'tuneguard.server.moveSecretToEnvFile';

/** Arguments of the quick fix's command: where the finding is, never the value itself. */
export interface MoveSecretArgs {
  uri: string;
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

export interface MoveSecretDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  log: Logger;
}

/**
 * Store first, edit second: the value is written to the git-ignored env file and read back
 * before the literal is removed. If storing fails, the document is not touched.
 */
export async function moveSecretToEnvFile(deps: MoveSecretDeps, args: MoveSecretArgs): Promise<boolean> {
  const { connection, documents, folders, policies, log } = deps;
  const document = documents.get(args.uri);
  if (!document || document.version !== args.version) {
    void connection.window.showWarningMessage('Tuneguard: the file changed since the fix was offered; nothing was moved. Try the quick fix again.');
    return false;
  }
  const fsPath = URI.parse(document.uri).fsPath;
  const root = folders.rootFor(fsPath);
  const policy = policies.get(root);
  const plan = planFixAt({ path: folders.relativePath(fsPath), text: document.getText() }, policy, args.ruleId, args.start, args.end);
  if (!plan) {
    void connection.window.showWarningMessage('Tuneguard: this value cannot be moved automatically here (flow style or list item). Move it by hand.');
    return false;
  }
  let stored;
  try {
    stored = await storeInEnvFile(root, policy.secrets.envFile, plan.variable, plan.value);
  } catch (error) {
    log.error(`Storing ${plan.variable} failed; the config was not changed.`);
    void connection.window.showErrorMessage(`Tuneguard did not change the file: the secret could not be stored first (${(error as Error).message}).`);
    return false;
  }
  log.info(`Stored ${stored.variable} in ${path.relative(root, stored.envFile)}; removing the literal from ${path.basename(fsPath)}.`);
  const edits = plan.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
  const result = await connection.workspace.applyEdit({
    label: `Move ${stored.variable} to ${path.basename(stored.envFile)}`,
    edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] },
  });
  if (!result.applied) {
    void connection.window.showWarningMessage(`Tuneguard stored ${stored.variable} in ${path.basename(stored.envFile)}, but the editor refused the edit${result.failureReason ? ` (${result.failureReason})` : ''}; the literal is still in the file.`);
    return false;
  }
  void connection.window.showInformationMessage(`Tuneguard moved the secret to ${path.relative(root, stored.envFile)} as ${stored.variable} (git-ignored). Load it at launch, e.g. \`set -a; . ${path.relative(root, stored.envFile)}; set +a\`.`);
  return true;
}
