// Helpers for integration tests: the test workspace folder, files in it, and polling waits.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'tuneguard.tuneguard';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder');
  return folder.uri.fsPath;
}

export function pathInWorkspace(name: string): string {
  return join(workspaceRoot(), name);
}

export function writeWorkspaceFile(name: string, text: string): vscode.Uri {
  const file = pathInWorkspace(name);
  writeFileSync(file, text);
  return vscode.Uri.file(file);
}

export function readWorkspaceFile(name: string): string | undefined {
  const file = pathInWorkspace(name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Close editors and remove what a test may have written, so the next test starts clean. */
export async function resetWorkspace(names: string[]): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const name of names) rmSync(pathInWorkspace(name), { force: true, recursive: true });
}

/** Poll until `probe` returns a value that is not undefined, or fail with `what` after the deadline. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function tuneguardDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'tuneguard');
}

export async function waitForDiagnostics(uri: vscode.Uri, count: number, what = `${count} Tuneguard diagnostic(s)`): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = tuneguardDiagnostics(uri);
    return diagnostics.length === count ? diagnostics : undefined;
  });
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}
