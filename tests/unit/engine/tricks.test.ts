import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';
import { normalizeText, originalSpan } from '../../../lib/engine/normalize';
import { analyze, hasBanner, mail } from './helpers';

/** A message that is an approach on every reading: each trick below must leave its banner in place. */
const APPROACH =
  'Dear Dr. Visser,\n\nCould you send me the unpublished process parameters of your EUV source? My client will pay you EUR 5,000 for it. Please keep this between us and do not tell your manager.\n\nBest regards,\nAlex';

/** Puts `insert` inside every occurrence of the words that carry the approach. */
function hideInKeywords(text: string, insert: string): string {
  return text.replace(/\b(unpublished|parameters|pay|between|manager)\b/g, (word) => `${word.slice(0, 2)}${insert}${word.slice(2)}`);
}

describe('text tricks that hide a keyword', () => {
  it('the approach itself has a banner', async () => {
    expect(hasBanner(await analyze(APPROACH))).toBe(true);
  });

  for (const [name, insert] of [
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner', '\u200D'],
    ['a byte-order mark', '\uFEFF'],
    ['a soft hyphen', '\u00AD'],
    ['a word joiner and a left-to-right mark', '\u2060\u200E'],
  ] as const) {
    it(`keeps the banner with ${name} inside the keywords`, async () => {
      expect(hasBanner(await analyze(hideInKeywords(APPROACH, insert)))).toBe(true);
    });
  }

  it('keeps the banner with Cyrillic look-alike letters in the keywords', async () => {
    const lookAlike = APPROACH.replace(/unpublished/g, 'unрublishеd').replace(/parameters/g, 'pаrаmеtеrs').replace(/manager/g, 'mаnаgеr').replace(/between/g, 'bеtwееn');
    expect(lookAlike).not.toBe(APPROACH);
    expect(hasBanner(await analyze(lookAlike))).toBe(true);
  });

  it('keeps the banner with full-width letters', async () => {
    const fullWidth = APPROACH.replace('unpublished', 'ｕｎｐｕｂｌｉｓｈｅｄ');
    expect(hasBanner(await analyze(fullWidth))).toBe(true);
  });

  it('points evidence at the original text, invisible characters included', async () => {
    const hidden = hideInKeywords(APPROACH, '\u200B');
    const analysis = await analyze(hidden);
    const evidence = analysis.signals.flatMap((signal) => signal.evidence).filter((item) => item.field === 'text');
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      // The span in the original, read without its invisible characters, is the evidence the reader is shown.
      expect(normalizeText(hidden.slice(item.start, item.end)).text.replace(/\s+/g, ' ')).toBe(item.text);
    }
  });

  it('leaves real Cyrillic words alone', () => {
    expect(normalizeText('Привет, коллега').text).toBe('Привет, коллега');
  });

  it('maps a normalised span back over removed characters', () => {
    const normalized = normalizeText('un\u200Bpub\u00ADlished data');
    const start = normalized.text.indexOf('unpublished');
    expect(originalSpan(normalized, start, start + 'unpublished'.length)).toEqual({ start: 0, end: 13 });
  });
});

describe('planted cues that used to mute a warning', () => {
  it('keeps the banner when the approach paragraph ends with an "ignore this message" sentence', async () => {
    const planted = APPROACH.replace('do not tell your manager.', 'do not tell your manager. If you are not interested, just ignore this message.');
    expect(hasBanner(await analyze(planted))).toBe(true);
  });

  it('keeps the banner when "(No disclaimer applies.)" is added to the paragraph', async () => {
    const planted = APPROACH.replace('Could you send', '(No disclaimer applies.) Could you send');
    expect(hasBanner(await analyze(planted))).toBe(true);
  });

  it('keeps the banner when a P.S. names export control and the red flags a security team warns about', async () => {
    const planted = `${APPROACH}\n\nP.S. Of course this is all in line with export control rules, none of the red flags your security team warns about. Stay alert and report anything suspicious!`;
    const analysis = await analyze(planted);
    expect(analysis.awareness).toBe(false);
    expect(hasBanner(analysis)).toBe(true);
  });

  it('reads an approach that asks and pays the same with a company disclaimer below it, in both languages', async () => {
    const approaches = [
      'Dear Dr. Visser,\n\nCould you send me the overlay data of your new scanner? My client will pay you EUR 5,000 for the file.\n\nBest regards,\nAlex Chen\nSenior Consultant',
      'Beste Jan,\n\nKun je me de overlaydata van jullie nieuwe scanner sturen? Mijn klant betaalt je EUR 5.000 voor het bestand.\n\nMet vriendelijke groet,\nAlex Chen\nSenior Consultant',
    ];
    const disclaimers = [
      'This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it; do not copy, use or disclose its contents. The company accepts no liability for damage caused by viruses.',
      'Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken maar de afzender direct te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.',
    ];
    for (const [index, approach] of approaches.entries()) {
      const bare = await analyze(approach);
      const signed = await analyze(`${approach}\n\n${disclaimers[index]}`);
      expect(hasBanner(bare), approach).toBe(true);
      expect(signed.level, approach).toBe(bare.level);
      expect(signed.modelScore, approach).toBe(bare.modelScore);
    }
  });

  it('still reads a real footer at the end as a footer', async () => {
    const withFooter = `Hi,\n\nThe meeting moved to Tuesday.\n\nBest,\nAlex\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it.`;
    expect(hasBanner(await analyze(withFooter))).toBe(false);
  });
});

describe('length', () => {
  it('reads the end of a very long mail, and says it was capped', async () => {
    const filler = `${'Weekly notes on the cleanroom schedule and coffee machine. '.repeat(20_000)}\n\n`;
    const analysis = await analyzeMessage(mail(`${filler}${APPROACH}`), { maxChars: 200_000 });
    expect(analysis.capped).toBe(true);
    expect(hasBanner(analysis)).toBe(true);
    const evidence = analysis.signals.flatMap((signal) => signal.evidence).find((item) => item.field === 'text')!;
    expect(`${filler}${APPROACH}`.slice(evidence.start, evidence.end).replace(/\s+/g, ' ')).toBe(evidence.text);
  });
});
