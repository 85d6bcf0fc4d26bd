import * as fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { datasetWorkerScript, keepYoungGenerationSmall, poolSize, startDatasetWorker } from './dataset-worker-thread';
import { appendReport, finishSecretLines, scanChunkToReport, type ChunkReport } from '../engine/datasets/chunk-report';
import { SecretLineScanner } from '../engine/datasets/secret-lines';
import type { Policy } from '../../../schemas/policy';
import type { WorkerJob } from '../dataset-worker';
import { compileCustomPatterns } from '../engine/secrets/custom-patterns';
import { utf8Text } from '../engine/text/utf8-text';

type CustomPatterns = Policy['secrets']['customPatterns'];

/** A chunk to scan, with the policy's custom secret patterns when they may run (trusted workspace, CLI). */
type Job = Omit<WorkerJob, 'id' | 'customKeywords'> & { customPatterns?: CustomPatterns };

interface Slot {
  worker: Worker;
  busy: number;
}

export interface DatasetWorkerPoolOptions {
  /**
   * The calling thread scans a chunk itself whenever every worker already has one running and
   * one queued, so all cores scan with one isolate fewer (memory). Only for a caller with nothing
   * else to do on its thread (the CLI); the language server must stay responsive.
   */
  scanOnCaller?: boolean;
  /** Workers started earlier (the CLI starts them while it loads), taken over before new ones are started. */
  started?: Worker[];
}

/** Chunks queued per worker when the caller scans too: one running, one waiting, so no worker idles. */
const QUEUE_PER_WORKER = 2;
/**
 * Before the caller has scanned a chunk of its own: its first scan compiles the scanning code
 * (~0.1 s), so the workers get more to do meanwhile.
 */
const QUEUE_PER_WORKER_COLD = 6;
/** The calling thread's first scan takes this much of its chunk (cut at a line end); a worker takes the rest. */
const FIRST_CALLER_BYTES = 128 * 1024;

/**
 * Dataset chunks scanned on worker threads: one per core (at most 4), or one per core but the
 * caller's with `scanOnCaller`. Workers run the light keyword pass only; the secrets engine runs
 * on this thread on the few lines they report. Without the built worker bundle (unit tests run
 * from source) chunks are scanned on the calling thread.
 */
export class DatasetWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { path: string; scanner: () => SecretLineScanner; resolve(r: ChunkReport): void; reject(e: Error): void }>();
  private nextId = 1;
  /** Secrets engines by custom pattern set. */
  private readonly scanners = new Map<string, SecretLineScanner>();
  private readonly scanOnCaller: boolean;
  private callerScanned = false;

  constructor(private readonly allowlistedValues: readonly string[], size?: number, options: DatasetWorkerPoolOptions = {}) {
    this.scanOnCaller = options.scanOnCaller ?? false;
    const count = size ?? poolSize(this.scanOnCaller);
    const started = [...(options.started ?? [])];
    if (!fs.existsSync(datasetWorkerScript(__dirname)) || count < 1) {
      for (const worker of started) void worker.terminate();
      return;
    }
    for (let i = 0; i < count; i++) {
      const early = started.shift();
      const worker = early && early.threadId !== -1 ? early : startDatasetWorker(__dirname); // -1: it has exited
      worker.on('message', (message: { id: number; report?: ChunkReport; error?: string }) => {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        slot.busy--;
        if (!waiter) return;
        if (!message.report) {
          waiter.reject(new Error(`dataset worker: ${message.error}`));
          return;
        }
        try {
          waiter.resolve(message.report.secretLines ? finishSecretLines(message.report, waiter.scanner(), waiter.path) : message.report);
        } catch (error) {
          waiter.reject(error instanceof Error ? error : new Error('dataset scan failed'));
        }
      });
      worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      const slot: Slot = { worker, busy: 0 };
      this.slots.push(slot);
    }
    for (const worker of started) void worker.terminate(); // more than this pool runs
    if (this.scanOnCaller) keepYoungGenerationSmall(); // the CLI: a short run, and its workers are started
  }

  /** Chunks queued on workers; callers wait below a bound so memory stays bounded. */
  get inFlight(): number {
    return this.waiting.size;
  }

  get capacity(): number {
    return Math.max(1, this.slots.length * (this.scanOnCaller ? this.queuePerWorker : 1) + 1);
  }

  private get queuePerWorker(): number {
    return this.callerScanned ? QUEUE_PER_WORKER : QUEUE_PER_WORKER_COLD;
  }

  run(job: Job): Promise<ChunkReport> {
    const slot = this.slots.length > 0 ? this.slots.reduce((a, b) => (b.busy < a.busy ? b : a)) : undefined;
    if (slot && !(this.scanOnCaller && slot.busy >= this.queuePerWorker)) return this.post(slot, job);
    const cut = !this.callerScanned && slot && job.bytes ? job.bytes.indexOf(10, FIRST_CALLER_BYTES) + 1 : 0;
    this.callerScanned = true;
    if (cut > 0 && cut < job.bytes!.length) {
      // This thread's first scan runs cold (its code not yet optimised): a small piece here, the rest on a worker.
      const rest = this.post(slot!, { ...job, bytes: job.bytes!.slice(cut), first: false });
      const head = this.scanHere({ ...job, bytes: job.bytes!.subarray(0, cut) });
      return Promise.all([head, rest]).then(([a, b]) => appendReport(a, b));
    }
    return this.scanHere(job);
  }

  private scanHere(job: Job): Promise<ChunkReport> {
    try {
      const text = job.text ?? utf8Text(job.bytes!);
      return Promise.resolve(scanChunkToReport({ ...job, text }, job.secrets ? this.engine(job.customPatterns ?? []) : undefined));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private post(slot: Slot, job: Job): Promise<ChunkReport> {
    const { customPatterns = [], ...rest } = job;
    const scanner = () => this.engine(customPatterns);
    slot.busy++;
    const id = this.nextId++;
    return new Promise<ChunkReport>((resolve, reject) => {
      this.waiting.set(id, { path: job.path, scanner, resolve, reject });
      const transfer = job.bytes ? [job.bytes.buffer as ArrayBuffer] : [];
      const message: WorkerJob = { ...rest, id, customKeywords: customPatterns.flatMap((p) => p.keywords) };
      slot.worker.postMessage(message, transfer);
    });
  }

  /** The secrets engine for a set of custom patterns, loaded on first use (a file without candidate lines never needs it). */
  private engine(customPatterns: CustomPatterns): SecretLineScanner {
    const key = customPatterns.length === 0 ? '' : JSON.stringify(customPatterns);
    let scanner = this.scanners.get(key);
    if (!scanner) {
      if (this.scanners.size >= 8) this.scanners.clear();
      scanner = new SecretLineScanner(new Set(this.allowlistedValues), compileCustomPatterns(customPatterns).rules);
      this.scanners.set(key, scanner);
    }
    return scanner;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
