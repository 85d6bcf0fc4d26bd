import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanChunkToReport, type ChunkReport } from '../engine/datasets/chunk-report';
import { SecretLineScanner } from '../engine/datasets/secret-lines';
import type { WorkerJob } from '../dataset-worker';

type Job = Omit<WorkerJob, 'id'>;

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Dataset chunks scanned on worker threads, one per core (at most 4). Without the built worker
 * bundle (unit tests run from source) chunks are scanned on the calling thread.
 */
export class DatasetWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve(r: ChunkReport): void; reject(e: Error): void }>();
  private nextId = 1;
  private readonly inline: SecretLineScanner | undefined;

  constructor(allowlistedValues: readonly string[], size = Math.min(4, os.availableParallelism?.() ?? os.cpus().length)) {
    const script = path.join(__dirname, 'dataset-worker.js');
    if (!fs.existsSync(script) || size < 1) {
      this.inline = new SecretLineScanner(new Set(allowlistedValues));
      return;
    }
    for (let i = 0; i < size; i++) {
      // Small heaps: chunks are a few MB and nothing is kept between them, so GC runs early and peak memory stays bounded.
      const worker = new Worker(script, { workerData: { allowlistedValues }, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 } });
      worker.on('message', (message: { id: number; report?: ChunkReport; error?: string }) => {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        slot.busy--;
        if (message.report) waiter?.resolve(message.report);
        else waiter?.reject(new Error(`dataset worker: ${message.error}`));
      });
      worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      const slot: Slot = { worker, busy: 0 };
      this.slots.push(slot);
    }
  }

  /** Chunks queued on workers; callers wait below a bound so memory stays bounded. */
  get inFlight(): number {
    return this.waiting.size;
  }

  get capacity(): number {
    return Math.max(1, this.slots.length + 1);
  }

  run(job: Job): Promise<ChunkReport> {
    if (this.slots.length === 0) {
      const text = job.text ?? new TextDecoder().decode(job.bytes!);
      return Promise.resolve(scanChunkToReport({ path: job.path, syntax: job.syntax, first: job.first, text }, job.secrets ? this.inline : undefined));
    }
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.nextId++;
    return new Promise<ChunkReport>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const transfer = job.bytes ? [job.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage({ ...job, id }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
