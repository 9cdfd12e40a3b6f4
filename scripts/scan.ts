/** `npm run scan -- [--format text|jsonl] <file|folder>...` — see lib/scan/cli-options.ts for the usage text. */
import { runScan } from '../lib/scan/index';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const status = await runScan(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = status;
