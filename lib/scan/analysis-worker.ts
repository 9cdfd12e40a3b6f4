/** An analysis worker thread: reads and analyses the messages the pool sends it, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runScanTask, type ScanTask } from './scan-task';

const port = parentPort!;
port.on('message', async ({ id, task }: { id: number; task: ScanTask }) => {
  port.postMessage({ id, outcome: await runScanTask(task) });
});
