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
    inject: [fileURLToPath(new URL('./joined-blob.ts', import.meta.url))],
    define: { Blob: 'JoinedBlob' },
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
 * needs more (tens of megabytes of text) is read again by a worker of its own with room for it. The young generation
 * holds a message's short-lived strings and word lists: at 8 MB it was collected about twice a message; at 24 MB one
 * job's scan of the mailing list took a fifth less CPU time (22 s to 17 s, session 15) for about 12 MB more memory.
 * The old generation's cap trades memory for collections: two jobs on a 1 GB mbox of the list peaked at 406 MB with
 * 96 MB, 393 MB with 72 MB and 376 MB with 64 MB, at 1.76, 1.99 and 2.37 ms a message (session 25). With session 26's
 * rules the same scan peaked at 411 MB with a 24 MB young generation (and with 64 MB of old), 390 MB with 16 MB at
 * 1.96 ms a message, so it is 16 MB now: its reserve, not the old generation, had grown past the budget.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 72, maxYoungGenerationSizeMb: 16 };
const ROOMY_LIMITS = { maxOldGenerationSizeMb: 2048 };

const failed = (job: Job, reason: string): TaskOutcome => toStoredRecord({ kind: 'failed', source: job.task.source, error: reason });

/**
 * Messages a worker holds at once: the next one waits in its inbox while it analyses the current one, so it never sits
 * idle while the main thread, busy reading the input, gets round to answering.
 */
const QUEUED_PER_WORKER = 2;

/** `jobs` worker threads that read and analyse messages; each answer comes back to the caller that asked. */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly waiting: Job[] = [];
  /** Per worker, the messages it was sent and has not answered, in the order sent (the order it works in). */
  private readonly running = new Map<Worker, Job[]>();
  private nextId = 0;
  /** Set when a worker could not even start: every message then fails with the reason, instead of waiting. */
  private broken: Error | undefined;

  constructor(jobs: number) {
    for (let i = 0; i < jobs; i++) this.addWorker();
  }

  run(task: ScanTask): Promise<TaskOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.running.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private addWorker(): void {
    const worker = new Worker(analysisWorkerScript(), { eval: true, resourceLimits: WORKER_LIMITS });
    this.workers.push(worker);
    this.running.set(worker, []);
    worker.on('message', ({ id, outcome }: { id: number; outcome: TaskOutcome }) => {
      const jobs = this.running.get(worker);
      const at = jobs?.findIndex((job) => job.id === id) ?? -1;
      if (at === -1) return;
      const [job] = jobs!.splice(at, 1);
      job!.resolve(outcome);
      this.dispatch();
    });
    // A worker that dies (a crash in a parser) fails the message it was on only; the messages queued behind it go
    // back to the front of the line, and a new worker takes its place.
    worker.on('error', (error: NodeJS.ErrnoException) => {
      const [current, ...queued] = this.running.get(worker) ?? [];
      this.running.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (current) {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.runRoomy(current);
        else current.resolve(failed(current, `the analysis stopped on this message: ${error.message}`));
        this.waiting.unshift(...queued);
        this.addWorker();
      } else {
        this.broken = error;
      }
      this.dispatch();
    });
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
    for (const worker of this.workers) {
      const jobs = this.running.get(worker)!;
      while (jobs.length < QUEUED_PER_WORKER && this.waiting.length > 0) {
        const job = this.waiting.shift()!;
        jobs.push(job);
        // Copied, not transferred: a message may have to be sent again to a roomier worker.
        worker.postMessage({ id: job.id, task: job.task });
      }
    }
  }
}
