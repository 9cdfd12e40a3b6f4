import { HAM_TRAINING_PARTS, isTrainingHam } from './split';
import { FROZEN_CORPUS_DIRS, loadCorpora, loadCorpusManifest, TRAINING_CORPUS_DIRS, type CorpusManifest } from './corpus-manifest';
import { evaluateCorpus, type CorpusEvaluation } from './evaluate-corpus';
import { evaluateHam, mailingListHam, spamAssassinHam, type HamEvaluation } from './evaluate-ham';
import { formatCorpusEvaluation, formatHamEvaluation } from './format-evaluation';
import { latestFirstReading, LEDGER_PATH } from './ledger';
import { missedCorpusTargets, missedHamTargets } from './meets-targets';
import { QUALITY_TARGETS } from './quality-targets';

export const EVAL_USAGE = `Usage: npm run eval -- [--json] [--no-ham] [--set DIR]

Measures the engine, each part on its own:
  training     the labelled corpora the rules were tuned and the model fitted on (${TRAINING_CORPUS_DIRS.length} sets)
  frozen test  the part of the blind corpora nobody tuning the engine reads (${FROZEN_CORPUS_DIRS.join(', ') || 'none yet'})
  ledger       the latest first reading of a fresh blind set, from ${LEDGER_PATH}
  real ham     SpamAssassin's ham, and the mailing list in ../shared/corpora/ when it is on this machine
               (read from there, never copied); its banner rate is given for all of it and for the part
               that fitting never saw
Recall and false banners per language and overall, with the misses and false banners listed.

Options:
  --json      one JSON document instead of the report
  --no-ham    skip the real ham (the labelled corpora alone take seconds)
  --set DIR   measure only the labelled set in DIR (a folder with a manifest.json): a first reading
  -h, --help  show this help

Exit status: 0 when every quality target is met, 1 when one is missed, 2 on a usage error.
`;

export interface EvalOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Several corpus folders as one labelled set, each entry's file relative to the working directory. */
export async function runEval(args: readonly string[], output: EvalOutput): Promise<number> {
  let json = false;
  let withHam = true;
  let set: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--json') json = true;
    else if (arg === '--no-ham') withHam = false;
    else if (arg === '--set' && args[index + 1]) set = args[++index];
    else if (arg === '-h' || arg === '--help') {
      output.out(EVAL_USAGE);
      return 0;
    } else {
      output.err(`waakzaam eval: unknown argument ${arg}\n\n${EVAL_USAGE}`);
      return 2;
    }
  }
  const show = (text: string) => {
    if (!json) output.out(text);
  };
  const missed: string[] = [];
  const corpora: Array<{ role: string; evaluation: CorpusEvaluation }> = [];
  const measure = async (role: string, manifest: CorpusManifest, dir: string, targets: typeof QUALITY_TARGETS.training) => {
    const evaluation = await evaluateCorpus(manifest, dir);
    corpora.push({ role, evaluation });
    show(`${formatCorpusEvaluation(evaluation, targets, role)}\n`);
    missed.push(...missedCorpusTargets(evaluation, targets).map((miss) => `${role} ${evaluation.origin}: ${miss}`));
  };

  if (set) {
    await measure('First reading', await loadCorpusManifest(set), set, QUALITY_TARGETS.frozen);
  } else {
    // One figure for all of training: a set written in one language has nothing to show for the other.
    await measure('Training corpora', await loadCorpora(TRAINING_CORPUS_DIRS), '.', QUALITY_TARGETS.training);
    if (FROZEN_CORPUS_DIRS.length > 0) {
      await measure('Frozen test part', await loadCorpora(FROZEN_CORPUS_DIRS), '.', QUALITY_TARGETS.frozen);
    }
    const reading = await latestFirstReading();
    show(`Latest first reading of a fresh blind set (${LEDGER_PATH}):\n  ${reading ?? 'none recorded'}\n\n`);
  }

  const ham: HamEvaluation[] = [];
  if (withHam && !set) {
    const sources = [
      spamAssassinHam((id) => isTrainingHam(id, HAM_TRAINING_PARTS.spamassassin)),
      mailingListHam((id) => isTrainingHam(id, HAM_TRAINING_PARTS.list)),
    ];
    for (const source of sources) {
      if (!source) {
        show('Real ham: ../shared/corpora/openbmc-list-3000.tar.gz is not on this machine; the mailing list is not measured.\n\n');
        continue;
      }
      const evaluation = await evaluateHam(source);
      ham.push(evaluation);
      show(`${formatHamEvaluation(evaluation)}\n`);
      missed.push(...missedHamTargets(evaluation));
    }
  }

  if (json) {
    output.out(`${JSON.stringify({ corpora, ham, missedTargets: missed }, null, 2)}\n`);
  } else {
    output.out(missed.length === 0 ? 'All quality targets met.\n' : `Missed targets:\n${missed.map((m) => `  ${m}`).join('\n')}\n`);
  }
  return missed.length === 0 ? 0 : 1;
}
