/**
 * Property-based fuzzing of the engine's front doors (checkDocument, loadPolicy) with fast-check:
 * generated and mutated YAML, JSON, JSONL documents and policies. Properties: no throw, no hang
 * (a per-document guard far above any normal check time), every finding range inside the text.
 * Reproduce a run with FUZZ_SEED=<seed> (printed); FUZZ_RUNS scales the number of documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocument } from '../../../server/src/engine/check-document';
import { loadPolicy } from '../../../server/src/engine/policy/load-policy';
import type { Policy } from '../../../schemas/policy';
import { corpusSamples, csvText, documentPath, jsonlText, jsonText, mutate, mutations, policyText, yamlText } from './fuzz-arbitraries';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
/** Not a speed goal: a single small document taking this long means the engine is stuck. */
const HANG_GUARD_MS = 5_000;
let documentsChecked = 0;

console.log(`fuzz seed ${SEED} (reproduce with FUZZ_SEED=${SEED})`);

function assertSound(text: string, path: string, policy?: Policy): void {
  const started = performance.now();
  const result = checkDocument({ path, text }, { policy });
  const elapsed = performance.now() - started;
  documentsChecked++;
  assert.ok(elapsed < HANG_GUARD_MS, `checking ${path} (${text.length} chars) took ${elapsed.toFixed(0)} ms`);
  for (const f of result.findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${f.ruleId}: non-integer range ${f.start}-${f.end}`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId}: range ${f.start}-${f.end} outside 0-${text.length} in ${path}`);
    assert.equal(typeof f.message, 'string');
  }
}

function run(arbitrary: fc.Arbitrary<[string, string]>, runs: number, offset: number): void {
  fc.assert(fc.property(arbitrary, ([text, path]) => assertSound(text, path)), { seed: SEED + offset, numRuns: Math.round(runs * SCALE) });
}

test('fuzz: generated and mutated YAML configs and manifests', () => {
  run(fc.tuple(yamlText, documentPath), 3000, 1);
});

test('fuzz: generated and mutated JSON documents', () => {
  run(fc.tuple(jsonText, documentPath), 1500, 2);
});

test('fuzz: generated and mutated JSONL datasets', () => {
  run(fc.tuple(jsonlText, fc.constantFrom('data/train.jsonl', 'data/chat.ndjson', 'data/noext')), 1500, 3);
});

test('fuzz: generated and mutated CSV datasets with labelling column names', () => {
  run(fc.tuple(csvText, fc.constant('data/people.csv')), 1500, 6);
});

test('fuzz: arbitrary unicode and binary-ish text under every path', () => {
  run(fc.tuple(fc.string({ maxLength: 400, unit: 'binary' }), documentPath), 1500, 4);
});

test('fuzz: mutated real corpus configs', () => {
  const samples = corpusSamples();
  if (samples.length === 0) return;
  const arbitrary = fc.tuple(fc.constantFrom(...samples), mutations, documentPath).map(([text, m, path]): [string, string] => [mutate(text, m), path]);
  run(arbitrary, 1000, 5);
});

test('fuzz: policies load without throwing, with problems inside the file, and drive checks', () => {
  fc.assert(fc.property(policyText, yamlText, documentPath, (policySource, text, path) => {
    const loaded = loadPolicy(policySource);
    for (const p of loaded.problems) {
      assert.ok(p.start >= 0 && p.start <= p.end && p.end <= policySource.length, `policy problem range ${p.start}-${p.end} outside 0-${policySource.length}`);
      assert.equal(typeof p.message, 'string');
    }
    assertSound(policySource, '.tuneguard.yaml');
    assertSound(text, path, loaded.policy);
  }), { seed: SEED + 6, numRuns: Math.round(1000 * SCALE) });
});

test('fuzz: at least 10,000 documents and policies were checked', () => {
  console.log(`fuzz: ${documentsChecked} documents checked (seed ${SEED})`);
  if (SCALE >= 1) assert.ok(documentsChecked >= 10_000, `only ${documentsChecked} documents`);
});
