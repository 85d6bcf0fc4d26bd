import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { AXOLOTL_WITH_TOKEN, HF_RULE, HF_TOKEN } from './fixtures';
import { openInEditor, resetWorkspace, waitForDiagnostics, writeWorkspaceFile } from './workspace';

suite('diagnostics in the editor', () => {
  teardown(() => resetWorkspace(['train.yaml', '.tuneguard.yaml']));

  test('a literal Hugging Face token gets one diagnostic with the rule id, a docs link that exists and a redacted message', async () => {
    const uri = writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN);
    await openInEditor(uri);
    const [diagnostic] = await waitForDiagnostics(uri, 1);

    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, HF_RULE);
    assert.equal(code.target.scheme, 'file', 'the docs link points at the page shipped in the extension');
    assert.match(code.target.path, /\/docs\/rules\/secrets\/huggingface-token\.md$/);
    assert.ok(existsSync(code.target.fsPath), `the linked page ${code.target.fsPath} exists`);
    assert.equal(diagnostic.range.start.line, 8);
    assert.ok(!diagnostic.message.includes(HF_TOKEN.slice(3, 20)), 'the message does not repeat the token');
  });

  test('turning the rule off in .tuneguard.yaml clears the diagnostic of the open config, and removing it brings it back', async () => {
    const uri = writeWorkspaceFile('train.yaml', AXOLOTL_WITH_TOKEN);
    await openInEditor(uri);
    await waitForDiagnostics(uri, 1);
    writeWorkspaceFile('.tuneguard.yaml', `rules:\n  ${HF_RULE}: off\n`);
    await waitForDiagnostics(uri, 0, 'the diagnostic to disappear after the policy turned the rule off');
    await vscode.workspace.fs.delete(vscode.Uri.file(uri.fsPath.replace(/train\.yaml$/, '.tuneguard.yaml')));
    await waitForDiagnostics(uri, 1, 'the diagnostic to come back after the policy was removed');
  });
});
