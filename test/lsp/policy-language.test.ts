import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type MarkupContent, type Position } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempDir } from '../helpers/temp-dir';
import { LspSession } from '../helpers/lsp-session';

/** A policy with custom levels and one broken setting: the broken one falls back, the levels still apply. */
const POLICY = [
  'version: 1',
  'classification:',
  '  levels: [open, sensitive, secret]',
  'secrets:',
  '  provider: keepass',
  '  envFile: .env.local',
  '',
].join('\n');

/** Only the schema rules: governance rules on manifests have their own tests. */
const SCHEMA_RULES = new Set(['governance/invalid-dataset-manifest', 'governance/unknown-setting', 'governance/invalid-policy']);

async function schemaDiagnostics(session: LspSession, uri: string) {
  return (await session.diagnostics(uri)).filter((d) => SCHEMA_RULES.has(String(d.code)));
}

async function workspace(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  writeFileSync(join(dir, '.tuneguard.yaml'), POLICY);
  const session = new LspSession();
  t.after(() => session.close());
  const init = await session.initialize(dir);
  return { dir, session, init };
}

async function openFile(session: LspSession, dir: string, name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const uri = await session.open(file, text);
  return { uri, document: TextDocument.create(uri, 'yaml', 1, text) };
}

function positionOf(document: TextDocument, needle: string, delta = 0): Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, needle);
  return document.positionAt(index + delta);
}

async function complete(session: LspSession, uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  return Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
}

test('initialize advertises completion and hover', async (t) => {
  const { init } = await workspace(t);
  assert.ok(init.capabilities.completionProvider);
  assert.ok(init.capabilities.hoverProvider);
});

test('a malformed policy is reported in the policy file at the exact range of the bad value', async (t) => {
  const { dir, session } = await workspace(t);
  const { uri, document } = await openFile(session, dir, '.tuneguard.yaml', POLICY);
  const diagnostics = await session.diagnostics(uri);
  const invalid = diagnostics.filter((d) => d.code === 'governance/invalid-policy');
  assert.equal(invalid.length, 1, JSON.stringify(diagnostics));
  assert.equal(document.getText(invalid[0].range), 'keepass');
  assert.match(String(invalid[0].message), /^secrets\.provider: /);
});

test("manifest diagnostics: wrong types and unknown keys at exact ranges", async (t) => {
  const { dir, session } = await workspace(t);
  const { uri, document } = await openFile(session, dir, 'tickets.dataset.yaml', 'name: Tickets\ncontains_pii: perhaps\nownr: ml@acme.com\n');
  const diagnostics = await schemaDiagnostics(session, uri);
  const found = diagnostics.map((d) => [d.code, document.getText(d.range), d.severity]);
  assert.deepEqual(found, [['governance/invalid-dataset-manifest', 'perhaps', 1], ['governance/unknown-setting', 'ownr', 2]]);
});

test("the rest of a malformed policy keeps working: a manifest's classification completes with its custom levels", async (t) => {
  const { dir, session } = await workspace(t);
  const { uri, document } = await openFile(session, dir, 'tickets.dataset.yaml', 'name: Tickets\nclassification: \n');
  const items = await complete(session, uri, positionOf(document, 'classification: ', 'classification: '.length));
  assert.deepEqual(items.map((i) => i.label), ['open', 'sensitive', 'secret']);
});

test('manifest keys complete with their schema docs; keys already present are not proposed', async (t) => {
  const { dir, session } = await workspace(t);
  const { uri, document } = await openFile(session, dir, 'tickets.dataset.yaml', 'name: Tickets\nown\n');
  const items = await complete(session, uri, positionOf(document, 'own', 3));
  const owner = items.find((i) => i.label === 'owner');
  assert.ok(owner, items.map((i) => i.label).join(','));
  assert.match((owner!.documentation as MarkupContent).value, /Accountable owner/);
  assert.ok(!items.some((i) => i.label === 'name'));
  const edit = owner!.textEdit as { range: { start: Position; end: Position }; newText: string };
  assert.equal(document.getText(edit.range), 'own');
  assert.equal(edit.newText, 'owner: ');
});

test('policy keys and enum values complete from the policy schema', async (t) => {
  const { dir, session } = await workspace(t);
  const text = 'version: 1\nsecrets:\n  provider: \n';
  const { uri, document } = await openFile(session, dir, '.tuneguard.yaml', text);
  const values = (await complete(session, uri, positionOf(document, 'provider: ', 'provider: '.length))).map((i) => i.label);
  for (const provider of ['vault', 'aws-secrets-manager', 'doppler']) assert.ok(values.includes(provider), provider);
  const keys = (await complete(session, uri, { line: 3, character: 0 })).map((i) => i.label);
  for (const key of ['classification', 'rules', 'overrides', 'allowlist']) assert.ok(keys.includes(key), key);
  assert.ok(!keys.includes('secrets') && !keys.includes('version'));
});

test('hover shows the schema description of a policy key and of a manifest field', async (t) => {
  const { dir, session } = await workspace(t);
  const policy = await openFile(session, dir, '.tuneguard.yaml', POLICY);
  const onLevels = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: policy.uri }, position: positionOf(policy.document, 'levels', 2) });
  assert.match((onLevels!.contents as MarkupContent).value, /Classification levels from least to most sensitive/);
  assert.equal(policy.document.getText(onLevels!.range!), 'levels');

  const manifest = await openFile(session, dir, 'tickets.dataset.yaml', 'name: Tickets\nretention: P1Y\n');
  const onRetention = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: manifest.uri }, position: positionOf(manifest.document, 'retention', 1) });
  assert.match((onRetention!.contents as MarkupContent).value, /How long the data and models trained on it may be kept/);
});

test('no completion or hover for files without a schema', async (t) => {
  const { dir, session } = await workspace(t);
  const { uri } = await openFile(session, dir, 'train.yaml', 'base_model: x\nsequence_len: 2048\n');
  assert.deepEqual(await complete(session, uri, { line: 1, character: 3 }), []);
  assert.equal(await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
});
