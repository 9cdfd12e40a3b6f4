import { describe, expect, it } from 'vitest';
import { analyzeConversation, analyzeMessage } from '../../../lib/engine';
import type { MailMessage, SenderHistoryContext } from '../../../lib/model';
import { DEFAULT_PACK } from '../../../lib/rules';
import { hasBanner } from './helpers';
import { englishHistory, localeTranslate } from '../../../lib/ui-text/english';
import { historySentence } from '../../../lib/ui-text/explanation';

const VOLKOV = { name: 'Dmitri Volkov', address: 'd.volkov@outlook.com' };
const ORLOV = { name: 'Pjotr Orlov', address: 'p.orlov@gmail.com' };
const from = (sender: MailMessage['from'], subject: string, text: string): MailMessage => ({ from: sender, subject, text });

const RULES_ONLY = { pack: { ...DEFAULT_PACK, fitted: undefined } };
const NO_HISTORY: SenderHistoryContext = { earlierMessages: 0, earlierDomainMessages: 0, timeline: [] };

const english = [
  from(VOLKOV, 'Your talk', 'Your talk on EUV lithography was impressive. I would like to invite you to dinner next week, on me.'),
  from(VOLKOV, 'Re: Your talk', 'Thank you for the pleasant evening. I enjoyed our conversation about the industry.'),
  from(VOLKOV, 'A small favour', 'Could you send me the design files for the new reticle stage? I know they are not published.'),
];

const dutch = [
  from(ORLOV, 'Consultancy', 'Wij betalen u een mooie vergoeding voor een korte notitie over trends in de fotonica.'),
  from(ORLOV, 'Een vraag', 'Kunt u mij de ontwerpbestanden van de nieuwe waferstage sturen? Ze zijn nog niet gepubliceerd.'),
];

describe('analyzeConversation', () => {
  it('raises an English request for design files to a banner after an earlier dinner invitation', async () => {
    // The rules alone: the fitted reading already banners this request on its own, which would hide the escalation.
    const alone = await analyzeMessage(english[2]!, RULES_ONLY);
    const thread = await analyzeConversation(english, RULES_ONLY);
    expect(hasBanner(alone)).toBe(false);
    expect(hasBanner(thread)).toBe(true);
    expect(thread.score).toBeGreaterThan(alone.score);
    expect(thread.escalation?.rules).toEqual(['HOSTED_THEN_ASKS']);
    expect(englishHistory(thread)).toBe(
      'Third message from this sender in this conversation. Earlier: an offer of dinners, gifts or travel. Now: a request for “design files”.',
    );
  });

  it('raises a Dutch request after an earlier offer of money, and says so in Dutch', async () => {
    // The rules alone: the fitted text model reads the first message's paid "note" as an approach by itself.
    const alone = await analyzeMessage(dutch[1]!, RULES_ONLY);
    const thread = await analyzeConversation(dutch, RULES_ONLY);
    expect(hasBanner(alone)).toBe(false);
    expect(hasBanner(thread)).toBe(true);
    expect(thread.escalation?.rules).toContain('PAID_THEN_ASKS');
    expect(historySentence(thread.history!, localeTranslate('nl'))).toMatch(/^Tweede bericht van deze afzender in dit gesprek\. Eerder: een aanbod van geld\. Nu: een verzoek om/);
  });

  it('gives evidence from the earlier message it used, naming that message', async () => {
    const thread = await analyzeConversation(english);
    const earlier = thread.escalation?.earlier ?? [];
    expect(earlier.map((signal) => signal.category)).toEqual(['hospitality']);
    expect(earlier[0]?.evidence.every((evidence) => evidence.message === 0)).toBe(true);
    expect(earlier[0]?.evidence.map((evidence) => evidence.text).join(' ')).toMatch(/dinner/);
    // The open message's own evidence stays where the banner highlights it, unmarked.
    expect(thread.signals.flatMap((signal) => signal.evidence).every((evidence) => evidence.message === undefined)).toBe(true);
  });

  it('uses the sender history when the earlier steps are not in the open conversation', async () => {
    const history: SenderHistoryContext = {
      firstSeen: Date.UTC(2026, 9, 12, 10),
      earlierMessages: 2,
      earlierDomainMessages: 2,
      timeline: [{ at: Date.UTC(2026, 9, 12, 10), categories: ['hospitality'] }],
    };
    const analysis = await analyzeConversation([english[2]!], { history });
    expect(hasBanner(analysis)).toBe(true);
    expect(analysis.escalation?.earlier).toEqual([]);
    expect(englishHistory(analysis)).toMatch(/^Third message from this sender since 12 October 2026\. Earlier: an offer of dinners/);
  });

  it('does not raise a harmless series: a conference organiser following up', async () => {
    const chair = { name: 'Programme chair', address: 'chair@photonics-week.example' };
    const series = [
      from(chair, 'Reception', "You are invited to the speakers' reception and dinner on Tuesday. We cover your travel under the conference rules."),
      from(chair, 'Your slides', 'Could you send us your slides and a short bio before Friday, so we can put them on the website?'),
      from(chair, 'Travel claims', 'Please submit your travel claims with receipts; we reimburse economy fares.'),
    ];
    for (let end = 1; end <= series.length; end++) {
      const analysis = await analyzeConversation(series.slice(0, end), { history: NO_HISTORY });
      expect(hasBanner(analysis)).toBe(false);
      expect(analysis.escalation).toBeUndefined();
    }
  });

  it('does not raise a harmless series: a Dutch research collaboration', async () => {
    const colleague = { name: 'Marieke de Vries', address: 'm.devries@tudelft.example' };
    const series = [
      from(colleague, 'Projectoverleg', 'Zullen we na het projectoverleg op donderdag samen lunchen in de kantine?'),
      from(colleague, 'Concept artikel', 'Kun je mij de laatste versie van ons gezamenlijke artikel en de figuren van de gedeelde schijf sturen?'),
      from(colleague, 'Subsidie', 'De subsidieaanvraag is goedgekeurd; de vergoeding voor je reiskosten loopt via de universiteit.'),
    ];
    for (let end = 1; end <= series.length; end++) {
      const analysis = await analyzeConversation(series.slice(0, end));
      expect(hasBanner(analysis)).toBe(false);
      expect(analysis.escalation).toBeUndefined();
    }
  });

  it('counts only earlier messages from the same sender', async () => {
    const someoneElse = { ...english[0]!, from: { name: 'Lisa Jansen', address: 'lisa.jansen@lumetra.example' } };
    const thread = await analyzeConversation([someoneElse, english[2]!]);
    expect(thread.escalation).toBeUndefined();
    expect(thread.level).toBe((await analyzeMessage(english[2]!)).level);
  });

  it('adds a little for a first contact that asks at once, but never a banner for that alone', async () => {
    const stranger = from(
      { name: 'K. Ivanova', address: 'k.ivanova@vostria-consult.example' },
      'Consultancy',
      'We would pay you a generous fee for a short report on trends in photonics.',
    );
    // The rules alone: the fitted text model may read this paid "report" as an approach by itself, which is not
    // what this test is about.
    const alone = await analyzeMessage(stranger, RULES_ONLY);
    const first = await analyzeConversation([stranger], { history: NO_HISTORY, ...RULES_ONLY });
    expect(first.escalation?.rules).toEqual(['FIRST_CONTACT_ASKS']);
    expect(first.score).toBeGreaterThan(alone.score);
    expect(hasBanner(first)).toBe(false);
    expect(first.history).toMatchObject({ firstContact: true, messages: 1 });
    expect(englishHistory(first)).toBe('First message from this sender. Nothing from its domain was seen before either.');
    const knownDomain = await analyzeConversation([stranger], { history: { ...NO_HISTORY, earlierDomainMessages: 4 }, ...RULES_ONLY });
    expect(knownDomain.escalation).toBeUndefined();
  });

  it('is the message’s own analysis when there is nothing earlier', async () => {
    const alone = await analyzeMessage(english[2]!);
    expect(await analyzeConversation([english[2]!])).toEqual(alone);
  });

  it('repeating the same step is no escalation', async () => {
    const thread = await analyzeConversation([english[2]!, { ...english[2]!, subject: 'Reminder' }]);
    expect(thread.escalation).toBeUndefined();
  });
});
