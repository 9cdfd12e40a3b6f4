import type { CorpusEvaluation } from './evaluate-corpus';
import type { HamEvaluation } from './evaluate-ham';
import { QUALITY_TARGETS, type CorpusTargets } from './quality-targets';

/** The targets a labelled corpus missed, as sentences; empty when the engine meets the bar. */
export function missedCorpusTargets(corpus: CorpusEvaluation, targets: CorpusTargets): string[] {
  const missed: string[] = [];
  const groups = [['en', corpus.byLanguage.en], ['nl', corpus.byLanguage.nl], ['overall', corpus.overall]] as const;
  for (const [name, metrics] of groups) {
    const minRecall = name === 'overall' ? targets.minRecall : targets.minRecallPerLanguage;
    // A language without risky or benign messages cannot show that it meets the bar, so that is a miss too.
    if (metrics.recall === null) missed.push(`${name}: no risky messages to measure recall on`);
    else if (metrics.recall < minRecall) missed.push(`${name}: recall ${metrics.recall.toFixed(3)} < ${minRecall}`);
    if (metrics.falseBannerRate === null) missed.push(`${name}: no benign messages to measure false banners on`);
    else if (metrics.falseBannerRate > targets.maxFalseBannerRate) {
      missed.push(`${name}: false-banner rate ${metrics.falseBannerRate.toFixed(3)} > ${targets.maxFalseBannerRate}`);
    }
  }
  if (corpus.failures.length > 0) missed.push(`${corpus.failures.length} corpus file(s) could not be read`);
  return missed;
}

/** The ham target missed, as a sentence, or none. */
export function missedHamTargets(ham: HamEvaluation): string[] {
  return ham.bannerRate > QUALITY_TARGETS.maxHamBannerRate
    ? [`${ham.origin}: banner rate ${ham.bannerRate.toFixed(4)} > ${QUALITY_TARGETS.maxHamBannerRate}`]
    : [];
}
