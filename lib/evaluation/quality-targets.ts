/** The quality bar the engine must meet; `npm run eval` and tests/unit/evaluation/quality.test.ts share it. */
export const QUALITY_TARGETS = {
  /** Share of risky corpus messages that must get a banner, per language and overall. */
  minRecall: 0.9,
  /** Largest share of benign corpus messages allowed a banner, per language and overall. */
  maxFalseBannerRate: 0.03,
  /** Largest share of real ham (SpamAssassin corpus) allowed a banner. */
  maxHamBannerRate: 0.005,
} as const;
