/** Measuring the engine: the labelled corpus, real ham, and the pieces the benchmark shares. */
export {
  loadCorpusManifest,
  CORPUS_DIRS,
  DEFAULT_CORPUS_DIR,
  HOLDOUT_CORPUS_DIR,
  type CorpusEntry,
  type CorpusManifest,
} from './corpus-manifest';
export { evaluateCorpus, type CorpusEvaluation, type CorpusMetrics, type Mistake } from './evaluate-corpus';
export { evaluateHam, mailingListHam, spamAssassinHam, type HamEvaluation, type HamSource } from './evaluate-ham';
export { listHamFiles, HAM_GROUPS } from './ham-corpus';
export { formatCorpusEvaluation, formatHamEvaluation } from './format-evaluation';
export { missedCorpusTargets, missedHamTargets } from './meets-targets';
export { QUALITY_TARGETS } from './quality-targets';
export { runEval, EVAL_USAGE } from './run-eval';
