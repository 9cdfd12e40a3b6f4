import { CORPUS_DIRS, loadCorpusManifest } from './corpus-manifest';
import { evaluateCorpus, type CorpusEvaluation } from './evaluate-corpus';
import { evaluateHam, type HamEvaluation } from './evaluate-ham';
import { formatCorpusEvaluation, formatHamEvaluation } from './format-evaluation';
import { missedTargets } from './meets-targets';

export const EVAL_USAGE = `Usage: npm run eval -- [--json] [--no-ham]

Measures the engine on the labelled corpora (${CORPUS_DIRS.join(', ')}) — recall and false banners per
language and overall, with the misses and false banners listed — and its banner rate on the real
ham of the SpamAssassin public corpus.

Options:
  --json     one JSON document instead of the report
  --no-ham   skip the SpamAssassin ham (the corpus alone takes a second)
  -h, --help show this help

Exit status: 0 when every quality target is met, 1 when one is missed, 2 on a usage error.
`;

export interface EvalOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runEval(args: readonly string[], output: EvalOutput): Promise<number> {
  let json = false;
  let withHam = true;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--no-ham') withHam = false;
    else if (arg === '-h' || arg === '--help') {
      output.out(EVAL_USAGE);
      return 0;
    } else {
      output.err(`waakzaam eval: unknown argument ${arg}\n\n${EVAL_USAGE}`);
      return 2;
    }
  }
  const corpora: CorpusEvaluation[] = [];
  for (const dir of CORPUS_DIRS) {
    const corpus = await evaluateCorpus(await loadCorpusManifest(dir), dir);
    corpora.push(corpus);
    if (!json) output.out(`${formatCorpusEvaluation(corpus)}\n`);
  }
  let ham: HamEvaluation | undefined;
  if (withHam) {
    ham = await evaluateHam();
    if (!json) output.out(`${formatHamEvaluation(ham)}\n`);
  }
  const missed = [
    ...corpora.flatMap((corpus, index) => missedTargets(corpus).map((miss) => `${CORPUS_DIRS[index]}: ${miss}`)),
    ...(ham ? missedTargets(undefined, ham) : []),
  ];
  if (json) {
    output.out(`${JSON.stringify({ corpora, ham: ham ?? null, missedTargets: missed }, null, 2)}\n`);
  } else {
    output.out(missed.length === 0 ? 'All quality targets met.\n' : `Missed targets:\n${missed.map((m) => `  ${m}`).join('\n')}\n`);
  }
  return missed.length === 0 ? 0 : 1;
}
