import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionTriggerKind, ExecuteCommandRequest, TextDocumentEdit, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FixSession, recordedCalls, useFakeClis, waitFor } from '../helpers/fix-session';
import { tempDir } from '../helpers/temp-dir';

const HF = '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';
const WANDB = '3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';
const CONFIG = `base_model: NousResearch/Meta-Llama-3-8B\nsequence_len: 4096\nmicro_batch_size: 2\nsample_packing: true\nhub_token: ${HF}\nwandb_project: demo\nwandb_api_key: ${WANDB}\nlearning_rate: 0.0002\n`;
const FIXED = `base_model: NousResearch/Meta-Llama-3-8B\nsequence_len: 4096\nmicro_batch_size: 2\nsample_packing: true\nwandb_project: demo\nlearning_rate: 0.0002\n`;

async function start(t: Parameters<typeof tempDir>[0], options: { trusted?: boolean; policy?: string; git?: boolean } = {}) {
  const dir = tempDir(t);
  const records = join(dir, '.records');
  mkdirSync(records);
  useFakeClis(records);
  if (options.policy) writeFileSync(join(dir, '.tuneguard.yaml'), options.policy);
  const file = join(dir, 'train.yaml');
  writeFileSync(file, CONFIG);
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q');
    git('add', 'train.yaml');
    git('commit', '-q', '-m', 'config');
  }
  const session = new FixSession();
  t.after(() => session.close());
  const init = await session.initializeWith(dir, options.trusted ?? true);
  const uri = await session.open(file, CONFIG);
  return { dir, records, file, session, uri, init };
}

function applyTo(uri: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, CONFIG), edits);
}

test('initialize advertises source.fixAll.tuneguard so VS Code asks for it on save', async (t) => {
  const { init } = await start(t);
  const provider = init.capabilities.codeActionProvider as { codeActionKinds: string[] };
  assert.deepEqual(provider.codeActionKinds, ['quickfix', 'source.fixAll.tuneguard']);
});

test('fix on save: every value is stored in the env file before the one edit is returned, and the edit removes them all', async (t) => {
  const { dir, records, session, uri } = await start(t, { policy: 'secrets:\n  provider: 1password\n' });
  const diagnostics = await session.secretDiagnostics(uri);
  assert.equal(diagnostics.length, 2);
  const actions = await session.codeActions(uri, diagnostics, { only: ['source.fixAll.tuneguard'], triggerKind: CodeActionTriggerKind.Automatic });
  assert.equal(actions.length, 1);
  const [action] = actions;
  assert.equal(action.kind, 'source.fixAll.tuneguard');
  assert.equal(action.command, undefined, 'on save the action carries an edit, not a command');
  // By the time the action exists, both values are on disk.
  assert.equal(readFileSync(join(dir, '.env.local'), 'utf8'), `HF_TOKEN=${HF}\nWANDB_API_KEY=${WANDB}\n`);
  assert.match(readFileSync(join(dir, '.gitignore'), 'utf8'), /^\/\.env\.local$/m);
  const changes = action.edit!.documentChanges!;
  assert.equal(changes.length, 1, 'one edit for the whole file');
  const change = changes[0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, 1, 'bound to the saved version: a stale edit is refused');
  assert.equal(applyTo(uri, change.edits as TextEdit[]), FIXED);
  assert.equal(recordedCalls(records).length, 0, 'no process and no prompt during a save');
  assert.equal(session.prompts.length, 0);
  assert.ok(!JSON.stringify(action).includes(HF) && !JSON.stringify(action).includes(WANDB));
  assert.ok(!session.allOutput().includes(HF) && !session.allOutput().includes(WANDB));
});

test('fix on save when storing fails: no action (so no edit), and the user is told why', async (t) => {
  const { dir, session, uri } = await start(t, { policy: 'secrets:\n  envFile: blocked/.env\n' });
  writeFileSync(join(dir, 'blocked'), 'a file where a directory should be');
  const diagnostics = await session.secretDiagnostics(uri);
  const actions = await session.codeActions(uri, diagnostics, { only: ['source.fixAll'], triggerKind: CodeActionTriggerKind.Automatic });
  assert.deepEqual(actions, []);
  assert.ok(session.messages.some((m) => /did not change the file on save/.test(m)), session.messages.join('\n'));
});

test('the lightbulb never stores anything: automatic requests without `only` get quick fixes with commands', async (t) => {
  const { dir, session, uri } = await start(t);
  const diagnostics = await session.secretDiagnostics(uri);
  const actions = await session.codeActions(uri, diagnostics, { triggerKind: CodeActionTriggerKind.Automatic });
  assert.deepEqual(actions.map((a) => a.kind), ['quickfix', 'quickfix', 'quickfix']);
  assert.match(actions[2].title, /^Fix all 2 secrets in this file: store them in the git-ignored \.env\.local/);
  assert.ok(!existsSync(join(dir, '.env.local')));
});

test('fix all from the lightbulb: one batch store, then one edit for the file', async (t) => {
  const { dir, file, session, uri } = await start(t);
  const diagnostics = await session.secretDiagnostics(uri);
  const fixAll = (await session.codeActions(uri, diagnostics)).find((a) => a.title.startsWith('Fix all'))!;
  let envAtEditTime = '';
  session.onApplyEdit = (params) => {
    envAtEditTime = readFileSync(join(dir, '.env.local'), 'utf8');
    const change = params.edit.documentChanges![0] as TextDocumentEdit;
    writeFileSync(file, applyTo(uri, change.edits as TextEdit[]));
    return true;
  };
  assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, fixAll.command!), true);
  assert.equal(session.appliedEdits.length, 1);
  assert.equal(envAtEditTime, `HF_TOKEN=${HF}\nWANDB_API_KEY=${WANDB}\n`);
  assert.equal(readFileSync(file, 'utf8'), FIXED);
});

test('undo restores the literal: the fix is a plain text edit whose inverse gives back the original', async (t) => {
  const { session, uri } = await start(t);
  const diagnostics = await session.secretDiagnostics(uri);
  const [action] = await session.codeActions(uri, diagnostics, { only: ['source.fixAll.tuneguard'], triggerKind: CodeActionTriggerKind.Automatic });
  const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  const before = TextDocument.create(uri, 'yaml', 1, CONFIG);
  // The editor's undo re-inserts each removed range's original text; in ascending order each
  // range's offset is again its original one, since the earlier ranges are already restored.
  let after = applyTo(uri, edits);
  for (const edit of [...edits].sort((a, b) => before.offsetAt(a.range.start) - before.offsetAt(b.range.start))) {
    const start = before.offsetAt(edit.range.start);
    const end = before.offsetAt(edit.range.end);
    assert.equal(edit.newText, '', 'field removals only');
    after = after.slice(0, start) + CONFIG.slice(start, end) + after.slice(start);
  }
  assert.equal(after, CONFIG);
});

test('rotation: a value committed to git is reported as exposed, with the issuer\'s rotation page, in the diagnostic and the fix', async (t) => {
  const { session, uri } = await start(t, { git: true });
  const exposed = await waitFor(async () => {
    const diagnostics = await session.secretDiagnostics(uri);
    return diagnostics.every((d) => /Exposed/.test(String(d.message))) ? diagnostics : undefined;
  }, 'diagnostics marked exposed');
  const hf = exposed.find((d) => d.code === 'secrets/huggingface-token')!;
  assert.match(String(hf.message), /rotate the Hugging Face credential at https:\/\/huggingface\.co\/settings\/tokens/);
  const wandb = exposed.find((d) => d.code === 'secrets/wandb-api-key')!;
  assert.match(String(wandb.message), /https:\/\/wandb\.ai\/authorize/);
  const actions = await session.codeActions(uri, [hf] as Diagnostic[]);
  assert.match(actions[0].title, /exposed in git history: rotate it at https:\/\/huggingface\.co\/settings\/tokens$/);
  assert.ok(!session.allOutput().includes(HF) && !session.allOutput().includes(WANDB));
});

test('rotation: an untracked file, or an untrusted workspace, gets no exposure claim', async (t) => {
  const untracked = await start(t);
  const diagnostics = await untracked.session.secretDiagnostics(untracked.uri);
  // Give the background check time to finish by asking until the answer is stable.
  await waitFor(async () => (await untracked.session.secretDiagnostics(untracked.uri)).length === 2, 'diagnostics');
  assert.ok(diagnostics.every((d) => !/Exposed/.test(String(d.message))));
  const untrusted = await start(t, { git: true, trusted: false });
  const plain = await untrusted.session.secretDiagnostics(untrusted.uri);
  assert.ok(plain.every((d) => !/Exposed/.test(String(d.message))), 'no git process in an untrusted workspace, so no claim');
});
