import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, ExecuteCommandRequest, TextDocumentEdit, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIXTURES, tempDir } from '../helpers/temp-dir';
import { LspSession } from '../helpers/lsp-session';

const TOKEN = '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';

async function openAxolotlWithToken(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  const file = join(dir, 'train.yaml');
  const text = readFileSync(join(FIXTURES, 'configs/axolotl-with-token.yaml'), 'utf8');
  writeFileSync(file, text);
  const session = new LspSession();
  t.after(() => session.close());
  const init = await session.initialize(dir);
  const uri = await session.open(file, text);
  return { dir, file, text, session, init, uri };
}

test('initialize advertises pull diagnostics, quick fixes and the move command', async (t) => {
  const { init } = await openAxolotlWithToken(t);
  assert.ok(init.capabilities.diagnosticProvider);
  assert.ok(init.capabilities.codeActionProvider);
  assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['tuneguard.server.moveSecretToEnvFile']);
});

test('diagnostic: rule id as code, docs link, exact range, redacted message', async (t) => {
  const { session, uri } = await openAxolotlWithToken(t);
  const diagnostics = await session.diagnostics(uri);
  assert.equal(diagnostics.length, 1);
  const [d] = diagnostics;
  assert.equal(d.code, 'secrets/huggingface-token');
  assert.equal(d.source, 'tuneguard');
  assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/secrets\/huggingface-token\.md$/, "the link opens the page shipped with the extension");
  assert.ok(existsSync(new URL(d.codeDescription!.href)), "the linked page exists");
  assert.deepEqual(d.range, { start: { line: 19, character: 11 }, end: { line: 19, character: 48 } });
  assert.ok(!String(typeof d.message === 'string' ? d.message : d.message.value).includes(TOKEN.slice(0, 20)));
  assert.ok(!JSON.stringify(d).includes(TOKEN), 'the value must not travel in the diagnostic or its data');
});

test('quick fix: the value is stored in the git-ignored env file first, then removed from the config', async (t) => {
  const { dir, file, text, session, uri } = await openAxolotlWithToken(t);
  const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'secrets/huggingface-token')!;
  const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  assert.equal(actions.length, 1);
  const [action] = actions;
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.isPreferred, true);
  assert.match(action.title, /HF_TOKEN/);
  assert.ok(!JSON.stringify(action).includes(TOKEN));

  // The editor applies the edit only after the env file already holds the value.
  let envAtEditTime = '';
  session.onApplyEdit = (params) => {
    envAtEditTime = readFileSync(join(dir, '.env.local'), 'utf8');
    const change = params.edit.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1);
    writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits as TextEdit[]));
    return true;
  };
  const done = await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!);
  assert.equal(done, true);
  assert.equal(envAtEditTime, `HF_TOKEN=${TOKEN}\n`);
  assert.ok(!readFileSync(file, 'utf8').includes(TOKEN), 'the config on disk no longer holds the value');
  assert.equal(readFileSync(file, 'utf8'), text.replace(`hub_token: ${TOKEN}\n`, ''));
  assert.match(readFileSync(join(dir, '.gitignore'), 'utf8'), /^\/\.env\.local$/m);
  assert.ok(!session.allOutput().includes(TOKEN), 'no message or log repeats the value');
});

test('when the env file cannot be written, no edit is sent and the user is told why', async (t) => {
  const { dir, session, uri } = await openAxolotlWithToken(t);
  writeFileSync(join(dir, '.tuneguard.yaml'), 'secrets:\n  envFile: missing-dir-is-a-file/.env\n');
  writeFileSync(join(dir, 'missing-dir-is-a-file'), 'not a directory');
  const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'secrets/huggingface-token')!;
  const [action] = (await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  const done = await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!);
  assert.equal(done, false);
  assert.equal(session.appliedEdits.length, 0, 'no edit may be applied when storing failed');
  assert.ok(session.messages.some((m) => /did not change the file/.test(m)), session.messages.join('\n'));
  assert.ok(!existsSync(join(dir, '.env.local')));
  assert.ok(!session.allOutput().includes(TOKEN));
});

test('a stale fix (document changed since) is dropped', async (t) => {
  const { session, uri } = await openAxolotlWithToken(t);
  const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'secrets/huggingface-token')!;
  const [action] = (await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  const args = { ...(action.command!.arguments![0] as object), version: 0 };
  const done = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: [args] });
  assert.equal(done, false);
  assert.equal(session.appliedEdits.length, 0);
});
