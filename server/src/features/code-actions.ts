import * as path from 'node:path';
import {
  CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { fixAllTitle, fixTitle } from '../engine/fixes/fix-title';
import { planFileFixFor } from '../engine/fixes/plan-fix';
import { resolveSecretsSettings } from '../engine/fixes/providers';
import type { Logger } from './logger';
import { fileEdit, MOVE_SECRET_COMMAND, type MoveSecretArgs, type MoveSecretDeps } from './move-secret-command';
import { safeHandler } from './safe-handler';
import { destinationLabel, storeSecrets } from './secret-store/store-secrets';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './to-diagnostic';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tuneguard`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Quick fixes per diagnostic, one "fix all" per file, and `source.fixAll.tuneguard` for fix on save. */
export function registerCodeActions(deps: MoveSecretDeps): void {
  const { connection, documents, log } = deps;
  connection.onCodeAction(safeHandler('textDocument/codeAction', log, (): CodeAction[] => [], async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    deps.log.debug(`Code actions asked for ${path.basename(params.textDocument.uri)} (only: ${params.context.only?.join(', ') ?? 'any'}, trigger: ${params.context.triggerKind === CodeActionTriggerKind.Automatic ? 'automatic' : 'invoked'}${document ? `, version ${document.version}` : ', not open'})`);
    if (!document) return [];
    const actions: CodeAction[] = [];
    if (wants(params, CodeActionKind.QuickFix)) actions.push(...quickFixes(deps, document, params));
    if (wants(params, FIX_ALL_KIND)) actions.push(...(await fixAll(deps, document, params)));
    return actions;
  }));
}

/** True when the request asks for `kind` (no `only`: everything but source actions). */
function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  if (!only) return kind === CodeActionKind.QuickFix;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function context(deps: MoveSecretDeps, document: TextDocument) {
  const fsPath = URI.parse(document.uri).fsPath;
  const root = deps.folders.rootFor(fsPath);
  const policy = deps.policies.get(root);
  const plan = planFileFixFor({ path: deps.folders.relativePath(fsPath), text: document.getText() }, policy);
  return { fsPath, root, policy, settings: resolveSecretsSettings(policy.secrets), plan };
}

function quickFixes(deps: MoveSecretDeps, document: TextDocument, params: CodeActionParams): CodeAction[] {
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.data as DiagnosticData | undefined)?.fix?.kind === 'move-secret');
  if (ours.length === 0) return [];
  const { settings, plan } = context(deps, document);
  const destination = destinationLabel(settings, deps.trust);
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const data = diagnostic.data as DiagnosticData;
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const move = plan.moves.find((m) => m.finding.ruleId === data.ruleId && m.finding.start === start && m.finding.end === end);
    if (!move) continue;
    const args: MoveSecretArgs = { uri: document.uri, version: document.version, ruleId: data.ruleId, start, end };
    actions.push({
      title: fixTitle({ variable: move.variable, destination, action: move.describe(move.variable), ruleId: data.ruleId, issuer: data.fix?.issuer, exposed: data.fix?.exposedInHistory }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: 'Move secret', command: MOVE_SECRET_COMMAND, arguments: [args] },
    });
  }
  if (plan.moves.length >= 2 && actions.length > 0) {
    const exposed = countExposed(params.context.diagnostics);
    actions.push({
      title: fixAllTitle(plan.moves.length, destination, exposed),
      kind: CodeActionKind.QuickFix,
      diagnostics: ours,
      command: { title: 'Move all secrets', command: MOVE_SECRET_COMMAND, arguments: [{ uri: document.uri, version: document.version } satisfies MoveSecretArgs] },
    });
  }
  return actions;
}

/**
 * On save (`only` asks for fixAll and the trigger is automatic) VS Code applies an action's
 * edit but does not reliably run its command, so the values are stored here, silently in the
 * git-ignored env file (no prompt, no process during a save), and the action is returned only
 * once every value is verified on disk. If the edit is then not applied, the values are still
 * stored: nothing is lost. From the Source Action menu, the command path (with confirmation) is used.
 */
async function fixAll(deps: MoveSecretDeps, document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
  const { root, settings, plan } = context(deps, document);
  if (plan.moves.length === 0) return [];
  const exposed = countExposed(params.context.diagnostics);
  if (params.context.triggerKind !== CodeActionTriggerKind.Automatic) {
    return [{
      title: fixAllTitle(plan.moves.length, destinationLabel(settings, deps.trust), exposed),
      kind: FIX_ALL_KIND,
      command: { title: 'Move all secrets', command: MOVE_SECRET_COMMAND, arguments: [{ uri: document.uri, version: document.version } satisfies MoveSecretArgs] },
    }];
  }
  const stored = await storeSecrets(deps, root, settings, plan.moves.map((m) => ({ variable: m.variable, value: m.value })), 'silent');
  if (!stored.ok) {
    deps.log.error(`Fix on save: storing failed; ${path.basename(document.uri)} was not changed.`);
    void deps.connection.window.showErrorMessage(`Tuneguard did not change the file on save: the secrets could not be stored first (${stored.reason}).`);
    return [];
  }
  deps.log.info(`Fix on save: ${stored.variables.join(', ')} stored in ${settings.envFile}; removing them from ${path.basename(document.uri)}.`);
  return [{
    title: fixAllTitle(plan.moves.length, `the git-ignored ${settings.envFile}`, exposed),
    kind: FIX_ALL_KIND,
    edit: fileEdit(document, plan, stored.variables),
  }];
}

function countExposed(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.fix?.exposedInHistory).length;
}
