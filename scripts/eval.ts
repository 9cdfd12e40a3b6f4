/** `npm run eval -- [--json] [--no-ham]` — quality of the engine on the labelled corpus and on real ham. */
import { runEval } from '../lib/evaluation/index';

process.exitCode = await runEval(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
