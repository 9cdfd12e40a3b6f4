import { describe, expect, it } from 'vitest';
import { analyzeConversation, analyzeMessage } from '../../../lib/engine';
import type { MailAddress, MailMessage } from '../../../lib/model';
import { hasBanner } from './helpers';

/** The approach the detection issue names: a friendly contact, a paid dinner and a gift, then the ask. */
const message = (from: MailAddress, subject: string, text: string): MailMessage => ({ from, subject, text });

const LIANG = { name: 'Liang Hao', address: 'liang.hao@163.com' };
const english = [
  message(LIANG, 'Great meeting you in Eindhoven', 'Dear Sanne,\n\nIt was a real pleasure to meet you at the vacuum technology fair. I learned a lot from our chat about wafer handling and hope we stay in touch.\n\nWarm regards,\nLiang'),
  message(LIANG, 'Dinner on Friday', 'Dear Sanne,\n\nThank you again for your time. Let me invite you to dinner at De Karpendonkse Hoeve on Friday, my treat of course. I also brought a small gift from Shanghai for you.\n\nBest,\nLiang'),
  message(LIANG, 'One more thing', 'Dear Sanne,\n\nIt was a lovely evening. When we meet next time, could you bring the test results of your new bonding machine? Just the numbers from the acceptance runs would help me a lot.\n\nLiang'),
];

const VOLKOVA = { name: 'Irina Volkova', address: 'irina.volkova@gmail.com' };
const dutch = [
  message(VOLKOVA, 'Leuk je te ontmoeten', 'Beste Joost,\n\nWat leuk dat we elkaar spraken op de beurs in Veldhoven. Ik heb veel geleerd over jullie werk aan lithografie en hoop dat we contact houden.\n\nHartelijke groet,\nIrina'),
  message(VOLKOVA, 'Etentje', 'Beste Joost,\n\nGraag nodig ik je uit voor een diner vrijdag in Eindhoven, uiteraard op mijn kosten. Ik heb ook een klein cadeautje voor je meegenomen uit Sint-Petersburg.\n\nGroet,\nIrina'),
  message(VOLKOVA, 'Nog één ding', 'Beste Joost,\n\nHet was een gezellige avond. Zou je de volgende keer de testresultaten van jullie nieuwe machine willen meenemen? Alleen de meetwaarden van de acceptatietests zouden me al erg helpen.\n\nIrina'),
];

const COLLEAGUE = { name: 'Pieter de Vries', address: 'pieter.devries@chipmaker.example' };
const colleague = [
  message(COLLEAGUE, 'Welkom in het team', 'Hoi Sanne,\n\nWelkom bij de afdeling! Leuk dat je er bent, we spreken elkaar bij de kick-off.\n\nPieter'),
  message(COLLEAGUE, 'Teamdiner vrijdag', 'Hoi Sanne,\n\nVrijdag hebben we het teamdiner om de mijlpaal te vieren, de afdeling betaalt. Er is ook een klein cadeau voor iedereen.\n\nPieter'),
  message(COLLEAGUE, 'Testresultaten', 'Hoi Sanne,\n\nKun je morgen de testresultaten van de nieuwe machine meenemen naar het reviewoverleg? Dan lopen we de acceptatietests door.\n\nPieter'),
];
const ORGANISATION = { organisationDomains: ['chipmaker.example'] };

describe('an escalating sender', () => {
  it('reaches a banner on the English request for test results after a paid dinner and a gift', async () => {
    const thread = await analyzeConversation(english);
    expect(thread.level === 'medium' || thread.level === 'high').toBe(true);
    expect(thread.escalation?.rules.length).toBeGreaterThan(0);
  });

  it('reaches a banner on the Dutch request for test results after a paid dinner and a gift', async () => {
    const thread = await analyzeConversation(dutch);
    expect(hasBanner(thread)).toBe(true);
    expect(thread.escalation?.rules.length).toBeGreaterThan(0);
  });

  it('gives no banner for the first, friendly message alone', async () => {
    expect(hasBanner(await analyzeMessage(english[0]!))).toBe(false);
    expect(hasBanner(await analyzeMessage(dutch[0]!))).toBe(false);
  });

  it('keeps a colleague’s series of the same steps below a banner', async () => {
    expect(hasBanner(await analyzeConversation(colleague, ORGANISATION))).toBe(false);
  });
});
