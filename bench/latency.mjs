// didChange -> diagnostics latency of dist/server.js on a 300-line Axolotl config, with a policy and
// dataset manifests in the workspace, and, in the same run, of Red Hat's yaml-language-server
// validating the same document against Tuneguard's generated JSON Schema. Prints median, p95 and
// the ratio, plus each server's peak memory.
// Usage: npm run build && node bench/latency.mjs [iterations] [--schema NAME.schema.json]
import { mkdtempSync, writeFileSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatStats, ms, startServer, stats } from './lsp-driver.mjs';
import { axolotlConfig, writeGovernedWorkspace } from './workspace-fixture.mjs';

const args = process.argv.slice(2);
const iterations = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const WARMUP = 20;
const schemaFile = pickSchema(args[args.indexOf('--schema') + 1]);

const workspace = mkdtempSync(join(tmpdir(), 'tuneguard-bench-'));
writeGovernedWorkspace(workspace);
const text = axolotlConfig(300);
const file = join(workspace, 'train.yaml');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;
console.log(`document: ${text.split('\n').length - 1} lines, ${text.length} chars; workspace: policy + 5 dataset manifests`);

/** Comment a line out, then restore it: every edit really changes the document and its version. */
function edit(i) {
  const line = 10 + (Math.floor(i / 2) % 250);
  return i % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '# ' }
    : { range: { start: { line, character: 0 }, end: { line, character: 2 } }, text: '' };
}

async function timeTuneguard() {
  const server = await startServer(process.execPath, ['dist/server.js', '--stdio'], { workspace });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const first = await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const samples = [];
  for (let i = 0, version = 1; i < iterations + WARMUP; i++) {
    version++;
    const started = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit(i)] });
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    if (i >= WARMUP) samples.push(ms(started)); // the first edits warm the JIT
  }
  const memory = server.memory();
  await server.stop();
  return { stats: stats(samples), diagnostics: first.items.length, memory };
}

/** yaml-language-server pushes diagnostics; time didChange -> the publish that follows it. */
async function timeYamlLanguageServer({ debounce, count }) {
  const settings = {
    yaml: {
      validate: true, hover: false, completion: false, format: { enable: false },
      schemaStore: { enable: false }, kubernetesCRDStore: { enable: false },
      schemas: { [pathToFileURL(schemaFile).href]: ['train.yaml', '**/train.yaml'] },
    },
    http: {}, '[yaml]': {}, editor: { tabSize: 2 },
  };
  const entry = ['bench/yaml-ls-entry.mjs', '--stdio', ...(debounce ? [] : ['--no-debounce'])];
  const server = await startServer(process.execPath, entry, {
    workspace, settings, initializationOptions: {},
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: { versionSupport: false } } },
  });
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings });
  const opened = server.nextPublish(uri);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const report = await opened;
  // Settings arrive asynchronously; wait until the server associates the schema with the file.
  const schemaUri = pathToFileURL(schemaFile).href;
  let schemaApplied = false;
  for (const deadline = Date.now() + 10_000; !schemaApplied && Date.now() < deadline;) {
    const schemas = await server.connection.sendRequest('yaml/get/jsonSchema', uri);
    schemaApplied = Array.isArray(schemas) && schemas.some((s) => s.uri === schemaUri);
  }
  const samples = [];
  for (let i = 0, version = 1; i < count + WARMUP; i++) {
    version++;
    const published = server.nextPublish(uri);
    const started = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit(i)] });
    await published;
    if (i >= WARMUP) samples.push(ms(started));
  }
  const memory = server.memory();
  await server.stop();
  return { stats: stats(samples), diagnostics: report.diagnostics.length, schemaApplied, memory };
}

function pickSchema(requested) {
  const dir = resolve('schemas/generated');
  if (requested && existsSync(join(dir, requested))) return join(dir, requested);
  const names = readdirSync(dir).filter((n) => n.endsWith('.schema.json'));
  const preferred = names.find((n) => /axolotl/.test(n)) ?? names.find((n) => /config/.test(n)) ?? 'policy.schema.json';
  return join(dir, preferred);
}

const tuneguard = await timeTuneguard();
console.log(`tuneguard            didChange -> diagnostics (pull): ${formatStats(tuneguard.stats)}; ${tuneguard.diagnostics} diagnostic(s); server peak RSS ${tuneguard.memory.peakRssMb.toFixed(0)} MB`);
const yamlLs = await timeYamlLanguageServer({ debounce: false, count: iterations });
console.log(`yaml-language-server didChange -> publishDiagnostics, schema ${schemaFile.split('/').pop()}, 200 ms debounce removed: ${formatStats(yamlLs.stats)}; ${yamlLs.diagnostics} diagnostic(s), schema applied: ${yamlLs.schemaApplied}; server peak RSS ${yamlLs.memory.peakRssMb.toFixed(0)} MB`);
const shipped = await timeYamlLanguageServer({ debounce: true, count: Math.min(30, iterations) });
console.log(`yaml-language-server as shipped (its fixed 200 ms validation debounce included): ${formatStats(shipped.stats)}`);
console.log(`ratio tuneguard / yaml-language-server (validation work, debounce removed): median ${(tuneguard.stats.median / yamlLs.stats.median).toFixed(2)}, p95 ${(tuneguard.stats.p95 / yamlLs.stats.p95).toFixed(2)}`);
console.log(`ratio tuneguard / yaml-language-server (as shipped): median ${(tuneguard.stats.median / shipped.stats.median).toFixed(3)}, p95 ${(tuneguard.stats.p95 / shipped.stats.p95).toFixed(3)}`);
console.log(`goal p95 <= 20 ms: ${tuneguard.stats.p95 <= 20 ? 'met' : 'NOT met'}`);
rmSync(workspace, { recursive: true, force: true });
