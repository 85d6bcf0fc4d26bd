// didChange -> diagnostics latency of dist/server.js on a 300-line Axolotl config, with a policy and
// dataset manifests in the workspace. Prints median and p95 over N edits.
// Usage: npm run build && node bench/latency.mjs [iterations]
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, stats } from './lsp-driver.mjs';
import { axolotlConfig, writeGovernedWorkspace } from './workspace-fixture.mjs';

const iterations = Number(process.argv[2] ?? 200);
const workspace = mkdtempSync(join(tmpdir(), 'tuneguard-bench-'));
writeGovernedWorkspace(workspace);
const text = axolotlConfig(300);
const file = join(workspace, 'train.yaml');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

const server = await startServer(process.execPath, ['dist/server.js', '--stdio'], { workspace });
await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });

const samples = [];
let version = 1;
for (let i = 0; i < iterations + 20; i++) {
  version++;
  // Comment a line out, then restore it: every edit really changes the document.
  const line = 10 + (Math.floor(i / 2) % 250);
  const edit = i % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '# ' }
    : { range: { start: { line, character: 0 }, end: { line, character: 2 } }, text: '' };
  const started = process.hrtime.bigint();
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit] });
  const report = await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (i >= 20) samples.push(elapsed); // first 20 warm the JIT
  if (i === 0) console.log(`diagnostics per check: ${report.items.length}`);
}
await server.stop();
rmSync(workspace, { recursive: true, force: true });
const s = stats(samples);
console.log(`tuneguard didChange -> diagnostics, 300-line Axolotl config, ${s.n} edits: median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`);
