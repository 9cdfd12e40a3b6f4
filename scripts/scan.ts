/** `npm run scan -- [--format text|jsonl] [--jobs N] [--progress] <file|folder>...` — see lib/scan/cli-options.ts. */
import { setFlagsFromString } from 'node:v8';
import { INTERRUPTED_STATUS, runScan } from '../lib/scan/index';

// V8 optimises a function once it has run through this much bytecode; at V8's default (67,584) each worker's isolate
// optimises much of the scan's code while it warms up, on the same two cores the workers need. Measured in session 23,
// two jobs on a 66 MB mbox of the mailing list took 22–24 s of CPU at the default and 19–20 s at this budget (one job's
// time the same); on the 197 MB mbox the gain, 48–54 s against 48–50 s, is within the spread between runs. V8's flags
// belong to the process, so this is set here, before the workers start, not in the library.
setFlagsFromString('--interrupt-budget=600000');
// The main thread only reads the input and collects records; its young generation is capped at 2 MB on the command line
// (package.json's `scan`: set here it comes after the heap is laid out and takes a third of the effect). Measured in
// session 32, two jobs on the 66 MB mbox of the list peaked at 389 MB with V8's default and 336–344 MB with the cap, in
// the same time a message.

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// The first Ctrl-C stops the reading and reports what was read; a second one stops at once.
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(INTERRUPTED_STATUS);
  interrupt.abort();
});

const status = await runScan(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    outIsTerminal: process.stdout.isTTY === true,
    errIsTerminal: process.stderr.isTTY === true,
    errColumns: process.stderr.columns ?? 0,
  },
  { signal: interrupt.signal },
);
process.exitCode = status;
