import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../lib/rules';
import { CATEGORY_IDS } from '../../../lib/model';

const fitted = DEFAULT_PACK.fitted!;

describe('the fitted model shipped with the default pack', () => {
  it('has one inverse document frequency and one weight per feature', () => {
    const { features, idf, weights } = fitted.text;
    expect(features.length).toBeGreaterThan(1000);
    expect(idf).toHaveLength(features.length);
    expect(weights).toHaveLength(features.length);
    expect(new Set(features).size).toBe(features.length);
    expect(idf.every((value) => Number.isFinite(value) && value >= 1)).toBe(true);
  });

  it('has category models whose weights point into the vocabulary', () => {
    for (const [category, model] of Object.entries(fitted.text.categories)) {
      expect(CATEGORY_IDS).toContain(category);
      expect(model.weights.length).toBeGreaterThan(0);
      expect(model.weights.every(([position]) => position >= 0 && position < fitted.text.features.length)).toBe(true);
    }
  });

  it('has a decision weight for every category and thresholds that rise with the level', () => {
    for (const category of CATEGORY_IDS) expect(Number.isFinite(fitted.decision.categories[category])).toBe(true);
    for (const thresholds of Object.values(fitted.decision.thresholds)) {
      expect(thresholds.low).toBeLessThan(thresholds.medium);
      expect(thresholds.medium).toBeLessThan(thresholds.high);
    }
    const { relaxed, standard, strict } = fitted.decision.thresholds;
    expect(strict.medium).toBeLessThan(standard.medium);
    expect(standard.medium).toBeLessThan(relaxed.medium);
  });

  it('weights the text model and the combinations as evidence for an approach', () => {
    expect(fitted.decision.text).toBeGreaterThan(0);
    expect(fitted.decision.combination).toBeGreaterThan(0);
  });
});
