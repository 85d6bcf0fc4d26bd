import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { AXOLOTL_WITH_TOKEN, HF_TOKEN } from './fixtures';
import { EXTENSION_ID, openInEditor, resetWorkspace, tuneguardDiagnostics, waitFor, waitForDiagnostics, writeWorkspaceFile } from './workspace';

suite('extension and commands', () => {
  teardown(() => resetWorkspace(['train.yaml']));

  test('the extension is present and activates on a YAML config', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await openInEditor(writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN));
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  });

  test('tuneguard.restartServer and tuneguard.showOutput are registered', async () => {
    await openInEditor(writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN));
    const commands = await waitFor('the Tuneguard commands', async () => {
      const all = await vscode.commands.getCommands(true);
      return all.includes('tuneguard.restartServer') && all.includes('tuneguard.showOutput') ? all : undefined;
    });
    assert.ok(commands.includes('tuneguard.restartServer'));
    await vscode.commands.executeCommand('tuneguard.showOutput');
  });

  test('tuneguard.restartServer restarts the server, which then answers for the open config', async () => {
    const uri = writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN);
    await openInEditor(uri);
    await waitForDiagnostics(uri, 1);
    const [diagnostic] = tuneguardDiagnostics(uri);
    await vscode.commands.executeCommand('tuneguard.restartServer');
    // The restarted server has the document and answers for it: its quick fix is offered again.
    await waitFor('a quick fix from the restarted server', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return actions.some((a) => a.isPreferred && /HF_TOKEN/.test(a.title)) ? true : undefined;
    });
    assert.ok(tuneguardDiagnostics(uri).every((d) => !d.message.includes(HF_TOKEN)));
  });
});
