import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';
import type { Analysis, MailMessage } from '../../../lib/model';
import { customizePack, DEFAULT_PACK, type Rule } from '../../../lib/rules';
import { ENGLISH_RULES } from '../../../lib/rules/en';
import { DUTCH_RULES } from '../../../lib/rules/nl';

/**
 * Every default rule carries its own examples (lib/rules/en.ts, nl.ts): a test per sentence, made from that data.
 * A hit must make the rule fire in the engine, a near-miss must not.
 */
const RULES: readonly Rule[] = [...ENGLISH_RULES, ...DUTCH_RULES];

const fromCompany = (text: string): MailMessage => ({
  from: { name: 'Alex Morgan', address: 'alex.morgan@northfield-analytics.example' },
  subject: 'Hello',
  text,
});

const rulesIn = (analysis: Analysis): Set<string> => new Set(analysis.signals.flatMap((signal) => signal.rules));

/**
 * Whether `rule` fires on `sentence`. A rule with points names itself among the signals. A rule without points (a
 * claimed official role) only tells the engine that the sender claims a role: it fires when that claim, sent from a
 * free-mail address, gives the mismatch sign with the rule and not without it.
 */
async function fires(rule: Rule, sentence: string): Promise<boolean> {
  if (rule.weight > 0) return rulesIn(await analyzeMessage(fromCompany(sentence))).has(rule.id);
  const message: MailMessage = { ...fromCompany(sentence), from: { name: 'Alex Morgan', address: 'alex.morgan@gmail.com' } };
  const withoutRule = customizePack(DEFAULT_PACK, { added: [], disabledRules: [rule.id] });
  const mismatch = (analysis: Analysis) => rulesIn(analysis).has('SENDER_FREE_MAIL_OFFICIAL');
  return mismatch(await analyzeMessage(message)) && !mismatch(await analyzeMessage(message, { pack: withoutRule }));
}

describe('rule examples', () => {
  it('every default rule has two or three hits and two or three near-misses, and the shipped pack has these rules', () => {
    for (const rule of RULES) {
      expect(rule.examples?.hit.length, `${rule.id} hits`).toBeGreaterThanOrEqual(2);
      expect(rule.examples?.hit.length, `${rule.id} hits`).toBeLessThanOrEqual(3);
      expect(rule.examples?.miss.length, `${rule.id} misses`).toBeGreaterThanOrEqual(2);
      expect(rule.examples?.miss.length, `${rule.id} misses`).toBeLessThanOrEqual(3);
    }
    expect(DEFAULT_PACK.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const sentence of rule.examples?.hit ?? []) {
        it(`fires on: ${sentence.replace(/\s+/g, ' ')}`, async () => {
          expect(await fires(rule, sentence)).toBe(true);
        });
      }
      for (const sentence of rule.examples?.miss ?? []) {
        it(`stays quiet on: ${sentence.replace(/\s+/g, ' ')}`, async () => {
          expect(await fires(rule, sentence)).toBe(false);
        });
      }
    });
  }
});
