/**
 * Secrets stay secret: distinctive canary values are planted in a config, an env file, a JSONL
 * dataset, the policy's allowlist and a malformed policy value; then every output channel is
 * searched for them: CLI text, JSON and SARIF (stdout, stderr, --output file), LSP diagnostics with
 * their data, code actions, window messages, log messages at every level (the server sends all
 * levels; the client filters), $/logTrace at verbose, and the server's stderr. Zero occurrences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CodeActionRequest, SetTraceNotification, LogTraceNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lsp-session';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const CANARIES = {
  config: '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',
  wandb: '7c1f0e5d2b9a48c6e3f1a0b2c4d6e8f0a1b3c5d7',
  openai: 'sk-proj-CanaryT3BlbkFJabcdefghijklmnopqrstuvwxyz0123',
  allowlisted: 'hf_AllowCanaryZxCvBnMaSdFgHjKlQwErTyUi',
  env: 'hf_EnvCanaryPlMnBvCxZaQwErTyUiOpAsDfGh',
  anthropic: `sk-ant-api03-EnvCanary${'x7Y'.repeat(30)}-AA`,
  dataset: 'hf_DataCanaryLkJhGfDsAqWeRtYuIoPzXcVbNm',
  email: 'jane.canary@example.com',
  policyValue: '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',
};

const FILES: Record<string, [string, string]> = {
  'train.yaml': ['yaml', [
    'base_model: meta-llama/Meta-Llama-3-8B', 'hub_model_id: acme/support', `hub_token: ${CANARIES.config}`, `wandb_api_key: ${CANARIES.wandb}`,
    `openai_api_key: ${CANARIES.openai}`, `allowed_test_token: ${CANARIES.allowlisted}`, '',
  ].join('\n')],
  '.env': ['dotenv', `HF_TOKEN=${CANARIES.env}\nANTHROPIC_API_KEY=${CANARIES.anthropic}\n`],
  'data/train.jsonl': ['jsonl', `${JSON.stringify({ messages: [{ role: 'user', content: `my key is ${CANARIES.dataset}, mail ${CANARIES.email}, card 4539 6002 0666 2669` }] })}\n`],
  '.tuneguard.yaml': ['yaml', [
    'version: 1', 'allowlist:', `  values: ["${CANARIES.allowlisted}"]`, 'rules:', `  secrets/huggingface-token: "${CANARIES.policyValue}"`, '',
  ].join('\n')],
};

/** The whole value, and everything but the last 4 characters (the most a redacted message may show). */
function leaks(output: string): string[] {
  return Object.entries(CANARIES).filter(([, value]) => output.includes(value) || output.includes(value.slice(0, -4))).map(([name]) => name);
}

function plant(dir: string): void {
  for (const [name, [, text]] of Object.entries(FILES)) {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

test('no CLI output format, stream or output file contains a planted secret', (t) => {
  const dir = tempDir(t);
  plant(dir);
  let findings = 0;
  for (const format of ['text', 'json', 'sarif']) {
    const { status, stdout, stderr } = runCli(['check', '.', '--format', format], dir);
    assert.equal(status, 1, stderr);
    assert.deepEqual(leaks(stdout + stderr), [], `${format} output leaks`);
    if (format === 'json') findings = (JSON.parse(stdout) as { files: { findings: unknown[] }[] }).files.reduce((n, f) => n + f.findings.length, 0);
  }
  assert.ok(findings >= 4, `the canaries are really found (${findings} findings), so the redaction is what is tested`);
  const out = join(dir, 'report.sarif');
  const written = runCli(['check', '.', '--format', 'sarif', '--output', out], dir);
  assert.deepEqual(leaks(written.stdout + written.stderr + readFileSync(out, 'utf8')), []);
  const policyOnly = runCli(['check', '.tuneguard.yaml', '--policy', '.tuneguard.yaml', '--format', 'json'], dir);
  assert.deepEqual(leaks(policyOnly.stdout + policyOnly.stderr), []);
});

test('no LSP channel (diagnostics, data, code actions, messages, logs at every level, trace, stderr) contains a planted secret', async (t) => {
  const dir = tempDir(t);
  plant(dir);
  const session = new LspSession();
  t.after(() => session.close());
  const traces: string[] = [];
  session.connection.onNotification(LogTraceNotification.type, (p) => void traces.push(`${p.message} ${p.verbose ?? ''}`));
  await session.initialize(dir);
  await session.connection.sendNotification(SetTraceNotification.type, { value: 'verbose' });
  const seen: unknown[] = [];
  let diagnosticsCount = 0;
  for (const [name, [languageId, text]] of Object.entries(FILES)) {
    const uri = await session.open(join(dir, name), text, languageId);
    const diagnostics: Diagnostic[] = await session.diagnostics(uri);
    diagnosticsCount += diagnostics.length;
    seen.push(diagnostics);
    for (const diagnostic of diagnostics) {
      seen.push(await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
    }
    seen.push(await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.tuneguard', 'source'] },
    }));
  }
  assert.ok(diagnosticsCount >= 4, `the canaries are really diagnosed (${diagnosticsCount})`);
  assert.ok(session.logs.length > 0, 'the server logged something (debug level included)');
  assert.deepEqual(leaks(JSON.stringify(seen)), [], 'diagnostics, their data and code actions');
  assert.deepEqual(leaks(session.allOutput()), [], 'window messages, log messages, stderr');
  assert.deepEqual(leaks(traces.join('\n')), [], '$/logTrace');
});
