import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { AXOLOTL_WITH_TOKEN, HF_TOKEN } from './fixtures';
import { openInEditor, readWorkspaceFile, resetWorkspace, waitFor, waitForDiagnostics, writeWorkspaceFile } from './workspace';

suite('quick fix: move the secret to the env file', () => {
  teardown(() => resetWorkspace(['train.yaml', '.env.local', '.gitignore']));

  test('the preferred quick fix stores the token in .env.local, git-ignores it and removes it from the config on disk', async () => {
    const uri = writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN);
    const editor = await openInEditor(uri);
    const [diagnostic] = await waitForDiagnostics(uri, 1);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix, `a preferred quick fix is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
    assert.match(fix.title, /HF_TOKEN/);
    assert.ok(!JSON.stringify(fix).includes(HF_TOKEN), 'the code action does not carry the value');

    if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await waitFor('the token to leave the editor text', () => (editor.document.getText().includes(HF_TOKEN) ? undefined : true));
    if (editor.document.isDirty) assert.ok(await editor.document.save(), 'the config saves');

    assert.ok(!readWorkspaceFile('train.yaml')?.includes(HF_TOKEN), 'the config on disk no longer holds the value');
    assert.match(readWorkspaceFile('.env.local') ?? '', new RegExp(`^HF_TOKEN=${HF_TOKEN}$`, 'm'), 'the env file holds the value');
    assert.match(readWorkspaceFile('.gitignore') ?? '', /^\/?\.env\.local$/m, '.gitignore lists the env file');
    await waitForDiagnostics(uri, 0, 'the diagnostic to go once the literal is gone');
  });
});

suite('fix all on save', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    await resetWorkspace(['train.yaml', '.env.local', '.gitignore']);
  });

  test('with source.fixAll.tuneguard on save, saving an edited config moves its token to .env.local in the same save', async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.tuneguard': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const uri = writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN);
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, 1);
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '# reviewed\n'));
    assert.ok(await editor.document.save(), 'the config saves');

    const saved = await waitFor('the fixed config on disk', () => {
      const text = readWorkspaceFile('train.yaml') ?? '';
      return text.includes('# reviewed') && !text.includes(HF_TOKEN) ? text : undefined;
    });
    assert.match(saved, /hub_model_id: acme\/llama3-lora/);
    assert.match(readWorkspaceFile('.env.local') ?? '', new RegExp(`^HF_TOKEN=${HF_TOKEN}$`, 'm'), 'the env file holds the value');
    await waitForDiagnostics(uri, 0, 'the diagnostic to go once the literal is gone');
  });
});
