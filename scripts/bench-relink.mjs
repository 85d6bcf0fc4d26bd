// Time to re-diagnose the configs that depend on a dataset manifest after the manifest is edited,
// in a generated workspace of N configs (default 500) all training on that dataset, over stdio
// against dist/server.js (pull diagnostics, as VS Code uses them).
//   npm run build && node scripts/bench-relink.mjs [configs=500] [rounds=3]
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../bench/lsp-driver.mjs';

const CONFIGS = Number(process.argv[2] ?? 500);
const ROUNDS = Number(process.argv[3] ?? 3);
const LEVELS = ['public', 'internal', 'confidential', 'restricted'];

const manifest = (level) => `name: Support tickets\nhub_id: acme/support-tickets\nowner: ml@acme.example\nclassification: ${level}\nlicense: proprietary\nsource: Zendesk\nretention: P1Y\n`;
const configs = [
  (i) => `base_model: meta-llama/Llama-3.2-1B\nrevision_of_model: 4e20de3\ndatasets:\n  - path: acme/support-tickets\n    type: chat_template\n  - path: data/extra-${i}.jsonl\n    type: alpaca\nsequence_len: 2048\nmicro_batch_size: 2\nhub_model_id: acme/bot-${i}\nwandb_project: support\nwandb_log_model: checkpoint\noutput_dir: ./outputs/${i}\n`,
  (i) => `model_name_or_path: Qwen/Qwen2.5-0.5B\nmodel_revision: v1.0\nlearning_rate: 1.0e-5\nnum_train_epochs: 1\nbf16: true\noutput_dir: out-${i}\ndataset_mixture:\n  datasets:\n    - id: acme/support-tickets\n    - id: HuggingFaceH4/ultrachat_200k\npush_to_hub: true\nhub_model_id: acme/sft-${i}\nreport_to: [wandb]\n`,
  (i) => `model_name_or_path: Qwen/Qwen2.5-7B\nmodel_revision: v2\nstage: sft\ndo_train: true\nfinetuning_type: lora\ntemplate: qwen\ndataset: tickets,extra_${i % 10}\ncutoff_len: 2048\noutput_dir: saves/${i}\nexport_hub_model_id: acme/lf-${i}\nreport_to: wandb\n`,
];

const dir = mkdtempSync(join(tmpdir(), 'tuneguard-relink-'));
try {
  writeFileSync(join(dir, '.tuneguard.yaml'), 'publishing:\n  publicMaxLevel: public\n');
  writeFileSync(join(dir, 'tickets.dataset.yaml'), manifest('public'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'dataset_info.json'), JSON.stringify(Object.fromEntries([['tickets', { hf_hub_url: 'acme/support-tickets' }], ...Array.from({ length: 10 }, (_, k) => [`extra_${k}`, { file_name: `extra_${k}.json` }])]), null, 2));
  mkdirSync(join(dir, 'configs'));
  const files = [];
  for (let i = 0; i < CONFIGS; i++) {
    const file = join(dir, 'configs', `train-${String(i).padStart(3, '0')}.yaml`);
    writeFileSync(file, configs[i % configs.length](i));
    files.push(file);
  }

  let refreshes = 0;
  let indexed = false;
  const server = await startServer(process.execPath, [join(import.meta.dirname, '..', 'dist', 'server.js'), '--stdio'], {
    workspace: dir,
    capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} }, window: { workDoneProgress: true } },
    onProgress: (p) => { if (p.value?.kind === 'end') indexed = true; },
  });
  server.connection.onRequest('workspace/diagnostic/refresh', () => { refreshes++; return null; });
  const uris = files.map((f) => pathToFileURL(f).href);
  const { readFileSync } = await import('node:fs');
  for (const [i, uri] of uris.entries()) {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(files[i], 'utf8') } });
  }
  const deadline = Date.now() + 60000;
  while (!indexed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const pullAll = () => Promise.all(uris.map((uri) => server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })));
  const count = (reports, code) => reports.filter((r) => r.items.some((d) => d.code === code)).length;
  await pullAll(); // warm

  const manifestUri = pathToFileURL(join(dir, 'tickets.dataset.yaml')).href;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: manifestUri, languageId: 'yaml', version: 1, text: manifest('public') } });
  const rows = [];
  for (let round = 1; round <= ROUNDS * 2; round++) {
    const level = round % 2 === 1 ? 'restricted' : 'public';
    const before = refreshes;
    const started = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: manifestUri, version: round + 1 }, contentChanges: [{ text: manifest(level) }] });
    while (refreshes === before) await new Promise((r) => setImmediate(r));
    const refreshed = process.hrtime.bigint();
    const reports = await pullAll();
    const done = process.hrtime.bigint();
    const affected = count(reports, 'governance/hub-push-above-level');
    const expected = level === 'restricted' ? CONFIGS : 0;
    if (affected !== expected) throw new Error(`round ${round}: ${affected} configs report hub-push-above-level, expected ${expected}`);
    rows.push({ level, refreshMs: Number(refreshed - started) / 1e6, rediagnoseMs: Number(done - refreshed) / 1e6, totalMs: Number(done - started) / 1e6 });
  }
  await server.stop();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Relink benchmark: ${CONFIGS} open configs (Axolotl, TRL, LLaMA-Factory via dataset_info.json), all training on one manifest; ${rows.length} edits.`);
  for (const r of rows) console.log(`  -> ${r.level.padEnd(10)} refresh request after ${r.refreshMs.toFixed(1)} ms, ${CONFIGS} configs re-diagnosed in ${r.rediagnoseMs.toFixed(0)} ms, total ${r.totalMs.toFixed(0)} ms`);
  console.log(`Median: edit -> refresh ${median(rows.map((r) => r.refreshMs)).toFixed(1)} ms; edit -> all ${CONFIGS} dependent configs re-diagnosed ${median(rows.map((r) => r.totalMs)).toFixed(0)} ms (${(median(rows.map((r) => r.rediagnoseMs)) / CONFIGS).toFixed(2)} ms per config).`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
