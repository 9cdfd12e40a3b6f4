import { describe, expect, it } from 'vitest';
import { buildTextOfSize } from '../../../lib/evaluation/bench-texts';
import { BASELINE_KEYWORDS, countKeywordHits } from '../../../lib/evaluation/keyword-baseline';
import { medianMilliseconds } from '../../../lib/evaluation/median-time';

describe('buildTextOfSize', () => {
  const bodies = ['Een bericht over de receptie op de ambassade.', 'A note about the café near the lab — see you there.'];

  it('reaches exactly the requested number of UTF-8 bytes, or one multi-byte character less', () => {
    for (const bytes of [1024, 5 * 1024, 10 * 1024]) {
      const size = Buffer.byteLength(buildTextOfSize(bodies, bytes));
      expect(size).toBeLessThanOrEqual(bytes);
      expect(size).toBeGreaterThan(bytes - 4);
    }
  });

  it('cycles through the bodies in order', () => {
    expect(buildTextOfSize(bodies, 200)).toMatch(/^Een bericht.*\n\nA note about.*\n\nEen bericht/s);
  });
});

describe('countKeywordHits', () => {
  it('has a single alternation of about forty signal words', () => {
    expect(BASELINE_KEYWORDS.length).toBeGreaterThanOrEqual(40);
  });

  it('counts case-insensitive hits, accents included', () => {
    expect(countKeywordHits('The EMBASSY attaché asked to keep this between us, on Telegram.')).toBe(4);
    expect(countKeywordHits('Nothing to see here.')).toBe(0);
  });
});

describe('medianMilliseconds', () => {
  it('returns the median of the timed runs, not counting warm-ups', async () => {
    let calls = 0;
    const median = await medianMilliseconds(() => calls++, 5, 2);
    expect(calls).toBe(7);
    expect(median).toBeGreaterThanOrEqual(0);
  });
});
