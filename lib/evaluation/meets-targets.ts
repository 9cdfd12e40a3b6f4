import type { CorpusEvaluation } from './evaluate-corpus';
import type { HamEvaluation } from './evaluate-ham';
import { QUALITY_TARGETS } from './quality-targets';

/** The targets that were missed, as sentences; empty when the engine meets the bar. */
export function missedTargets(corpus: CorpusEvaluation | undefined, ham?: HamEvaluation): string[] {
  const missed: string[] = [];
  if (corpus) missed.push(...missedCorpusTargets(corpus));
  if (ham && ham.bannerRate > QUALITY_TARGETS.maxHamBannerRate) {
    missed.push(`ham banner rate ${ham.bannerRate.toFixed(4)} > ${QUALITY_TARGETS.maxHamBannerRate}`);
  }
  return missed;
}

function missedCorpusTargets(corpus: CorpusEvaluation): string[] {
  const missed: string[] = [];
  const groups = [['en', corpus.byLanguage.en], ['nl', corpus.byLanguage.nl], ['overall', corpus.overall]] as const;
  for (const [name, metrics] of groups) {
    // A language without risky or benign messages cannot show that it meets the bar, so that is a miss too.
    if (metrics.recall === null) missed.push(`${name}: no risky messages to measure recall on`);
    else if (metrics.recall < QUALITY_TARGETS.minRecall) missed.push(`${name}: recall ${metrics.recall.toFixed(3)} < ${QUALITY_TARGETS.minRecall}`);
    if (metrics.falseBannerRate === null) missed.push(`${name}: no benign messages to measure false banners on`);
    else if (metrics.falseBannerRate > QUALITY_TARGETS.maxFalseBannerRate) {
      missed.push(`${name}: false-banner rate ${metrics.falseBannerRate.toFixed(3)} > ${QUALITY_TARGETS.maxFalseBannerRate}`);
    }
  }
  if (corpus.failures.length > 0) missed.push(`${corpus.failures.length} corpus file(s) could not be read`);
  return missed;
}
