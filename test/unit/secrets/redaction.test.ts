import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, toBase62 } from '../../../server/src/engine/secrets/checks';
import { LspSession } from '../../helpers/lsp-session';
import { runCli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

const gh = (body: string) => `ghp_${body}${toBase62(crc32(body), 6)}`;
/** Distinctive values planted across formats; none may appear, even partly, in any output. */
const PLANTED = {
  hf: 'hf_PlantedQzRkWvNbTcXyLpMaSdFgHjKlQw',
  github: gh('PlantedZq8Wm3Rt5Yu7Io9Pa2Sd4Fg'),
  wandb: 'b1a7e5c3d9f2b4a6c8e0f1a3b5c7d9e2f4a6b8c0',
  awsId: 'AKIAPLANTEDQ2R5T3W6Y',
  awsSecret: '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',
  password: 'Pl4nted-Pa55w0rd-Zq8W',
  anthropic: `sk-ant-api03-Planted${'Zq8Wm3Rt5Yu7Io9Pa2Sd4Fg6Hj1Kl0Mn'.repeat(3).slice(0, 86)}AA`,
};
const FILES: Record<string, string> = {
  'train.yaml': `base_model: meta-llama/Llama-3.1-8B\nhub_token: ${PLANTED.hf}\nwandb_api_key: ${PLANTED.wandb}\n`,
  'job.json': JSON.stringify({ env: { GITHUB_TOKEN: PLANTED.github, ANTHROPIC_API_KEY: PLANTED.anthropic } }, null, 2),
  'data/train.jsonl': `{"messages": [{"role": "user", "content": "the db is postgresql://ml:${PLANTED.password}@db.internal/x"}]}\n`,
  '.env': `AWS_ACCESS_KEY_ID=${PLANTED.awsId}\nAWS_SECRET_ACCESS_KEY=${PLANTED.awsSecret}\n`,
};

function workspace(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  require('node:fs').mkdirSync(join(dir, 'data'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Public prefixes (`hf_`, `sk-ant-api03-`) are in rule descriptions; the rest of a value is secret. */
const secretPart = (value: string) => value.replace(/^(?:hf_|ghp_|sk-ant-api03-|AKIA)/, '');

/** Every planted value, and every 8-character piece of one, that occurs in the output. */
function leaks(output: string): string[] {
  const found: string[] = [];
  for (const [name, full] of Object.entries(PLANTED)) {
    const value = secretPart(full);
    for (let i = 0; i + 8 <= value.length; i++) {
      if (output.includes(value.slice(i, i + 8))) {
        found.push(`${name}@${i}`);
        break;
      }
    }
  }
  return found;
}

test('CLI text, JSON and SARIF output and the baseline file never contain a secret value or a piece of one', (t) => {
  const dir = workspace(t);
  const outputs: string[] = [];
  for (const format of ['text', 'json', 'sarif']) {
    const run = runCli(['check', '.', '--format', format], dir);
    assert.equal(run.status, 1, run.stderr);
    outputs.push(run.stdout, run.stderr);
  }
  const json = JSON.parse(runCli(['check', '.', '--format', 'json'], dir).stdout);
  const reported = json.files.flatMap((f: { findings: { ruleId: string }[] }) => f.findings.map((x) => x.ruleId));
  for (const rule of ['secrets/huggingface-token', 'secrets/wandb-api-key', 'secrets/github-pat', 'secrets/anthropic-api-key', 'secrets/database-connection-string', 'secrets/aws-access-key-id', 'secrets/aws-secret-access-key']) {
    assert.ok(reported.includes(rule), `${rule} reported (${reported.join(', ')})`);
  }
  const baseline = runCli(['baseline', '.'], dir);
  outputs.push(baseline.stdout, baseline.stderr, readFileSync(join(dir, '.tuneguard-baseline.json'), 'utf8'));
  assert.deepEqual(leaks(outputs.join('\n')), []);
});

test('LSP diagnostics, messages and logs never contain a secret value or a piece of one', async (t) => {
  const dir = workspace(t);
  const session = new LspSession();
  t.after(() => session.close());
  session.settings = { trace: { server: 'verbose' } };
  await session.initialize(dir);
  const diagnostics = [];
  for (const [name, text] of Object.entries(FILES)) {
    const uri = await session.open(join(dir, name), text, name.endsWith('.json') ? 'json' : name.endsWith('.jsonl') ? 'jsonl' : 'yaml');
    diagnostics.push(...(await session.diagnostics(uri)));
  }
  assert.ok(diagnostics.filter((d) => String(d.code).startsWith('secrets/')).length >= 7, JSON.stringify(diagnostics.map((d) => d.code)));
  assert.deepEqual(leaks(JSON.stringify(diagnostics) + session.allOutput()), []);
});
