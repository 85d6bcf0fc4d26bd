// Secret engine timings that are goals, printed rather than asserted.
//   npx tsx scripts/bench-secrets.ts adversarial   1 MB hostile line per rule (and generic worst cases), slowest first
//   npx tsx scripts/bench-secrets.ts throughput [MB]  CLI `tuneguard check` on a generated JSONL (default 50 MB, in .bench/)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { parseDocument } from '../server/src/engine/parse/parse-document';
import { neverCancelled } from '../server/src/engine/types';
import { SECRET_RULES } from '../server/src/engine/secrets/rules';
import { findSecrets } from '../server/src/engine/secrets/scan-secrets';
import { matchCandidate } from '../server/src/engine/secrets/match-candidate';
import { SecretRuleSet } from '../server/src/engine/secrets/rule-set';
import { createRandom } from '../test/fixtures/secrets/random.mjs';

const MB = 1024 * 1024;
const repeatTo = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Near misses that keep a rule's regex busy: its keyword, then runs of the characters its body accepts. */
function hostileLinesFor(keywords: readonly string[]): string[] {
  return keywords.flatMap((k) => [repeatTo(`${k}${'A1b2'.repeat(5)}-`), repeatTo(k), repeatTo(`${k}${'9'.repeat(40)}_`), repeatTo(`${k}${'a'.repeat(300)}`)]);
}

function adversarial(): void {
  const generic = {
    'a x 1MB': repeatTo('a'), 'base64 1MB': repeatTo('QUJDRA+/'), 'url scheme runs': repeatTo('a+'), 'userinfo without @': repeatTo('https://u:p'),
    'BEGIN without END': repeatTo('-----BEGIN PRIVATE KEY-----\n'), 'Bearer runs': repeatTo('Bearer '), 'key = value noise': repeatTo('key = '),
    'eyJ dots': repeatTo('eyJhbGciOi.'), 'sig= params': repeatTo('&sig='), 'Password=': repeatTo('Password='),
  };
  const rows: [string, number][] = [];
  const time = (label: string, line: string) => {
    const started = performance.now();
    findSecrets(parseDocument({ path: 'hostile.txt', text: line }), neverCancelled);
    rows.push([label, performance.now() - started]);
  };
  for (const [label, line] of Object.entries(generic)) time(label, line);
  const ruleSet = new SecretRuleSet(SECRET_RULES);
  for (const rule of SECRET_RULES) {
    let worst = 0;
    for (const line of hostileLinesFor(rule.keywords.length ? rule.keywords : ['key'])) {
      const started = performance.now();
      matchCandidate({ value: line, start: 0, end: line.length, path: rule.keyed ? ['api_key'] : [] }, line, ruleSet);
      worst = Math.max(worst, performance.now() - started);
    }
    rows.push([rule.id, worst]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  console.log('Slowest 1 MB adversarial lines (all rules run where keywords allow):');
  for (const [label, ms] of rows.slice(0, 15)) console.log(`  ${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log(`${rows.length} inputs; worst ${rows[0][1].toFixed(1)} ms; median ${rows[Math.floor(rows.length / 2)][1].toFixed(1)} ms.`);
}

/** A fine-tuning dataset: chat records, some with planted secrets, URLs, base64 images. */
function generateJsonl(file: string, megabytes: number): void {
  const r = createRandom(7);
  const words = 'the model learns to answer questions about fine tuning with lora adapters and careful evaluation of each checkpoint'.split(' ');
  const sentence = (n: number) => Array.from({ length: n }, () => r.pick(words)).join(' ');
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * MB; i++) {
    const extra = i % 997 === 0 ? ` my key is hf_${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}` : i % 101 === 0 ? ' see https://huggingface.co/docs' : '';
    const record = { id: i, messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: sentence(20) + extra }, { role: 'assistant', content: sentence(60) }], ...(i % 503 === 0 ? { image: `data:image/png;base64,${r.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 3000)}` } : {}) };
    const line = JSON.stringify(record);
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function throughput(megabytes: number): void {
  mkdirSync('.bench', { recursive: true });
  const file = `.bench/secrets-${megabytes}mb.jsonl`;
  if (!existsSync(file)) generateJsonl(file, megabytes);
  if (!existsSync('dist/cli.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const bytes = statSync(file).size;
  const runs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['dist/cli.js', 'check', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * MB });
    runs.push(performance.now() - started);
    if (run.status === 2) throw new Error(run.stderr);
    findings = JSON.parse(run.stdout).files.reduce((n: number, f: { findings: { ruleId: string }[] }) => n + f.findings.filter((x) => x.ruleId.startsWith('secrets/')).length, 0);
  }
  const best = Math.min(...runs);
  console.log(`${file}: ${(bytes / MB).toFixed(1)} MB, ${findings} secret findings; CLI wall time best of 3 ${(best / 1000).toFixed(2)} s (runs ${runs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s) = ${(bytes / MB / (best / 1000)).toFixed(1)} MB/s`);
}

const [mode = 'adversarial', arg] = process.argv.slice(2);
if (mode === 'throughput') throughput(Number(arg ?? 50));
else adversarial();
