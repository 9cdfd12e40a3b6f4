import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIRS, loadCorpusManifest } from '../../../lib/evaluation/corpus-manifest';
import { evaluateCorpus, type CorpusEvaluation } from '../../../lib/evaluation/evaluate-corpus';
import { evaluateHam } from '../../../lib/evaluation/evaluate-ham';
import { formatCorpusEvaluation, formatHamEvaluation } from '../../../lib/evaluation/format-evaluation';
import { QUALITY_TARGETS } from '../../../lib/evaluation/quality-targets';

// The same measurement as `npm run eval`; the figures are printed so a failing run shows what moved.
for (const dir of CORPUS_DIRS) {
  describe(`engine quality on ${dir}`, () => {
    let corpus: CorpusEvaluation;

    beforeAll(async () => {
      corpus = await evaluateCorpus(await loadCorpusManifest(dir), dir);
      console.log(formatCorpusEvaluation(corpus));
    });

    it('reads every corpus file', () => {
      expect(corpus.failures).toEqual([]);
    });

    for (const group of ['en', 'nl', 'overall'] as const) {
      const metricsOf = () => (group === 'overall' ? corpus.overall : corpus.byLanguage[group]);

      it(`banners at least ${QUALITY_TARGETS.minRecall * 100}% of risky messages (${group})`, () => {
        const { recall } = metricsOf();
        expect(recall, `no risky ${group} messages in the corpus`).not.toBeNull();
        expect(recall).toBeGreaterThanOrEqual(QUALITY_TARGETS.minRecall);
      });

      it(`banners at most ${QUALITY_TARGETS.maxFalseBannerRate * 100}% of benign messages (${group})`, () => {
        const { falseBannerRate } = metricsOf();
        expect(falseBannerRate, `no benign ${group} messages in the corpus`).not.toBeNull();
        expect(falseBannerRate).toBeLessThanOrEqual(QUALITY_TARGETS.maxFalseBannerRate);
      });
    }
  });
}

describe('engine quality on real ham', () => {
  it(`banners at most ${QUALITY_TARGETS.maxHamBannerRate * 100}% of real ham (SpamAssassin corpus)`, { timeout: 180_000 }, async () => {
    const ham = await evaluateHam();
    console.log(formatHamEvaluation(ham));
    expect(ham.scanned).toBeGreaterThan(4000);
    expect(ham.bannerRate).toBeLessThanOrEqual(QUALITY_TARGETS.maxHamBannerRate);
  });
});
