import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

/** The worker bundle beside the calling bundle (dist/). */
export function datasetWorkerScript(distDirectory: string): string {
  return path.join(distDirectory, 'dataset-worker.js');
}

/** Small heaps: chunks are a few MB and nothing is kept between them, so GC runs early and peak memory stays bounded. */
export function startDatasetWorker(distDirectory: string): Worker {
  return new Worker(datasetWorkerScript(distDirectory), { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 } });
}

/** Workers a pool runs: one per core (at most 4), or one per other core (at most 3) when its calling thread scans too. */
export function poolSize(scanOnCaller: boolean): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return scanOnCaller ? Math.min(3, cores - 1) : Math.min(4, cores);
}

/**
 * Keeps the young generation at its first size (V8 otherwise doubles it up to 16 MB per
 * semi-space as scavenges go): a dataset check's garbage is short-lived chunk text, and this keeps
 * ~10 MB off the CLI's peak memory at the same speed (50 MB bench: 139 -> 129 MB, median of 8).
 * Only for the CLI (a short run). Starting a worker resets V8's flags: call it after starting them.
 */
export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  // V8 rejects code cached under other flags: the default is back before the CLI's compile cache is written at exit.
  process.prependOnceListener('exit', () => v8.setFlagsFromString('--semi-space-growth-factor=2'));
}
