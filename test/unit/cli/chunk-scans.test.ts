import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY } from '../../../schemas/policy';
import { ChunkScans } from '../../../server/src/cli/chunk-scans';
import { ChunkReportCollector } from '../../../server/src/cli/chunk-report-collector';
import type { DatasetWorkerPool } from '../../../server/src/cli/dataset-worker-pool';

/** A pool that records the jobs it is given and answers each with an empty report. */
function recordingPool(): { pool: DatasetWorkerPool; jobs: Parameters<DatasetWorkerPool['run']>[0][] } {
  const jobs: Parameters<DatasetWorkerPool['run']>[0][] = [];
  const pool = {
    inFlight: 0,
    capacity: 8,
    run: (job: Parameters<DatasetWorkerPool['run']>[0]) => {
      jobs.push(job);
      return Promise.resolve({ findings: [], counts: {}, records: 1, lines: 1 });
    },
  } as unknown as DatasetWorkerPool;
  return { pool, jobs };
}

test('chunks carry the CSV header\'s columns and the cap: the collector\'s, or the caller\'s own with onReport', async () => {
  const { pool, jobs } = recordingPool();
  const scans = new ChunkScans(pool, new ChunkReportCollector(DEFAULT_POLICY, 'p.csv', { maxFindingsPerRule: 7 }));
  await scans.add({ path: 'p.csv', syntax: 'csv', text: 'name,ssn\nAnn,536904510\n', secrets: true });
  await scans.add({ path: 'p.csv', syntax: 'csv', text: 'Bob,536904511\n', secrets: true });
  await scans.done();
  assert.deepEqual(jobs.map((j) => [j.first, j.columns, j.maxFindingsPerRule]), [[true, ['name', 'ssn'], 7], [false, ['name', 'ssn'], 7]]);

  const editor = recordingPool();
  const reports: unknown[] = [];
  const own = new ChunkScans(editor.pool);
  await own.add({ path: 'd.jsonl', syntax: 'jsonl', text: '{}\n', secrets: true, maxFindingsPerRule: 200 }, (r) => reports.push(r));
  await own.add({ path: 'd.jsonl', syntax: 'jsonl', text: '{}\n', secrets: true }, (r) => reports.push(r));
  await own.done();
  assert.deepEqual(editor.jobs.map((j) => j.maxFindingsPerRule), [200, undefined]);
  assert.equal(reports.length, 2);
});

test('every chunk of a CSV file carries the delimiter of its start, and the columns read with it', async () => {
  const { pool, jobs } = recordingPool();
  const scans = new ChunkScans(pool);
  await scans.add({ path: 'kunden.csv', syntax: 'csv', text: 'Name;Geburtsdatum\nMüller;22.12.1939\n', secrets: true });
  await scans.add({ path: 'kunden.csv', syntax: 'csv', text: 'Weber, Hans;01.02.1960\n', secrets: true });
  await scans.done();
  assert.deepEqual(jobs.map((j) => [j.csvDelimiter, j.columns]), [[';', ['Name', 'Geburtsdatum']], [';', ['Name', 'Geburtsdatum']]]);

  // A reader that cut the records by a delimiter hands it on: the header is read with that one.
  const given = recordingPool();
  const read = new ChunkScans(given.pool);
  await read.add({ path: 'people.tsv', syntax: 'csv', csvDelimiter: '\t', bytes: new TextEncoder().encode('name\tssn\nAnn\t536904510\n'), secrets: true });
  await read.done();
  assert.deepEqual(given.jobs.map((j) => [j.csvDelimiter, j.columns]), [['\t', ['name', 'ssn']]]);
});
