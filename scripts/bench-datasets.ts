/**
 * Benchmark: `tuneguard check` (secrets AND personal data) against secretlint (recommended preset,
 * secrets only) and ripgrep (a few bare regexes, no validation) on the same generated 50 MB JSONL.
 * Prints wall time, MB/s, peak memory (/usr/bin/time -v) and ratios to secretlint. Also checks the
 * same records written as Parquet (snappy, row groups of 10,000 rows), which secretlint cannot read,
 * and a CSV of the same size with personal data in every row (the most findings per megabyte).
 *   npx tsx scripts/bench-datasets.ts [--mb 50] [--runs 3]
 * Installs ripgrep and GNU time with apt-get when missing; builds dist/ when missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { writeBenchJsonl, writeDenseCsv } from './bench-data';

const ROOT = join(__dirname, '..');
const BENCH = join(ROOT, '.bench');
const arg = (name: string, fallback: number) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : fallback; };
const MB = arg('--mb', 50);
const RUNS = arg('--runs', 3);

function ensureTool(binary: string, aptPackage: string): void {
  if (spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0) return;
  console.log(`installing ${aptPackage} (apt-get)...`);
  execFileSync('sh', ['-c', `(apt-get install -y ${aptPackage} || (apt-get update && apt-get install -y ${aptPackage})) >/dev/null`], { stdio: 'inherit' });
}

interface Run { seconds: number; cpuSeconds: number; peakMb: number; status: number }

function timed(command: string[], cwd = ROOT): Run {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const elapsed = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(result.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!elapsed || !rss) throw new Error(`could not time ${command.join(' ')}: ${result.stderr.slice(-400)}`);
  const seconds = Number(elapsed[1] ?? 0) * 3600 + Number(elapsed[2]) * 60 + Number(elapsed[3]);
  const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0);
  return { seconds, cpuSeconds: cpu('User') + cpu('System'), peakMb: Number(rss[1]) / 1024, status: result.status ?? -1 };
}

function best(command: string[]): Run {
  const runs = Array.from({ length: RUNS }, () => timed(command));
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

async function main(): Promise<void> {
  ensureTool('/usr/bin/time', 'time');
  ensureTool('rg', 'ripgrep');
  if (!existsSync(join(ROOT, 'dist', 'cli.js')) || !existsSync(join(ROOT, 'dist', 'dataset-worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(BENCH, { recursive: true });
  const file = join(BENCH, `bench-${MB}mb.jsonl`);
  if (!existsSync(file)) {
    console.log(`generating ${file}...`);
    await writeBenchJsonl(file, MB * 1024 * 1024);
  }
  const sizeMb = statSync(file).size / 1024 / 1024;
  const rc = join(BENCH, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));

  const parquet = join(BENCH, `bench-${MB}mb.parquet`);
  if (!existsSync(parquet)) writeParquetCopy(file, parquet);

  // The worst case for findings: personal data in every row (memory must stay bounded all the same).
  const dense = join(BENCH, `customers-${MB}mb.csv`);
  if (!existsSync(dense)) await writeDenseCsv(dense, MB * 1024 * 1024);

  const tools: [string, string[]][] = [
    ['tuneguard check (secrets + PII)', [process.execPath, join(ROOT, 'dist', 'cli.js'), 'check', file, '--format', 'json', '--output', join(BENCH, 'tuneguard.json')]],
    ['secretlint (preset-recommend)', [process.execPath, join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js'), '--secretlintrc', rc, '--no-gitignore', '--format', 'json', '--output', join(BENCH, 'secretlint.json'), file]],
    ['ripgrep (3 bare regexes)', ['rg', '-c', '-e', '\\b\\d{3}-\\d{2}-\\d{4}\\b', '-e', '[\\w.+-]+@[\\w-]+\\.[\\w.]+', '-e', 'hf_[A-Za-z0-9]{34}', file]],
    ['tuneguard check (Parquet copy)', [process.execPath, join(ROOT, 'dist', 'cli.js'), 'check', parquet, '--format', 'json', '--output', join(BENCH, 'tuneguard-parquet.json')]],
    ['tuneguard check (CSV, PII per row)', [process.execPath, join(ROOT, 'dist', 'cli.js'), 'check', dense, '--format', 'json', '--output', join(BENCH, 'tuneguard-dense.json')]],
  ];
  const sizes = [file, file, file, parquet, dense].map((f) => statSync(f).size / 1024 / 1024);
  const results = tools.map(([name, command]) => ({ name, run: best(command) }));
  const secretlint = results[1].run;
  console.log(`\n${sizeMb.toFixed(1)} MB JSONL, best of ${RUNS} run(s), ${process.platform} ${process.arch}, node ${process.version}`);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`load average ${load} (wall times on a shared machine; CPU seconds are steadier)`);
  console.log('tool                              wall s     MB/s    CPU s   peak MB   wall vs secretlint   CPU vs secretlint');
  results.forEach(({ name, run }, i) => {
    console.log(`${name.padEnd(32)} ${run.seconds.toFixed(2).padStart(7)} ${(sizes[i] / run.seconds).toFixed(1).padStart(8)} ${run.cpuSeconds.toFixed(2).padStart(8)} ${run.peakMb.toFixed(0).padStart(9)} ${(run.seconds / secretlint.seconds).toFixed(3).padStart(19)}x ${(run.cpuSeconds / secretlint.cpuSeconds).toFixed(3).padStart(18)}x`);
  });
  const denseReport = JSON.parse(readFileSync(join(BENCH, 'tuneguard-dense.json'), 'utf8')).files[0] as { findings: unknown[]; omitted?: { count: number }[] };
  const omitted = (denseReport.omitted ?? []).reduce((n, o) => n + o.count, 0);
  console.log(`CSV with PII per row: ${(sizes[4]).toFixed(1)} MB, ${denseReport.findings.length + omitted} findings (${denseReport.findings.length} listed); MB/s and ratios there are per its own size.`);
}

/** The JSONL's records as a Parquet file: one string column per field (messages as JSON text, as many hub datasets store them). */
function writeParquetCopy(jsonl: string, parquet: string): void {
  const records = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; messages: unknown });
  parquetWriteFile({
    filename: parquet,
    columnData: [
      { name: 'id', data: records.map((r) => r.id), type: 'STRING' },
      { name: 'messages', data: records.map((r) => JSON.stringify(r.messages)), type: 'STRING' },
    ],
    rowGroupSize: 10_000,
  });
}

void main();
