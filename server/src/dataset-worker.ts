/**
 * Worker thread entry (dist/dataset-worker.js): scans line-aligned dataset chunks off the main
 * thread, for the CLI's streaming check and the server's background scan of large open files.
 * It loads no parser and no secrets engine (fast start, small heap): lines that may hold a secret
 * go back in the report, and the pool runs the engine on them (`finishSecretLines`).
 */
import { parentPort } from 'node:worker_threads';
import { scanChunkToReport, type ChunkJob } from './engine/datasets/chunk-report';
import { SecretKeywordPass } from './engine/datasets/secret-keywords';

export interface WorkerJob extends Omit<ChunkJob, 'text'> {
  id: number;
  /** UTF-8 bytes (transferred) or text. */
  bytes?: Uint8Array;
  text?: string;
  secrets: boolean;
}

const secrets = new SecretKeywordPass();
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

parentPort?.on('message', (job: WorkerJob) => {
  try {
    const text = job.text ?? decoder.decode(job.bytes!);
    const report = scanChunkToReport({ path: job.path, syntax: job.syntax, first: job.first, text }, job.secrets ? secrets : undefined);
    parentPort!.postMessage({ id: job.id, report });
  } catch (error) {
    // Never echo the data: only the error's class and message (which our code never fills with values).
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error' });
  }
});
