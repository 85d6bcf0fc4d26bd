import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { datasetWorkerScript, poolSize, startDatasetWorker } from './dataset-worker-thread';
import { isStreamedDataset } from './streamed-dataset';

/**
 * Dataset workers started before the CLI bundle loads, when the command line names a dataset the
 * check will stream: a worker takes ~0.1 s to boot, which then overlaps the CLI's own start-up on
 * another core instead of delaying the scan. Directories are not looked into (the walk decides).
 */
export function startEarlyWorkers(argv: readonly string[], distDirectory: string, cwd = process.cwd()): Worker[] {
  if (argv[0] !== 'check' && argv[0] !== 'baseline') return [];
  const streamed = argv.slice(1).some((arg) => {
    if (arg.startsWith('-')) return false;
    try {
      const stat = fs.statSync(path.resolve(cwd, arg));
      return stat.isFile() && isStreamedDataset(arg, stat.size);
    } catch {
      return false;
    }
  });
  if (!streamed || !fs.existsSync(datasetWorkerScript(distDirectory))) return [];
  return Array.from({ length: Math.max(0, poolSize(true)) }, () => {
    const worker = startDatasetWorker(distDirectory);
    // A worker that fails before a pool takes it over has exited: the pool starts another instead.
    worker.on('error', () => undefined);
    return worker;
  });
}
