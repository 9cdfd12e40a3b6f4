// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderBanner } from '../../../lib/banner/view';
import { analyzeConversation } from '../../../lib/engine';
import { countLanguageWords, pickLanguage } from '../../../lib/engine/language';
import type { Analysis, Language, MailMessage } from '../../../lib/model';
import { localeMessages, localeTranslate } from '../../../lib/ui-text/english';
import { explanationSentence, historySentence } from '../../../lib/ui-text/explanation';
import { renderPopup } from '../../../entrypoints/popup/view';
import { stubGetMessage } from '../banner/locale-messages';

/**
 * The explanation follows the interface language; only quoted evidence (and the words a request quotes) stays in the
 * message's language. Rendered with the real locale files and a real analysis, in both directions.
 */
const APPROACHES: Record<Language, MailMessage> = {
  en: {
    from: { name: 'S. Volkov', address: 's.volkov@northfield-analytics.example' },
    subject: 'EUV 2026',
    text: 'Dear Dr. Jansen,\n\nI am the second secretary for science at our embassy. Could you send me the unpublished process parameters of your EUV line? My client would pay you a consulting fee of EUR 3,000. Please keep this between us.\n\nKind regards,\nSergei',
  },
  nl: {
    from: { name: 'S. Volkov', address: 's.volkov@northfield-analytics.example' },
    subject: 'EUV 2026',
    text: 'Beste dr. Jansen,\n\nIk ben tweede secretaris voor wetenschap bij de ambassade. Kunt u mij de niet-gepubliceerde procesparameters van uw EUV-lijn sturen? Wij betalen u een vergoeding van 3.000 euro. Laten we dit onder ons houden.\n\nMet vriendelijke groet,\nSergei',
  },
};

/** The sender invited the reader to dinner before: the analysis has a history sentence to word as well. */
async function analysed(language: Language): Promise<Analysis> {
  const firstSeen = new Date(2026, 9, 12, 10).getTime();
  return analyzeConversation([APPROACHES[language]], {
    history: { firstSeen, earlierMessages: 2, earlierDomainMessages: 2, timeline: [{ at: firstSeen, categories: ['hospitality'] }] },
  });
}

/** Pieces of text a person reads as one sentence or line. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/** The text of `root` without the quotes from the message: evidence phrases and “quoted” request words. */
function interfaceText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const quote of copy.querySelectorAll('q')) quote.remove();
  return (copy.textContent ?? '').replace(/“[^”]*”/g, '“”');
}

function languageOf(sentence: string): Language | null {
  const counts = countLanguageWords(sentence);
  return counts.en + counts.nl >= 2 && counts.en !== counts.nl ? pickLanguage(counts, 'en', 2) : null;
}

/** Every sentence that reads as `other`, and every message of the other locale's file that appears word for word. */
function otherLanguage(text: string, other: Language, own: Language): string[] {
  const found = sentences(text).filter((sentence) => languageOf(sentence) === other);
  const ownMessages = new Set(Object.values(localeMessages(own)));
  for (const message of Object.values(localeMessages(other))) {
    if (message.length >= 15 && !message.includes('$') && !ownMessages.has(message) && text.includes(message)) found.push(message);
  }
  return found;
}

/** What the banner said before: the explanation in the message's language. The check must catch that. */
function mailLanguageExplanation(analysis: Analysis, mail: Language): string {
  const words = localeTranslate(mail);
  return `${explanationSentence(analysis.explanation!, words)} ${historySentence(analysis.history!, words)}`;
}

const CASES: Array<{ ui: Language; mail: Language }> = [
  { ui: 'en', mail: 'nl' },
  { ui: 'nl', mail: 'en' },
];

describe('explanations in the interface language', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
  });

  for (const { ui, mail } of CASES) {
    it(`banner: a ${mail} message in a ${ui} interface has no ${mail} sentence outside the quotes`, async () => {
      await stubGetMessage(ui);
      const analysis = await analysed(mail);
      expect(analysis.level).toMatch(/^(medium|high)$/);
      // Two earlier messages and this one; the dinner came first.
      expect(analysis.history).toMatchObject({ messages: 3, firstContact: false, earlier: ['hospitality'] });
      const banner = renderBanner(document, {
        analysis,
        message: APPROACHES[mail],
        securityOfficer: { name: 'Security Desk', address: 'security@example.nl' },
        state: { adviceOpen: true, evidenceOpen: true, officerHelpOpen: false, highlightOn: false },
        onDismiss: vi.fn(),
        onTrustSender: vi.fn(),
        onHighlightChange: vi.fn(),
        onOwnChange: vi.fn(),
      });
      document.body.append(banner);
      expect(otherLanguage(mailLanguageExplanation(analysis, mail), mail, ui).length).toBeGreaterThan(0);
      expect(otherLanguage(interfaceText(banner), mail, ui)).toEqual([]);
      expect(banner.querySelector('.summary')?.textContent).toMatch(ui === 'en' ? /^A sender presenting as a diplomat / : /^Een afzender die zich als diplomaat presenteert /);
      expect(banner.querySelector('.history')?.textContent).toMatch(ui === 'en' ? /^Third message from this sender since 12 October 2026\./ : /^Derde bericht van deze afzender sinds 12 oktober 2026\./);
    });

    it(`popup: a ${mail} message in a ${ui} interface has no ${mail} sentence outside the quotes`, async () => {
      await stubGetMessage(ui);
      const analysis = await analysed(mail);
      const root = document.createElement('main');
      document.body.append(root);
      renderPopup(
        root,
        {
          webmail: 'Gmail',
          adapter: 'gmail',
          bannerRemounts: 0,
          report: null,
          messages: [{ id: 'm1', subject: APPROACHES[mail].subject, from: APPROACHES[mail].from.address, dismissed: false, analysis }],
        },
        '0.1.0',
        async () => true,
        { enabled: true, enabledLocked: false, securityOfficer: null, setEnabled: async () => undefined, openOptions: vi.fn() },
      );
      expect(otherLanguage(mailLanguageExplanation(analysis, mail), mail, ui).length).toBeGreaterThan(0);
      expect(otherLanguage(interfaceText(root), mail, ui)).toEqual([]);
      expect(root.querySelector('.summary')?.textContent).toMatch(ui === 'en' ? /^A sender presenting as a diplomat/ : /^Een afzender die zich als diplomaat/);
    });
  }
});

describe('the fitted reading in the explanation', () => {
  it('says in the interface language that the wording as a whole carried the level', () => {
    const explanation = { categories: ['payment-offer' as const], awareness: false, wording: true as const };
    expect(explanationSentence(explanation, localeTranslate('en'))).toBe(
      'This message offers money. Its wording as a whole resembles approaches seen before.',
    );
    expect(explanationSentence(explanation, localeTranslate('nl'))).toMatch(/ De bewoording als geheel lijkt op eerder geziene benaderingen\.$/);
  });
});
