import { describe, expect, it } from 'vitest';
import { AnalysisOptions } from '../../../lib/runtime/analysis-options';
import { answerAnalyzeRequest } from '../../../lib/runtime/analyze-handler';
import { isAnalyzeRequest, isWarmUpRequest, MAX_THREAD_MESSAGES, parseAnalyzeRequest } from '../../../lib/runtime/analyze-request';
import { memoryHistoryStore, SenderLedger } from '../../../lib/history';
import { isAbove } from '../../../lib/model';
import { DEFAULT_PACK } from '../../../lib/rules';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const messages = [{ id: 'm1', message: {
  from: { name: 'Second Secretary', address: 'attache.embassy@gmail.com' },
  subject: 'A paid report',
  text: 'As Second Secretary of the Embassy I can pay you a fee. Could you share the unpublished wafer metrology roadmap? Keep this between us.',
} }];
const message = messages[0]!.message;
const request = { type: 'waakzaam:analyze', messages };

describe('waakzaam:analyze requests', () => {
  it('recognises only its own message type', () => {
    expect(isAnalyzeRequest(request)).toBe(true);
    expect(isAnalyzeRequest({ type: 'waakzaam:tab-state' })).toBe(false);
    expect(isAnalyzeRequest(null)).toBe(false);
  });

  it('tells a warm-up from an analysis request', () => {
    expect(isWarmUpRequest({ type: 'waakzaam:warm-up' })).toBe(true);
    expect(isWarmUpRequest(request)).toBe(false);
    expect(isAnalyzeRequest({ type: 'waakzaam:warm-up' })).toBe(false);
  });

  it('names the malformed field instead of analysing garbage', () => {
    const broken = { type: 'waakzaam:analyze', messages: [{ id: 'm1', message: { ...message, text: 42 } }] };
    expect(() => parseAnalyzeRequest(broken)).toThrow(/messages\.0\.message\.text/);
  });

  it('refuses the old one-message shape, an empty conversation, a message without id and an endless list', () => {
    expect(() => parseAnalyzeRequest({ type: 'waakzaam:analyze', message })).toThrow(/messages/);
    expect(() => parseAnalyzeRequest({ type: 'waakzaam:analyze', messages: [] })).toThrow(/messages/);
    expect(() => parseAnalyzeRequest({ type: 'waakzaam:analyze', messages: [{ id: '', message }] })).toThrow(/messages\.0\.id/);
    const endless = Array.from({ length: MAX_THREAD_MESSAGES + 1 }, (_, index) => ({ id: `m${index}`, message }));
    expect(() => parseAnalyzeRequest({ type: 'waakzaam:analyze', messages: endless })).toThrow(/messages/);
  });

  it('answers with the engine analysis at the chosen sensitivity', async () => {
    const ledger = () => new SenderLedger(memoryHistoryStore());
    const options = new AnalysisOptions();
    const [relaxed] = await answerAnalyzeRequest(request, { ...DEFAULT_SETTINGS, sensitivity: 'relaxed' }, ledger(), options);
    const [strict] = await answerAnalyzeRequest(request, { ...DEFAULT_SETTINGS, sensitivity: 'strict' }, ledger(), options);
    if (!relaxed || !strict) throw new Error('one analysis per message expected');
    expect(strict.score).toBe(relaxed.score);
    expect(isAbove(relaxed.level, strict.level)).toBe(false);
    expect(strict.signals.map((signal) => signal.category)).toContain('payment-offer');
  });
});

describe('AnalysisOptions', () => {
  const term = { category: 'sensitive-request', language: 'en', term: 'reticle recipes' } as const;

  it('uses the default pack until terms are added or rules switched off', () => {
    expect(new AnalysisOptions().for(DEFAULT_SETTINGS).pack).toBe(DEFAULT_PACK);
  });

  it('builds the customised pack once for the same terms, and again when they change', () => {
    const options = new AnalysisOptions();
    const withTerm = { ...DEFAULT_SETTINGS, addedTerms: [term] };
    const first = options.for(withTerm).pack;
    expect(first).not.toBe(DEFAULT_PACK);
    expect(options.for({ ...withTerm, addedTerms: [{ ...term }] }).pack).toBe(first);
    expect(options.for({ ...withTerm, disabledRules: [DEFAULT_PACK.rules[0]!.id] }).pack).not.toBe(first);
    // Another owner keeps its own: the options page's pack never stands in for the worker's.
    expect(new AnalysisOptions().for(withTerm).pack).not.toBe(first);
  });
});
