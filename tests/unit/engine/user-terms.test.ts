import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK, customizePack } from '../../../lib/rules';
import { analyze, categories, hasBanner } from './helpers';

const CODE_NAME_REQUEST =
  'Hi Tom,\n\nCould you send me what you have on Project Kestrel (v2.0)? My client will pay you EUR 3,000 for it.\n\nBest,\nAlex';

describe('terms added and rules switched off in the settings', () => {
  it('finds a term the user added and raises the banner it completes', async () => {
    // On the rules alone, so the term is what completes the banner (the fitted reading may raise it without).
    const rulesOnly = { ...DEFAULT_PACK, fitted: undefined };
    expect(hasBanner(await analyze(CODE_NAME_REQUEST, {}, { pack: rulesOnly }))).toBe(false);
    const pack = customizePack(rulesOnly, {
      added: [{ category: 'sensitive-request', language: 'en', term: 'Project Kestrel (v2.0)' }],
      disabledRules: [],
    });
    const analysis = await analyze(CODE_NAME_REQUEST, {}, { pack });
    expect(categories(analysis)).toContain('sensitive-request');
    expect(hasBanner(analysis)).toBe(true);
  });

  it('matches a term literally, never as a regular expression', async () => {
    const pack = customizePack(DEFAULT_PACK, {
      added: [{ category: 'secrecy', language: 'en', term: '.* (a+)+$' }],
      disabledRules: [],
    });
    const plain = await analyze('Hi,\n\nAnything at all here aaaaaaaaaaaaaaaaaaaaaaaa!\n\nBest', {}, { pack });
    expect(categories(plain)).not.toContain('secrecy');
    const literal = await analyze('Hi,\n\nThe string .* (a+)+$ appears here.\n\nBest', {}, { pack });
    expect(categories(literal)).toContain('secrecy');
  });

  it('stops using a default rule the user switched off, and only that rule', async () => {
    const text = 'Hi,\n\nWe would like to invite you; all expenses paid.\n\nBest';
    expect(categories(await analyze(text))).toContain('hospitality');
    const pack = customizePack(DEFAULT_PACK, { added: [], disabledRules: ['EN_HOSPITALITY'] });
    expect(categories(await analyze(text, {}, { pack }))).not.toContain('hospitality');
    expect(pack.rules.map((rule) => rule.id)).toEqual(DEFAULT_PACK.rules.map((rule) => rule.id).filter((id) => id !== 'EN_HOSPITALITY'));
  });
});
