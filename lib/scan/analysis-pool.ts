import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { toStoredRecord } from './record-store';
import type { ScanTask, TaskOutcome } from './scan-task';

let workerScript: string | undefined;

/**
 * The worker's code, bundled once into one script by esbuild (what tsx uses to run TypeScript): a worker thread does
 * not inherit the command's TypeScript loader, and registering one in each worker would start a loader thread for
 * each of them too.
 */
function analysisWorkerScript(): string {
  workerScript ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./analysis-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return workerScript;
}

interface Job {
  id: number;
  task: ScanTask;
  resolve: (outcome: TaskOutcome) => void;
}

/** The bytes of a payload, handed over to the worker instead of copied when they are not shared with anything. */
function transferable(task: ScanTask): ArrayBuffer[] {
  const { payload } = task;
  if (payload.kind === 'outlook') return [];
  const { bytes } = payload;
  const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return owns ? [bytes.buffer as ArrayBuffer] : [];
}

/** `jobs` worker threads that read and analyse messages; each answer comes back to the caller that asked. */
export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  /** Set when a worker could not even start: every message then fails with the reason, instead of waiting. */
  private broken: Error | undefined;

  constructor(jobs: number) {
    for (let i = 0; i < jobs; i++) this.idle.push(this.startWorker());
  }

  run(task: ScanTask): Promise<TaskOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorker(): Worker {
    const worker = new Worker(analysisWorkerScript(), { eval: true, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 4 } });
    worker.on('message', ({ id, outcome }: { id: number; outcome: TaskOutcome }) => {
      const job = this.running.get(worker);
      if (!job || job.id !== id) return;
      this.running.delete(worker);
      this.idle.push(worker);
      job.resolve(outcome);
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a parser) fails its message only; a new one takes its place.
    worker.on('error', (error) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job) {
        job.resolve(toStoredRecord({ kind: 'failed', source: job.task.source, error: `the analysis stopped on this message: ${error.message}` }));
        this.idle.push(this.startWorker());
      } else {
        this.broken = error;
      }
      this.dispatch();
    });
    return worker;
  }

  private dispatch(): void {
    if (this.broken) {
      const reason = `the analysis could not start: ${this.broken.message}`;
      for (const job of this.waiting.splice(0)) job.resolve(toStoredRecord({ kind: 'failed', source: job.task.source, error: reason }));
    }
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task }, transferable(job.task));
    }
  }
}
