/** An analysis worker thread: reads and analyses the messages the pool sends it, one at a time, in the order sent. */
import { parentPort } from 'node:worker_threads';
import { runScanTask, type ScanTask } from './scan-task';

const port = parentPort!;
let previous: Promise<void> = Promise.resolve();
port.on('message', ({ id, task }: { id: number; task: ScanTask }) => {
  previous = previous.then(async () => port.postMessage({ id, outcome: await runScanTask(task) }));
});
