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

/**
 * A worker's heap is kept small, so that the workers together stay within a few hundred megabytes; a message that
 * needs more (tens of megabytes of text) is read again by a worker of its own with room for it.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };
const ROOMY_LIMITS = { maxOldGenerationSizeMb: 2048 };

const failed = (job: Job, reason: string): TaskOutcome => toStoredRecord({ kind: 'failed', source: job.task.source, error: reason });

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
    const worker = new Worker(analysisWorkerScript(), { eval: true, resourceLimits: WORKER_LIMITS });
    worker.on('message', ({ id, outcome }: { id: number; outcome: TaskOutcome }) => {
      const job = this.running.get(worker);
      if (!job || job.id !== id) return;
      this.running.delete(worker);
      this.idle.push(worker);
      job.resolve(outcome);
      this.dispatch();
    });
    // A worker that dies (a crash in a parser) fails its message only; a new one takes its place.
    worker.on('error', (error: NodeJS.ErrnoException) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job) {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.runRoomy(job);
        else job.resolve(failed(job, `the analysis stopped on this message: ${error.message}`));
        this.idle.push(this.startWorker());
      } else {
        this.broken = error;
      }
      this.dispatch();
    });
    return worker;
  }

  /** One message on a worker of its own with a large heap, which stops once it has answered. */
  private runRoomy(job: Job): void {
    const worker = new Worker(analysisWorkerScript(), { eval: true, resourceLimits: ROOMY_LIMITS });
    worker.once('message', ({ outcome }: { outcome: TaskOutcome }) => {
      job.resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', (error) => job.resolve(failed(job, `the analysis stopped on this message: ${error.message}`)));
    worker.postMessage({ id: job.id, task: job.task });
  }

  private dispatch(): void {
    if (this.broken) {
      const reason = `the analysis could not start: ${this.broken.message}`;
      for (const job of this.waiting.splice(0)) job.resolve(failed(job, reason));
    }
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.running.set(worker, job);
      // Copied, not transferred: a message may have to be sent again to a roomier worker.
      worker.postMessage({ id: job.id, task: job.task });
    }
  }
}
