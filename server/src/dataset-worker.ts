/**
 * Worker thread entry (dist/dataset-worker.js): scans line-aligned dataset chunks off the main
 * thread, for the CLI's streaming check and the server's background scan of large open files.
 * It loads no parser and no secrets engine (fast start, small heap): lines that may hold a secret
 * go back in the report, and the pool runs the engine on them (`finishSecretLines`).
 */
import { parentPort } from 'node:worker_threads';
import { scanChunkToReport, type ChunkJob } from './engine/datasets/chunk-report';
import { SecretKeywordPass } from './engine/datasets/secret-keywords';
import { warmUp } from './engine/datasets/warm-up';
import { utf8Text } from './engine/text/utf8-text';

export interface WorkerJob extends Omit<ChunkJob, 'text'> {
  id: number;
  /** UTF-8 bytes (transferred) or text. */
  bytes?: Uint8Array;
  text?: string;
  secrets: boolean;
  /** Keywords of the policy's custom secret patterns (the engine runs the patterns on the lines they mark). */
  customKeywords?: string[];
}

const passes = new Map<string, SecretKeywordPass>();

/** One keyword pass per set of custom keywords (a workspace has few policies). */
function passFor(customKeywords: readonly string[] = []): SecretKeywordPass {
  const key = customKeywords.join('\n');
  let pass = passes.get(key);
  if (!pass) {
    if (passes.size >= 8) passes.clear();
    pass = new SecretKeywordPass(customKeywords);
    passes.set(key, pass);
  }
  return pass;
}

// Before the first job (queued jobs wait the few tens of milliseconds it takes).
setImmediate(() => warmUp(passFor()));

parentPort?.on('message', (job: WorkerJob) => {
  try {
    const text = job.text ?? utf8Text(job.bytes!);
    const report = scanChunkToReport({ ...job, text }, job.secrets ? passFor(job.customKeywords) : undefined);
    parentPort!.postMessage({ id: job.id, report });
  } catch (error) {
    // Never echo the data: only the error's class and message (which our code never fills with values).
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error' });
  }
});
