/** `npm run scan -- [--format text|jsonl] [--jobs N] [--progress] <file|folder>...` — see lib/scan/cli-options.ts. */
import { INTERRUPTED_STATUS, runScan } from '../lib/scan/index';

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
