/** `npm run scan -- [--format text|jsonl] <file|folder>...` — see lib/scan/cli-options.ts for the usage text. */
import { runScan } from '../lib/scan/index';

const status = await runScan(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = status;
