import { Worker } from 'node:worker_threads';
import type { ScanRecord } from './scan-record';
import type { ScanTask } from './scan-task';

const workerModule = new URL('./analysis-worker.ts', import.meta.url).href;
const typeScriptLoader = import.meta.resolve('tsx/esm/api');
/**
 * A worker thread does not inherit the TypeScript loader the command runs under (tsx, or vitest in the tests), so it
 * registers tsx's before loading the analysis module.
 */
const bootstrap = `import(${JSON.stringify(typeScriptLoader)}).then(({ register }) => { register(); return import(${JSON.stringify(workerModule)}); })`;

interface Job {
  id: number;
  task: ScanTask;
  resolve: (record: ScanRecord) => void;
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

  run(task: ScanTask): Promise<ScanRecord> {
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
    const worker = new Worker(bootstrap, { eval: true, execArgv: [] });
    worker.on('message', ({ id, record }: { id: number; record: ScanRecord }) => {
      const job = this.running.get(worker);
      if (!job || job.id !== id) return;
      this.running.delete(worker);
      this.idle.push(worker);
      job.resolve(record);
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a parser) fails its message only; a new one takes its place.
    worker.on('error', (error) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job) {
        job.resolve({ kind: 'failed', source: job.task.source, error: `the analysis stopped on this message: ${error.message}` });
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
      for (const job of this.waiting.splice(0)) job.resolve({ kind: 'failed', source: job.task.source, error: reason });
    }
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task }, transferable(job.task));
    }
  }
}
