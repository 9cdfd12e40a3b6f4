import { describe, expect, it } from 'vitest';
import { answerAnalyzeRequest } from '../../../lib/runtime/analyze-handler';
import { isAnalyzeRequest, isWarmUpRequest, parseAnalyzeRequest } from '../../../lib/runtime/analyze-request';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const message = {
  from: { name: 'Second Secretary', address: 'attache.embassy@gmail.com' },
  subject: 'A paid report',
  text: 'As Second Secretary of the Embassy I can pay you a fee. Could you share the unpublished wafer metrology roadmap? Keep this between us.',
};

describe('waakzaam:analyze requests', () => {
  it('recognises only its own message type', () => {
    expect(isAnalyzeRequest({ type: 'waakzaam:analyze', message })).toBe(true);
    expect(isAnalyzeRequest({ type: 'waakzaam:tab-state' })).toBe(false);
    expect(isAnalyzeRequest(null)).toBe(false);
  });

  it('tells a warm-up from an analysis request', () => {
    expect(isWarmUpRequest({ type: 'waakzaam:warm-up' })).toBe(true);
    expect(isWarmUpRequest({ type: 'waakzaam:analyze', message })).toBe(false);
    expect(isAnalyzeRequest({ type: 'waakzaam:warm-up' })).toBe(false);
  });

  it('names the malformed field instead of analysing garbage', () => {
    expect(() => parseAnalyzeRequest({ type: 'waakzaam:analyze', message: { ...message, text: 42 } })).toThrow(/message\.text/);
  });

  it('answers with the engine analysis at the chosen sensitivity', async () => {
    const relaxed = await answerAnalyzeRequest({ type: 'waakzaam:analyze', message }, { ...DEFAULT_SETTINGS, sensitivity: 'relaxed' });
    const strict = await answerAnalyzeRequest({ type: 'waakzaam:analyze', message }, { ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    expect(strict.score).toBe(relaxed.score);
    const order = ['none', 'low', 'medium', 'high'];
    expect(order.indexOf(strict.level)).toBeGreaterThanOrEqual(order.indexOf(relaxed.level));
    expect(strict.signals.map((signal) => signal.category)).toContain('payment-offer');
  });
});
