// Precision and recall per secret type on the labelled synthetic corpus, for Tuneguard and for
// secretlint with its recommended preset, on the same files.
//   npx tsx scripts/eval-secrets.ts [--corpus test/fixtures/secrets/labelled.jsonl] [--misses]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDocument } from '../server/src/engine/check-document';

interface Sample { id: string; label: 'positive' | 'negative'; type: string; fileName: string; text: string; secret?: string }
type Range = [number, number];
interface Score { tp: number; fn: number; fp: number; exact: number }

const args = process.argv.slice(2);
const corpusPath = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : 'test/fixtures/secrets/labelled.jsonl';
const showMisses = args.includes('--misses');
const samples: Sample[] = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Where the planted secret sits in the file (JSON escapes change multi-line secrets after the first line). */
function secretRange(sample: Sample): Range | undefined {
  const secret = sample.secret!;
  const head = secret.split('\n')[0];
  const at = sample.text.indexOf(secret.includes('\n') ? head : secret);
  return at < 0 ? undefined : [at, at + Math.max(head.length, 1)];
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

function tuneguard(sample: Sample): { range: Range; ruleId: string }[] {
  return checkDocument({ path: sample.fileName, text: sample.text }).findings
    .filter((f) => f.ruleId.startsWith('secrets/'))
    .map((f) => ({ range: [f.start, f.end] as Range, ruleId: f.ruleId }));
}

async function secretlintRunner(): Promise<(sample: Sample) => Promise<{ range: Range; ruleId: string }[]>> {
  const require = createRequire(import.meta.url);
  const base = dirname(require.resolve('secretlint/package.json'));
  const core = await import(pathToFileURL(require.resolve('@secretlint/core', { paths: [base] })).href);
  const preset = await import(pathToFileURL(require.resolve('@secretlint/secretlint-rule-preset-recommend')).href);
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator ?? preset.default?.creator ?? preset.default }] };
  return async (sample) => {
    const ext = sample.fileName.includes('.') ? sample.fileName.slice(sample.fileName.lastIndexOf('.')) : '';
    const result = await core.lintSource({ source: { filePath: `/virtual/${sample.fileName}`, content: sample.text, ext, contentType: 'text' }, options: { config, noPhysicFilePath: true } });
    return result.messages.map((m: { range: Range; ruleId: string }) => ({ range: m.range, ruleId: m.ruleId }));
  };
}

function scoreTool(name: string, results: Map<Sample, { range: Range; ruleId: string }[]>): Map<string, Score> {
  const byType = new Map<string, Score>();
  const get = (t: string) => byType.get(t) ?? byType.set(t, { tp: 0, fn: 0, fp: 0, exact: 0 }).get(t)!;
  for (const [sample, findings] of results) {
    if (sample.label === 'negative') {
      get(`neg:${sample.type}`).fp += findings.length;
      if (showMisses && findings.length) console.log(`${name} FP ${sample.id}: ${findings.map((f) => f.ruleId).join(', ')} | ${JSON.stringify(sample.text.slice(findings[0].range[0], findings[0].range[1]).slice(0, 50))}`);
      continue;
    }
    const range = secretRange(sample);
    const score = get(sample.type);
    const hits = range ? findings.filter((f) => overlaps(f.range, range)) : [];
    if (hits.length > 0) score.tp++;
    else {
      score.fn++;
      if (showMisses) console.log(`${name} MISS ${sample.id} (${sample.fileName})`);
    }
    if (hits.some((f) => f.ruleId === `secrets/${sample.type}`)) score.exact++;
    score.fp += findings.length - hits.length; // findings on other text of a positive file
  }
  return byType;
}

const totals = (scores: Map<string, Score>) => [...scores.values()].reduce((a, s) => ({ tp: a.tp + s.tp, fn: a.fn + s.fn, fp: a.fp + s.fp, exact: a.exact + s.exact }), { tp: 0, fn: 0, fp: 0, exact: 0 });
const ratio = (n: number, d: number) => (d === 0 ? '  -  ' : (n / d).toFixed(3));

async function main(): Promise<void> {
  const ours = new Map<Sample, { range: Range; ruleId: string }[]>();
  const started = performance.now();
  for (const s of samples) ours.set(s, tuneguard(s));
  const oursMs = performance.now() - started;
  const lint = await secretlintRunner();
  const theirs = new Map<Sample, { range: Range; ruleId: string }[]>();
  const started2 = performance.now();
  for (const s of samples) theirs.set(s, await lint(s));
  const theirsMs = performance.now() - started2;

  const a = scoreTool('tuneguard', ours);
  const b = scoreTool('secretlint', theirs);
  const positives = samples.filter((s) => s.label === 'positive');
  console.log(`Corpus: ${corpusPath}: ${positives.length} positives over ${new Set(positives.map((s) => s.type)).size} types, ${samples.length - positives.length} hard negatives.\n`);
  console.log(`${'type'.padEnd(36)} ${'n'.padStart(3)} | tuneguard P     R   exact | secretlint P     R`);
  for (const type of [...new Set(positives.map((s) => s.type))].sort()) {
    const x = a.get(type)!;
    const y = b.get(type)!;
    const n = x.tp + x.fn;
    console.log(`${type.padEnd(36)} ${String(n).padStart(3)} |      ${ratio(x.tp, x.tp + x.fp)} ${ratio(x.tp, n)} ${String(x.exact).padStart(3)}   |      ${ratio(y.tp, y.tp + y.fp)} ${ratio(y.tp, n)}`);
  }
  console.log('\nFalse positives on hard negatives by kind (tuneguard / secretlint):');
  for (const kind of [...new Set(samples.filter((s) => s.label === 'negative').map((s) => s.type))].sort()) {
    const n = samples.filter((s) => s.label === 'negative' && s.type === kind).length;
    console.log(`  ${kind.padEnd(32)} ${String(n).padStart(3)} samples: ${a.get(`neg:${kind}`)?.fp ?? 0} / ${b.get(`neg:${kind}`)?.fp ?? 0}`);
  }
  for (const [name, scores, ms] of [['tuneguard', a, oursMs], ['secretlint', b, theirsMs]] as const) {
    const t = totals(scores);
    const p = t.tp / (t.tp + t.fp || 1);
    const r = t.tp / (t.tp + t.fn || 1);
    console.log(`\n${name.padEnd(10)} overall: precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}  (TP ${t.tp}, FP ${t.fp}, FN ${t.fn}${name === 'tuneguard' ? `, exact rule ${t.exact}` : ''}) in ${ms.toFixed(0)} ms`);
  }
}

void main();
