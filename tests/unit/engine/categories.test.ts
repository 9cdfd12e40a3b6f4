import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../lib/model';
import { DEFAULT_PACK } from '../../../lib/rules';
import { analyze, categories, hasBanner } from './helpers';

/** Each category, in English and in Dutch, found on its own wording (and, alone, never a banner). */
const CASES: Array<{ category: CategoryId; language: 'en' | 'nl'; text: string; from?: { name: string; address: string } }> = [
  { category: 'diplomatic-sender', language: 'en', text: 'Dear Ms Visser,\n\nThank you for the conversation at the forum.\n\nKind regards,\nPavel Orlov\nThird Secretary\nEmbassy of Examplestan' },
  { category: 'diplomatic-sender', language: 'nl', text: 'Beste mevrouw Visser,\n\nDank voor het gesprek op het congres.\n\nMet vriendelijke groet,\nPavel Orlov\nTweede secretaris\nAmbassade van Voorbeeldland' },
  { category: 'sensitive-request', language: 'en', text: 'Hi Tom,\n\nCould you send me the unpublished overlay measurements from your EUV tool?\n\nThanks,\nAlex' },
  { category: 'sensitive-request', language: 'nl', text: 'Hoi Tom,\n\nKun je mij de ontwerpbestanden van de nieuwe MEMS-sensor sturen?\n\nGroet,\nAlex' },
  { category: 'payment-offer', language: 'en', text: 'Hi Tom,\n\nMy client will pay you EUR 2,000 for an hour of your time next week.\n\nBest,\nAlex' },
  { category: 'payment-offer', language: 'nl', text: 'Hoi Tom,\n\nMijn opdrachtgever biedt een royale vergoeding voor een gesprek van een uur.\n\nGroet,\nAlex' },
  { category: 'secrecy', language: 'en', text: 'Hi Tom,\n\nLet us keep this between the two of us, and please do not tell your manager about our talk.\n\nBest,\nAlex' },
  { category: 'secrecy', language: 'nl', text: 'Hoi Tom,\n\nLaten we dit onder ons houden; vertel je leidinggevende er maar niets over.\n\nGroet,\nAlex' },
  { category: 'private-channel', language: 'en', text: 'Hi Tom,\n\nIt is easier if we continue on Telegram from now on, or write to my personal email.\n\nBest,\nAlex' },
  { category: 'private-channel', language: 'nl', text: 'Hoi Tom,\n\nHet is makkelijker als we voortaan via Signal verder praten, of mail naar mijn privéadres.\n\nGroet,\nAlex' },
  { category: 'hospitality', language: 'en', text: 'Hi Tom,\n\nWe would like to invite you to a study trip in May; all expenses paid, of course.\n\nBest,\nAlex' },
  { category: 'hospitality', language: 'nl', text: 'Hoi Tom,\n\nIk nodig je graag uit voor een diner, op mijn kosten uiteraard.\n\nGroet,\nAlex' },
  { category: 'network-mapping', language: 'en', text: 'Hi Tom,\n\nCould you tell me which of your colleagues have access to the clean-room scheduling system?\n\nBest,\nAlex' },
  { category: 'network-mapping', language: 'nl', text: "Hoi Tom,\n\nKun je me vertellen welke collega's toegang hebben tot het testlab?\n\nGroet,\nAlex" },
  { category: 'unverifiable-organisation', language: 'en', text: 'Dear Dr Bakker,\n\nI write on behalf of a client who wishes to remain anonymous, a think tank active in technology policy.\n\nRegards,\nAlex' },
  { category: 'unverifiable-organisation', language: 'nl', text: 'Geachte heer Bakker,\n\nIk schrijf u namens een niet nader genoemde opdrachtgever, een denktank op het gebied van technologie.\n\nMet vriendelijke groet,\nAlex' },
  {
    category: 'identity-mismatch',
    language: 'en',
    text: 'Dear Ms Visser,\n\nIt was good to meet you.\n\nBest regards,\nPavel Orlov\nSecond Secretary for Science and Technology',
    from: { name: 'Pavel Orlov', address: 'pavel.orlov.1982@gmail.com' },
  },
  {
    category: 'identity-mismatch',
    language: 'nl',
    text: 'Beste mevrouw Visser,\n\nIk vertegenwoordig een overheidsinstelling die werkt aan beeldherkenning.\n\nMet vriendelijke groet,\nPavel',
    from: { name: 'Pavel', address: 'pavel.orlov@yandex.ru' },
  },
];

describe('every category in both languages', () => {
  for (const { category, language, text, from } of CASES) {
    it(`finds ${category} in ${language === 'en' ? 'English' : 'Dutch'}`, async () => {
      const analysis = await analyze(text, from ? { from } : {});
      expect(analysis.language).toBe(language);
      expect(categories(analysis)).toContain(category);
      const signal = analysis.signals.find((s) => s.category === category)!;
      expect(signal.evidence.length).toBeGreaterThan(0);
      for (const evidence of signal.evidence) {
        const source = evidence.field === 'text' ? text : undefined;
        if (source) expect(source.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    });
  }

  it('never raises a banner for one signal of the rules alone', async () => {
    for (const { text, from } of CASES) {
      const analysis = await analyze(text, from ? { from } : {}, { pack: { ...DEFAULT_PACK, fitted: undefined } });
      if (analysis.signals.length === 1) expect(['none', 'low']).toContain(analysis.level);
    }
  });

  it('says so when the fitted reading of the wording raised one sign to a banner', async () => {
    for (const { text, from } of CASES) {
      const analysis = await analyze(text, from ? { from } : {});
      if (analysis.signals.length === 1 && hasBanner(analysis)) expect(analysis.explanation?.wording).toBe(true);
    }
  });

  it('treats a sensitive field as context, never as a signal', async () => {
    const analysis = await analyze(
      'Hi all,\n\nThis week in lithography: EUV, high-NA, photoresist, metrology, GaN and SiC wafers, qubits and lidar.\n\nThe editors',
    );
    expect(analysis.signals).toEqual([]);
    expect(analysis.level).toBe('none');
  });

  it('does not take a colleague asking for slides as a sensitive request', async () => {
    const analysis = await analyze('Hi Tom,\n\nCould you send me the slides from yesterday’s etch review?\n\nThanks,\nAnna');
    expect(categories(analysis)).not.toContain('sensitive-request');
  });
});
