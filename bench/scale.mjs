// Scale: a workspace of 2,000 configs and 200 dataset manifests plus a 50 MB JSONL dataset.
// Measures background indexing (from `initialized` to the end of its $/progress), server memory
// (RSS sampled every 50 ms and the kernel's peak), time to first diagnostics of the 50 MB JSONL,
// and whether another small document's diagnostics wait for it meanwhile.
// Usage: npm run build && node bench/scale.mjs [--configs 2000] [--manifests 200] [--jsonl-mb 50] [--server dist/server.js] [--sync-text]
//   [--dataset FILE]: open a copy of FILE (e.g. .bench/customers-50mb.csv, personal data in every row) instead of the generated JSONL
// The server runs with a 1 GB heap cap so a runaway shows as a crash, not as minutes of swapping.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatStats, ms, startServer, stats } from './lsp-driver.mjs';
import { datasetJsonl, writeScaleWorkspace } from './workspace-fixture.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const configs = option('configs', 2000);
const manifests = option('manifests', 200);
const jsonlMb = option('jsonl-mb', 50);
// --server PATH: a copy of dist/server.js, so a rebuild of dist/ during a long run does not change what is measured.
const serverPath = process.argv.includes('--server') ? process.argv[process.argv.indexOf('--server') + 1] : 'dist/server.js';

const workspace = mkdtempSync(join(tmpdir(), 'tuneguard-scale-'));
let started = process.hrtime.bigint();
const { smallConfig } = writeScaleWorkspace(workspace, { configs, manifests });
console.log(`workspace: ${configs} configs, ${manifests} manifests, policy (written in ${ms(started).toFixed(0)} ms)`);

const progress = [];
const logs = [];
const server = await startServer(process.execPath, ['--max-old-space-size=1024', serverPath, '--stdio'], {
  workspace,
  onProgress: (p) => progress.push({ at: process.hrtime.bigint(), value: p.value }),
  onLog: (p) => logs.push(p.message),
});
const initialized = process.hrtime.bigint();
let peakSampled = 0;
const sampler = setInterval(() => { peakSampled = Math.max(peakSampled, server.memory().rssMb || 0); }, 50);

// Indexing: wait for the end of the progress the server began (if it reports any).
const deadline = Date.now() + 120_000;
while (!progress.some((p) => p.value?.kind === 'end') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
const begin = progress.find((p) => p.value?.kind === 'begin');
const end = progress.find((p) => p.value?.kind === 'end');
if (end) {
  console.log(`indexing: "${begin?.value.title}" ended ${(Number(end.at - initialized) / 1e6).toFixed(0)} ms after initialized; ${progress.filter((p) => p.value?.kind === 'report').length} progress report(s); server log: ${logs.find((l) => /^Indexed /.test(l)) ?? '(none)'}`);
} else {
  console.log('indexing: the server reported no indexing progress within 120 s (no background index in this build?)');
}
const afterIndex = server.memory();
console.log(`memory after indexing: RSS ${afterIndex.rssMb.toFixed(0)} MB`);

// A config's diagnostics with the index in place.
const small = { uri: pathToFileURL(join(workspace, 'configs', 'team-0', 'run-0.yaml')).href, text: smallConfig };
await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small.uri, languageId: 'yaml', version: 1, text: small.text } });
started = process.hrtime.bigint();
const smallReport = await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: small.uri } });
console.log(`small config diagnostics (index ready): ${ms(started).toFixed(1)} ms, ${smallReport.items.length} diagnostic(s): ${[...new Set(smallReport.items.map((d) => d.code))].join(', ')}`);

// The 50 MB JSONL, opened the way the VS Code client opens it: above SYNC_DATASET_TEXT_UP_TO_CHARS
// (schemas/protocol.ts, 8 MiB) the client sends tuneguard/datasetFromDisk and the server reads the
// saved file; --sync-text sends the text in didOpen instead, as a client without that notification does.
// Times: open -> first pull answer, -> first real finding, -> scan done; meanwhile the small config's pulls.
const SYNC_DATASET_TEXT_UP_TO_CHARS = 8 * 1024 * 1024;
const syncText = process.argv.includes('--sync-text');
started = process.hrtime.bigint();
const datasetFile = process.argv.includes('--dataset') ? process.argv[process.argv.indexOf('--dataset') + 1] : undefined;
const bigFile = join(workspace, 'data', datasetFile ? basename(datasetFile) : 'big.jsonl');
const big = { uri: pathToFileURL(bigFile).href, text: datasetFile ? readFileSync(datasetFile, 'utf8') : datasetJsonl(jsonlMb * 1024 * 1024) };
mkdirSync(dirname(bigFile), { recursive: true });
writeFileSync(bigFile, big.text);
console.log(`dataset ${datasetFile ? 'copied' : 'generated'} and saved: ${(big.text.length / 1024 / 1024).toFixed(1)} MB, ${big.text.split('\n').length - 1} records (${ms(started).toFixed(0)} ms)`);
const fromDisk = !syncText && big.text.length > SYNC_DATASET_TEXT_UP_TO_CHARS;
const opened = process.hrtime.bigint();
if (fromDisk) {
  await server.connection.sendNotification('tuneguard/datasetFromDisk', { uri: big.uri, event: 'opened' });
  console.log('50 MB JSONL opened as the VS Code client does: tuneguard/datasetFromDisk (the text is not sent)');
} else {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: big.uri, languageId: 'jsonl', version: 1, text: big.text } });
  const written = ms(opened);
  // The server answers requests in order: this tiny pull returns once the 50 MB didOpen has crossed stdio and been parsed.
  await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///not-open.yaml' } });
  console.log(`50 MB didOpen (--sync-text): written to the pipe after ${written.toFixed(0)} ms, received and parsed by the server after ${ms(opened).toFixed(0)} ms (transport, before any checking)`);
}
const pull = (uri) => server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
const isProgressNote = (d) => d.code === 'tuneguard/scan-in-progress';
let firstAnswer;
let firstFinding;
let done;
let items = [];
const smallWhileScanning = [];
for (const until = Date.now() + 120_000; Date.now() < until;) {
  const report = await pull(big.uri);
  const at = ms(opened);
  firstAnswer ??= { at, items: report.items.length };
  items = report.items;
  if (firstFinding === undefined && items.some((d) => !isProgressNote(d))) firstFinding = at;
  if (!items.some(isProgressNote)) {
    done = at;
    break;
  }
  const smallStarted = process.hrtime.bigint();
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: small.uri, version: smallWhileScanning.length + 2 }, contentChanges: [{ text: `${small.text}# edit ${smallWhileScanning.length}\n` }] });
  await pull(small.uri);
  smallWhileScanning.push(ms(smallStarted));
}
clearInterval(sampler);
const final = server.memory();
console.log(`50 MB JSONL: first diagnostics answer ${firstAnswer.at.toFixed(0)} ms after opening (${firstAnswer.items} item(s)); first real finding ${firstFinding?.toFixed(0) ?? 'none'} ms; scan complete ${done?.toFixed(0) ?? 'not within 120 s'} ms; ${items.length} diagnostic(s) shown: ${[...new Set(items.map((d) => d.code))].slice(0, 6).join(', ')}`);
console.log(`small document while the JSONL is scanned (didChange -> diagnostics): ${smallWhileScanning.length ? formatStats(stats(smallWhileScanning)) : 'no samples (scan finished before the first)'}`);
console.log(`server memory: RSS now ${final.rssMb.toFixed(0)} MB; peak sampled ${peakSampled.toFixed(0)} MB; kernel peak (VmHWM) ${final.peakRssMb.toFixed(0)} MB (goal < 300 MB)`);
console.log(`goals: first diagnostics <= 2 s: ${firstAnswer.at <= 2000 ? 'met' : 'NOT met'}; memory < 300 MB: ${final.peakRssMb < 300 ? 'met' : 'NOT met'}`);
await server.stop();
rmSync(workspace, { recursive: true, force: true });
