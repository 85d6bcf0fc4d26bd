import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY, PolicySchema } from '../../../schemas/policy';
import { ChunkReportCollector } from '../../../server/src/cli/chunk-report-collector';
import type { ChunkReport, PlacedFinding } from '../../../server/src/engine/datasets/chunk-report';

/** A fingerprint as the engine writes them (32 hex digits), readable in the test: kind, chunk, line. */
const print = (kind: number, c: number, line: number) => `${kind}${c}${String(line).padStart(2, '0')}`.padStart(32, '0');

const finding = (ruleId: string, line: number, fingerprint: string): PlacedFinding => ({
  ruleId, severity: 'warning', message: `${ruleId} in a dataset record`, fingerprint, line, column: 0, endLine: line, endColumn: 5,
});

/** Chunk `c` of 10 lines: an email on every line, a secret on its first line. */
function chunk(c: number): ChunkReport {
  const findings = Array.from({ length: 10 }, (_, line) => finding('pii/email', line, print(1, c, line)));
  findings.unshift(finding('secrets/openai-api-key', 0, print(2, c, 0)));
  return { findings, counts: { email: 10 }, records: 10, lines: 10 };
}

test('reports taken out of order are placed as in file order', () => {
  const inOrder = new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl');
  const shuffled = new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl');
  for (const c of [0, 1, 2, 3]) inOrder.add(c, chunk(c));
  for (const c of [2, 0, 3, 1]) shuffled.add(c, chunk(c));
  assert.deepEqual(shuffled.result(), inOrder.result());
  const { findings, summary } = inOrder.result();
  assert.deepEqual(findings.filter((f) => f.ruleId === 'secrets/openai-api-key').map((f) => f.line), [1, 11, 21, 31]);
  assert.deepEqual(summary, { records: 40, counts: { email: 40 }, secrets: 4 });
});

test('at most maxFindingsPerRule listed per rule, the rest counted with their severity; the summary counts everything', () => {
  const collector = new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl', { maxFindingsPerRule: 15 });
  for (const c of [0, 1, 2]) collector.add(c, chunk(c));
  const { findings, summary, omitted } = collector.result();
  assert.equal(findings.filter((f) => f.ruleId === 'pii/email').length, 15);
  assert.equal(findings.filter((f) => f.ruleId === 'secrets/openai-api-key').length, 3);
  assert.deepEqual(omitted, [{ ruleId: 'pii/email', severity: 'warning', count: 15 }]);
  assert.equal(summary.secrets, 3);
  assert.deepEqual(summary.counts, { email: 30 });
});

test('accepted findings (baseline, policy fingerprints) are left out before the cap, never hiding a new one', () => {
  const policy = PolicySchema.parse({ allowlist: { fingerprints: [print(1, 0, 1)] } });
  const baseline = new Set(Array.from({ length: 10 }, (_, line) => print(1, 0, line)).filter((f) => f !== print(1, 0, 1)));
  const collector = new ChunkReportCollector(policy, 'd.jsonl', { maxFindingsPerRule: 10, accepted: baseline });
  for (const c of [0, 1]) collector.add(c, chunk(c));
  const { findings, omitted } = collector.result();
  assert.deepEqual(findings.filter((f) => f.ruleId === 'pii/email').map((f) => f.fingerprint), Array.from({ length: 10 }, (_, line) => print(1, 1, line)));
  assert.deepEqual(omitted, []);
});

test('a report that never arrives is an error, not a silently shorter file', () => {
  const collector = new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl');
  collector.add(1, chunk(1));
  assert.throws(() => collector.result(), /chunk report 0 never arrived/);
});

test('chunks drop findings beyond the cap themselves only when nothing is accepted by fingerprint; their counts are judged per rule', () => {
  assert.equal(new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl', { maxFindingsPerRule: 5 }).chunkCap, 5);
  assert.equal(new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl', {}).chunkCap, undefined);
  assert.equal(new ChunkReportCollector(DEFAULT_POLICY, 'd.jsonl', { maxFindingsPerRule: 5, accepted: new Set([print(1, 0, 0)]) }).chunkCap, undefined);
  assert.equal(new ChunkReportCollector(PolicySchema.parse({ allowlist: { fingerprints: [print(1, 0, 0)] } }), 'd.jsonl', { maxFindingsPerRule: 5 }).chunkCap, undefined);

  const policy = PolicySchema.parse({ rules: { 'pii/phone-number': 'off', 'pii/email': 'error' } });
  const collector = new ChunkReportCollector(policy, 'd.jsonl', { maxFindingsPerRule: 5 });
  collector.add(0, { ...chunk(0), omitted: { 'pii/email': 7, 'pii/phone-number': 3 } });
  const { findings, omitted } = collector.result();
  assert.equal(findings.filter((f) => f.ruleId === 'pii/email').length, 5);
  assert.deepEqual(omitted, [{ ruleId: 'pii/email', severity: 'error', count: 12 }]);
});
