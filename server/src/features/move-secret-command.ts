import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocumentEdit, type Connection, type CreateFile, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { FilePlan } from '../engine/fixes/file-fix';
import { planFileFixFor } from '../engine/fixes/plan-fix';
import { providerFor, referenceFor, resolveSecretsSettings, type SecretsSettings } from '../engine/fixes/providers';
import { addReferences } from '../engine/fixes/references-file';
import { rotationAdvice } from '../engine/fixes/rotation-pages';
import type { HistoryExposure } from './git-history-exposure';
import type { Logger } from './logger';
import type { PolicyStore } from './policy-store';
import { storeSecrets, type StoreOutcome } from './secret-store/store-secrets';
import type { WorkspaceTrust } from './secret-store/workspace-trust';
import type { WorkspaceFolders } from './workspace-folders';

export const MOVE_SECRET_COMMAND = 'tuneguard.server.moveSecretToEnvFile';

/** Where the finding is (never the value); without `ruleId`, every movable secret of the file. */
export interface MoveSecretArgs {
  uri: string;
  version: number;
  ruleId?: string;
  start?: number;
  end?: number;
}

export interface MoveSecretDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  log: Logger;
  trust: WorkspaceTrust;
  exposure: HistoryExposure;
}

/**
 * Store first, edit second: every value is stored (provider CLI after confirmation, or the
 * git-ignored env file, verified by reading it back) before the one edit that removes the
 * literals. If storing fails, the document is not touched and the user is told why.
 */
export async function moveSecrets(deps: MoveSecretDeps, args: MoveSecretArgs): Promise<boolean> {
  const { connection, documents, folders, policies, log } = deps;
  const document = documents.get(args.uri);
  if (!document || document.version !== args.version) {
    void connection.window.showWarningMessage('Tuneguard: the file changed since the fix was offered; nothing was moved. Try the quick fix again.');
    return false;
  }
  const fsPath = URI.parse(document.uri).fsPath;
  const root = folders.rootFor(fsPath);
  const policy = policies.get(root);
  const settings = resolveSecretsSettings(policy.secrets);
  const only = args.ruleId !== undefined && args.start !== undefined && args.end !== undefined ? { ruleId: args.ruleId, start: args.start, end: args.end } : undefined;
  const plan = planFileFixFor({ path: folders.relativePath(fsPath), text: document.getText() }, policy, only);
  if (plan.moves.length === 0) {
    void connection.window.showWarningMessage('Tuneguard: this value cannot be moved automatically here (flow style, list item or part of a longer value). Move it by hand.');
    return false;
  }
  const stored = await storeSecrets(deps, root, settings, plan.moves.map((m) => ({ variable: m.variable, value: m.value })), 'interactive');
  if (!stored.ok) {
    if (stored.cancelled) void connection.window.showInformationMessage('Tuneguard: nothing was stored and the file was not changed.');
    else {
      log.error(`Storing ${plan.moves.map((m) => m.variable).join(', ')} failed; the file was not changed.`);
      void connection.window.showErrorMessage(`Tuneguard did not change the file: the secret could not be stored first (${stored.reason}).`);
    }
    return false;
  }
  const edit = fileEdit(document, plan, stored.variables);
  if (stored.destination === 'provider' && stored.provider.resolvesReferencesFile) addReferencesFileEdit(edit, documents, root, settings, stored.variables);
  const result = await connection.workspace.applyEdit({ label: `Move ${stored.variables.join(', ')} out of ${path.basename(fsPath)}`, edit });
  const where = stored.destination === 'provider' ? stored.provider.label : stored.envFile;
  if (!result.applied) {
    void connection.window.showWarningMessage(`Tuneguard stored ${stored.variables.join(', ')} in ${where}, but the editor refused the edit${result.failureReason ? ` (${result.failureReason})` : ''}; the literal is still in the file.`);
    return false;
  }
  void connection.window.showInformationMessage(`Tuneguard moved ${stored.variables.join(', ')} to ${stored.destination === 'env-file' ? `${where} (git-ignored)` : where}. Launch with: ${launchHint(stored, settings)}`);
  const exposed = await deps.exposure.isExposed(root, fsPath, plan.moves.map((m) => m.value));
  const advice = plan.moves.filter((_, i) => exposed[i]).map((m) => `${m.variable}: ${rotationAdvice(m.finding.ruleId, m.finding.fix?.issuer)}`);
  if (advice.length > 0) void connection.window.showWarningMessage(`Tuneguard: ${advice.join(' ')}`);
  return true;
}

export function launchHint(stored: Extract<StoreOutcome, { ok: true }>, settings: SecretsSettings): string {
  const provider = stored.destination === 'provider' ? stored.provider : providerFor({ ...settings, provider: 'env-file' });
  return `\`${provider.launch(settings, stored.variables)}\``;
}

/** The file's edit, bound to the version the plan was made from (a stale edit is refused by the editor). */
export function fileEdit(document: TextDocument, plan: FilePlan, variables: readonly string[]): WorkspaceEdit {
  const edits = plan.edits(variables).map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/** `VAR=op://…` lines in the references file, part of the same (undoable) edit: they hold no value. */
function addReferencesFileEdit(edit: WorkspaceEdit, documents: TextDocuments<TextDocument>, root: string, settings: SecretsSettings, variables: readonly string[]): void {
  const file = path.resolve(root, settings.referencesFile);
  if (!file.startsWith(root + path.sep)) return;
  const uri = URI.file(file).toString();
  const open = documents.get(uri);
  let existing = open?.getText();
  if (existing === undefined) {
    try {
      existing = fs.readFileSync(file, 'utf8');
    } catch {
      existing = undefined;
    }
  }
  const provider = providerFor(settings);
  const text = addReferences(existing ?? '', variables.map((variable) => ({ variable, reference: referenceFor(provider, variable, settings) })));
  if (text === undefined) return;
  const changes = edit.documentChanges!;
  if (existing === undefined) changes.push({ kind: 'create', uri, options: { ignoreIfExists: true } } satisfies CreateFile);
  const current = TextDocument.create(uri, 'dotenv', 0, existing ?? '');
  changes.push(TextDocumentEdit.create({ uri, version: open?.version ?? null }, [{ range: { start: { line: 0, character: 0 }, end: current.positionAt((existing ?? '').length) }, newText: text }]));
}
