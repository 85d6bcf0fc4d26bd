import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExecuteCommandRequest, TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FAKE_CLIS, FixSession, recordedCalls, useFakeClis } from '../helpers/fix-session';
import { FIXTURES, tempDir } from '../helpers/temp-dir';

const TOKEN = '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';

const PROVIDER_POLICIES: Record<string, { policy: string; cli: string; label: string }> = {
  '1password': { policy: 'secrets:\n  provider: 1password\n  onepassword:\n    vault: ml\n', cli: 'op', label: '1Password' },
  vault: { policy: 'secrets:\n  provider: vault\n', cli: 'vault', label: 'HashiCorp Vault' },
  'aws-secrets-manager': { policy: 'secrets:\n  provider: aws-secrets-manager\n  aws:\n    region: eu-west-1\n', cli: 'aws', label: 'AWS Secrets Manager' },
  'gcp-secret-manager': { policy: 'secrets:\n  provider: gcp-secret-manager\n', cli: 'gcloud', label: 'GCP Secret Manager' },
  'azure-key-vault': { policy: 'secrets:\n  provider: azure-key-vault\n  azure:\n    vaultName: kv1\n', cli: 'az', label: 'Azure Key Vault' },
  doppler: { policy: 'secrets:\n  provider: doppler\n', cli: 'doppler', label: 'Doppler' },
  infisical: { policy: 'secrets:\n  provider: infisical\n', cli: 'infisical', label: 'Infisical' },
};

async function start(t: Parameters<typeof tempDir>[0], policy: string, trusted: boolean | undefined, fail = false) {
  const dir = tempDir(t);
  const records = join(dir, '.records');
  mkdirSync(records);
  useFakeClis(records, { fail });
  if (trusted !== true) {
    // A recording `git` first on PATH: an untrusted workspace must not run git either (rotation checks).
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    copyFileSync(join(FAKE_CLIS, 'op'), join(bin, 'git'));
    process.env.PATH = `${bin}:${process.env.PATH}`;
  }
  writeFileSync(join(dir, '.tuneguard.yaml'), policy);
  const file = join(dir, 'train.yaml');
  const text = readFileSync(join(FIXTURES, 'configs/axolotl-with-token.yaml'), 'utf8');
  writeFileSync(file, text);
  const session = new FixSession();
  t.after(() => session.close());
  await session.initializeWith(dir, trusted);
  const uri = await session.open(file, text);
  const diagnostics = await session.secretDiagnostics(uri);
  return { dir, records, file, text, session, uri, diagnostics };
}

for (const [id, { policy, cli, label }] of Object.entries(PROVIDER_POLICIES)) {
  test(`${id}: confirmed, the value goes to \`${cli}\` on stdin (never argv, logs or output) before the edit`, async (t) => {
    const { records, file, text, session, uri, diagnostics } = await start(t, policy, true);
    const [action] = await session.codeActions(uri, diagnostics);
    assert.match(action.title, new RegExp(`^Store HF_TOKEN in ${label.replace(/ /g, ' ')} \\(after you confirm\\), then remove \`hub_token\` and supply HF_TOKEN at launch$`));
    session.answer = `Store in ${label}`;
    let callsAtEditTime = 0;
    session.onApplyEdit = (params) => {
      callsAtEditTime = recordedCalls(records).length;
      const change = params.edit.documentChanges!.find((c) => TextDocumentEdit.is(c) && c.textDocument.uri === uri) as TextDocumentEdit;
      writeFileSync(file, TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits as TextEdit[]));
      return true;
    };
    assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!), true);
    const calls = recordedCalls(records);
    assert.ok(calls.length >= 1 && calls.every((c) => c.name === cli));
    assert.equal(callsAtEditTime, calls.length, 'stored before the edit was sent');
    assert.ok(calls[0].stdin.includes(TOKEN), 'the value reaches the CLI on stdin');
    for (const call of calls) assert.ok(!call.argv.join(' ').includes(TOKEN.slice(3, 20)), `argv of ${cli} must not hold the value: ${call.argv.join(' ')}`);
    assert.ok(!readFileSync(file, 'utf8').includes(TOKEN));
    assert.ok(session.prompts.some((p) => p.includes(label) && p.includes('stdin')));
    assert.ok(!session.allOutput().includes(TOKEN.slice(3, 20)), 'no message or log repeats the value');
    assert.ok(session.messages.some((m) => /Launch with:/.test(m)));
  });
}

test('1Password: the references file gets `HF_TOKEN=op://…` in the same edit, for `op run`', async (t) => {
  const { session, uri, diagnostics, dir } = await start(t, PROVIDER_POLICIES['1password'].policy, true);
  const [action] = await session.codeActions(uri, diagnostics);
  session.answer = 'Store in 1Password';
  assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!), true);
  const [edit] = session.appliedEdits;
  const references = edit.edit.documentChanges!.find((c) => TextDocumentEdit.is(c) && c.textDocument.uri.endsWith('/.env.tuneguard')) as TextDocumentEdit;
  assert.match((references.edits[0] as TextEdit).newText, /^HF_TOKEN=op:\/\/ml\/HF_TOKEN\/credential$/m);
  assert.ok(session.messages.some((m) => m.includes('op run --env-file=.env.tuneguard -- <command>')));
  assert.ok(!existsSync(join(dir, '.env.local')), 'nothing written to the env file when the provider stored it');
});

test('when the provider CLI fails, no edit is applied and the user is told why, without the value', async (t) => {
  const { records, session, uri, diagnostics } = await start(t, PROVIDER_POLICIES['1password'].policy, true, true);
  const [action] = await session.codeActions(uri, diagnostics);
  session.answer = 'Store in 1Password';
  assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!), false);
  assert.equal(session.appliedEdits.length, 0, 'no edit when storing failed');
  assert.ok(session.messages.some((m) => /did not change the file/.test(m) && /exited with 3/.test(m)), session.messages.join('\n'));
  assert.ok(recordedCalls(records).length > 0);
  assert.ok(!session.allOutput().includes(TOKEN.slice(3, 20)));
});

test('declining the prompt stores nothing and changes nothing', async (t) => {
  const { records, session, uri, diagnostics, dir } = await start(t, PROVIDER_POLICIES.doppler.policy, true);
  const [action] = await session.codeActions(uri, diagnostics);
  session.answer = undefined;
  assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!), false);
  assert.equal(session.appliedEdits.length, 0);
  assert.equal(recordedCalls(records).length, 0);
  assert.ok(!existsSync(join(dir, '.env.local')));
});

test('choosing the env file instead stores there and runs no CLI', async (t) => {
  const { records, session, uri, diagnostics, dir } = await start(t, PROVIDER_POLICIES.vault.policy, true);
  const [action] = await session.codeActions(uri, diagnostics);
  session.answer = 'Use .env.local';
  assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!), true);
  assert.equal(recordedCalls(records).length, 0);
  assert.equal(readFileSync(join(dir, '.env.local'), 'utf8'), `HF_TOKEN=${TOKEN}\n`);
});

for (const trusted of [false, undefined]) {
  test(`untrusted workspace (trusted: ${trusted}): no process is spawned, the fix offers the env file only`, async (t) => {
    const { records, session, uri, diagnostics, dir } = await start(t, PROVIDER_POLICIES['1password'].policy, trusted);
    const [action] = await session.codeActions(uri, diagnostics);
    assert.match(action.title, /^Store HF_TOKEN in the git-ignored \.env\.local, then remove `hub_token`/);
    assert.equal(await session.connection.sendRequest(ExecuteCommandRequest.type, action.command!), true);
    assert.deepEqual(session.prompts, [], 'no confirmation: nothing to confirm');
    assert.deepEqual(recordedCalls(records).map((c) => c.name), [], 'no provider CLI and no git was run');
    assert.equal(readFileSync(join(dir, '.env.local'), 'utf8'), `HF_TOKEN=${TOKEN}\n`);
  });
}
