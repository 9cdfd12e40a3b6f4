/** The quality bar the engine must meet; `npm run eval` and tests/unit/evaluation/quality.test.ts share it. */
export interface CorpusTargets {
  /** Share of risky messages that must get a banner, overall. */
  minRecall: number;
  /** The same, in each language. */
  minRecallPerLanguage: number;
  /** Largest share of benign messages allowed a banner, per language and overall. */
  maxFalseBannerRate: number;
}

export const QUALITY_TARGETS = {
  /** Corpora the rules were tuned on and the model fitted on. */
  training: { minRecall: 0.9, minRecallPerLanguage: 0.9, maxFalseBannerRate: 0.03 } satisfies CorpusTargets,
  /** The frozen test part: never read by anyone tuning rules, never fitted on. */
  frozen: { minRecall: 0.95, minRecallPerLanguage: 0.9, maxFalseBannerRate: 0.02 } satisfies CorpusTargets,
  /**
   * What the frozen part reached when it was last measured (62 risky and 52 benign messages, December 2026: 100%
   * recall, 5.8% false banners, EN 11.1%): the tests hold the engine to it so it never slips back, while
   * `npm run eval` reports against `frozen`, which the engine does not meet yet (issue 12). Raise it whenever the
   * frozen figures rise; never lower it to pass. (Its false-banner bound went up once, from 5% to 12%, when w16's fifth
   * joined the part with two false banners of its own first reading in it: the set changed, not the engine.)
   */
  frozenFloor: { minRecall: 0.98, minRecallPerLanguage: 0.96, maxFalseBannerRate: 0.12 } satisfies CorpusTargets,
  /** Largest share of real ham (SpamAssassin's, and the mailing list's when present) allowed a banner. */
  maxHamBannerRate: 0.001,
} as const;
