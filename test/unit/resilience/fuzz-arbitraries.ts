/**
 * fast-check generators for the engine fuzz tests: structured fine-tuning documents (YAML, JSON,
 * JSONL), policies, and mutations of them and of real corpus files.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CORPUS } from '../../helpers/temp-dir';

const KEYS = [
  'base_model', 'hub_model_id', 'hub_token', 'push_to_hub', 'hub_private_repo', 'output_dir', 'datasets', 'path', 'type', 'data_files',
  'wandb_api_key', 'wandb_project', 'report_to', 'env', 'envs', 'HF_TOKEN', 'OPENAI_API_KEY', 'api_key', 'token', 'password', 'secret',
  'trust_remote_code', 'model', '_component_', 'tokenizer', 'training_file', 'hyperparameters', 'dataset', 'dataset_dir', 'messages',
  'role', 'content', 'text', 'email', 'phone', 'name', 'classification', 'owner', 'license', 'source', 'retention', 'version', 'rules',
];

/** Values that look like what the rules hunt for, plus placeholders and references. */
const SUSPICIOUS = [
  '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', 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEF', 'sk-ant-api03-' + 'x'.repeat(93) + 'AA',
  'AKIAIOSFODNN7EXAMPLE', 'ghp_abcdefghijklmnopqrstuvwxyzABCDEF1234', 'xoxb-123456789012-123456789012-abcdefghijklmnopqrstuvwx',
  '0123456789abcdef0123456789abcdef01234567', '${oc.env:HF_TOKEN}', '${HF_TOKEN}', '<your-token>', 'changeme', 'op://ml/hf/token',
  'jane.doe@example.com', '+44 20 7946 0958', '4111 1111 1111 1111', 'GB82 WEST 1234 5698 7654 32', '123-45-6789', '192.168.0.1',
  'restricted', 'public', '', ' ', '\t', '\u200b', '😀', '\ud800', 'a\u0000b', '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----',
];

const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) });
const scalar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SUSPICIOUS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_\-]{20,60}$/) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null)) },
);

/** A JSON-compatible value shaped like a config or manifest (maps of known keys, lists). */
export const documentValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; map: Record<string, unknown>; list: unknown[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('list')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 8 }),
  list: fc.array(tie('value'), { maxLength: 5 }),
})).map;

/** One edit of a text: insert, delete or replace a slice with syntax-significant or random text. */
const SYNTAX = [':', ': ', '- ', '{', '}', '[', ']', ',', '"', "'", '#', '&a ', '*a', '<<: *a', '---\n', '...\n', '\n', '\r\n', '\t', '  ', '|\n', '>-\n',
  '!!binary ', '!tag ', '%YAML 1.2\n', '?', '\\', '\ud83d', '\udc00', '\u0000', '\ufeff', '\u2028', 'hf_', 'sk-', '${', '}}'];
const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...SYNTAX), fc.constantFrom(...SUSPICIOUS), fc.string({ maxLength: 8, unit: 'binary' })),
});

export function mutate(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

export const mutations = fc.array(mutation, { maxLength: 6 });

function safeYaml(value: unknown): string {
  try {
    return stringify(value, { lineWidth: 0 });
  } catch {
    return String(value);
  }
}

export const yamlText = fc.tuple(documentValue, mutations).map(([v, m]) => mutate(safeYaml(v), m));
export const jsonText = fc.tuple(documentValue, mutations, fc.boolean()).map(([v, m, pretty]) => mutate(JSON.stringify(v, null, pretty ? 2 : undefined) ?? 'null', m));
export const jsonlText = fc.tuple(fc.array(documentValue, { maxLength: 8 }), mutations)
  .map(([records, m]) => mutate(records.map((r) => JSON.stringify(r) ?? '').join('\n'), m));

const severity = fc.constantFrom('off', 'info', 'warning', 'error', 'fatal', 3, null);
const ruleId = fc.constantFrom('secrets/*', 'secrets/huggingface-token', 'secrets/openai-api-key', 'pii/*', 'governance/*', '*', 'no/such-rule');
/** Policies close to the schema (so deep sections are reached) with random damage. */
/** CSV datasets whose header names columns a label decides (ssn, phone, dob, mrn) or an id names, with cells of numbers, quotes and commas. */
const csvCell = fc.oneof(
  fc.constantFrom('536904510', '536-90-4510', '020 7946 0958', '(415) 555-2671', '4155552671', '1985-03-12', '12/03/1985', '00123456', '4532015112830366', 'jane@mail-host.io', ''),
  fc.string({ maxLength: 24 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.string({ maxLength: 24 }),
);
export const csvText = fc.tuple(
  fc.array(fc.constantFrom('ssn', 'phone_number', 'date_of_birth', 'mrn', 'order_id', 'card_number', 'notes', '"a, b"', 'homePhone', ''), { minLength: 1, maxLength: 6 }),
  fc.array(fc.array(csvCell, { maxLength: 7 }), { maxLength: 8 }),
  mutations,
).map(([header, rows, m]) => mutate(`${header.join(',')}\n${rows.map((row) => row.join(',')).join('\n')}\n`, m));

export const policyValue = fc.record({
  version: fc.constantFrom(1, 2, '1', null),
  classification: fc.record({ levels: fc.oneof(fc.constant(['public', 'internal', 'confidential', 'restricted']), fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 })) }, { requiredKeys: [] }),
  rules: fc.dictionary(ruleId, severity),
  overrides: fc.array(fc.record({ files: fc.array(fc.constantFrom('**', 'experiments/**', '*.yaml', '[', '{a,b}/**', '!x', ''), { maxLength: 3 }), rules: fc.dictionary(ruleId, severity) }, { requiredKeys: [] }), { maxLength: 3 }),
  secrets: fc.record({ provider: fc.constantFrom('env-file', 'vault', '1password', 'nope'), envFile: fc.constantFrom('.env.local', '', '../x'), referenceTemplate: fc.constantFrom('op://ml/{name}/credential', '{', '{variable}') }, { requiredKeys: [] }),
  allowlist: fc.record({ values: fc.array(fc.constantFrom(...SUSPICIOUS), { maxLength: 4 }), paths: fc.array(fc.constantFrom('**', 'data/**', '[', '', '**/*.yaml'), { maxLength: 3 }) }, { requiredKeys: [] }),
  extra: documentValue,
}, { requiredKeys: [] });

export const policyText = fc.tuple(policyValue, mutations, fc.boolean()).map(([p, m, damage]) => (damage ? mutate(safeYaml(p), m) : safeYaml(p)));

/** Paths that steer format recognition to every family the engine knows. */
export const documentPath = fc.constantFrom(
  'train.yaml', 'configs/axolotl/qlora.yml', 'recipes/zephyr/sft/config_full.yaml', 'torchtune/llama3_lora.yaml', 'job.json', 'ds_config.json',
  'data/train.jsonl', 'data/chat.ndjson', 'data/train.json', 'data/dataset_info.json', 'data/tickets.dataset.yaml', '.tuneguard.yaml',
  'README.md', 'croissant.jsonld', '.env', 'data/rows.csv', 'pyproject.toml', 'noextension', 'experiments/run.yaml',
);

/** Real configs and manifests, mutated: the fuzz starts from what users really write. */
export function corpusSamples(limit = 200): string[] {
  const all: string[] = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(ya?ml|json)$/.test(name) && statSync(full).size < 64 * 1024) all.push(full);
    }
  };
  visit(CORPUS);
  // Evenly spaced, so every tool family in the corpus is represented.
  const step = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % step === 0).slice(0, limit).map((file) => readFileSync(file, 'utf8'));
}
