import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';
import { analyze, categories, hasBanner, mail } from './helpers';
import { DEFAULT_PACK } from '../../../lib/rules';
import { englishSummary } from '../../../lib/ui-text/english';
import type { Analysis } from '../../../lib/model';

const APPROACH_EN =
  'Could you send me the unpublished process parameters of your EUV source? My client will pay you EUR 5,000 for it. Please keep this between us.';

describe('negation', () => {
  it('drops an English payment offer that is negated', async () => {
    const offered = await analyze('Hi,\n\nWe will pay you a generous fee for the interview.\n\nBest,\nAlex');
    const negated = await analyze('Hi,\n\nWe do not offer a generous fee for the interview, and we will not pay you anything.\n\nBest,\nAlex');
    expect(categories(offered)).toContain('payment-offer');
    expect(categories(negated)).not.toContain('payment-offer');
  });

  it('drops an English request that tells the reader not to send confidential material', async () => {
    const analysis = await analyze(
      'Dear expert,\n\nPlease do not send us any confidential documents or unpublished results; we only discuss public information.\n\nRegards,\nCompliance team',
    );
    expect(categories(analysis)).not.toContain('sensitive-request');
  });

  it('drops a Dutch payment offer negated before or after the verb', async () => {
    expect(categories(await analyze('Hoi,\n\nWij bieden geen royale vergoeding voor dit gesprek.\n\nGroet'))).not.toContain('payment-offer');
    expect(categories(await analyze('Hoi,\n\nWij betalen u daarvoor niet, het is vrijwillig.\n\nGroet'))).not.toContain('payment-offer');
    expect(categories(await analyze('Hoi,\n\nWij betalen u een royale vergoeding voor dit gesprek.\n\nGroet'))).toContain('payment-offer');
  });

  it('reaches examples of what was negated ("no confidential information, such as internal figures, customer data")', async () => {
    const english = await analyze(
      'Dear expert,\n\nBefore the call we ask you to confirm the following:\n- You will not share confidential information of your current or former employer, such as internal figures, customer data, prices or technical details.\n\nRegards,\nCompliance team',
    );
    const dutch = await analyze(
      'Beste expert,\n\nVoor het gesprek vragen wij u het volgende te bevestigen:\n- U deelt geen vertrouwelijke informatie van uw huidige of vorige werkgever, zoals interne cijfers, klantgegevens, prijzen of technische details.\n\nGroet,\nCompliance',
    );
    const asked = await analyze('Hi,\n\nCould you send me the internal figures of your employer, such as yield and overlay data?\n\nAlex');
    expect(categories(english)).not.toContain('sensitive-request');
    expect(categories(dutch)).not.toContain('sensitive-request');
    expect(categories(asked)).toContain('sensitive-request');
  });

  it('reaches the middle of three things the sender tells the reader not to send ("schematics, design files or anything")', async () => {
    const refused = await analyze(
      "Hi Ravi,\n\nI don't need anything from your current job beyond a normal CV \u2013 please don't send schematics, design files or anything your employer would consider confidential.\n\nSanne",
    );
    const opener = await analyze('Hi Ravi,\n\nNo worries, design files or the recipe would be great. Could you send them over?\n\nSanne');
    expect(categories(refused)).not.toContain('sensitive-request');
    expect(categories(opener)).toContain('sensitive-request');
  });

  it('reaches the last of three things the sender will not ask about ("unpublished results, partners or internal plans")', async () => {
    const english = await analyze(
      "Dear Dr. Dijkhuis,\n\nThe questions are about the market. We will not ask you about your university's unpublished results, partners or internal plans, and you may decline any question.\n\nPriya",
    );
    const dutch = await analyze(
      'Beste dr. Dijkhuis,\n\nDe vragen gaan over de markt. We vragen je niet naar de ongepubliceerde resultaten van je universiteit, partners of interne plannen, en je mag elke vraag weigeren.\n\nPriya',
    );
    const asked = await analyze('Dear Dr. Dijkhuis,\n\nThe questions are about the market. Please send me your published papers, the slides or the internal roadmap.\n\nPriya');
    expect(categories(english)).not.toContain('sensitive-request');
    expect(categories(dutch)).not.toContain('sensitive-request');
    expect(categories(asked)).toContain('sensitive-request');
  });

  it('drops a private channel the sender rules out, but not one a "why" question suggests', async () => {
    const refused = await analyze('Hi,\n\nWe never arrange consultations over messaging apps or personal email.\n\nBest,\nAlex');
    const suggested = await analyze('Hi,\n\nWhy not move this to Signal? Why don’t you send me the internal roadmap there?\n\nBest,\nAlex');
    expect(categories(refused)).not.toContain('private-channel');
    expect(categories(suggested)).toEqual(expect.arrayContaining(['private-channel', 'sensitive-request']));
  });

  it('drops a request under terms that forbid disclosing confidential information, however long the list', async () => {
    const english = await analyze(
      'Dear expert,\n\nPlease note the usual rules:\n- Do not disclose confidential information of your employer or of its customers, including pricing, order book, roadmaps or customer names.\n\nRegards,\nCompliance team',
    );
    const dutch = await analyze(
      'Beste expert,\n\nU tekent onze verklaring, waarin staat dat u geen vertrouwelijke informatie, onderzoeksresultaten die nog niet gepubliceerd zijn of informatie van derden deelt.\n\nGroet,\nCompliance',
    );
    expect(categories(english)).not.toContain('sensitive-request');
    expect(categories(dutch)).not.toContain('sensitive-request');
  });

  it('carries an exception into the sentence that continues it ("That includes unpublished results."), and no further', async () => {
    const english = await analyze(
      'Dear Dr Brink,\n\nPlease note our terms. Do not disclose any confidential information of your employer. That includes unpublished results, prices and product plans.\n\nKind regards,\nHannah',
    );
    const dutch = await analyze(
      'Beste Tom,\n\nLet op onze voorwaarden. Deel geen vertrouwelijke informatie van je werkgever. Daaronder vallen ook interne testresultaten en prijzen.\n\nGroet,\nHanna',
    );
    const asked = await analyze(
      'Dear Dr Brink,\n\nDo not disclose any confidential information of your employer. Could you send me the unpublished results of the coil tests?\n\nKind regards,\nHannah',
    );
    expect(categories(english)).not.toContain('sensitive-request');
    expect(categories(dutch)).not.toContain('sensitive-request');
    expect(categories(asked)).toContain('sensitive-request');
  });

  it('keeps an exception in its own clause ("I know you do not share internal reports, but could you send …")', async () => {
    const english = await analyze('Hi,\n\nI know you do not share internal reports, but could you send me the unpublished test measurements?\n\nAlex');
    const dutch = await analyze('Hoi,\n\nIk weet dat je geen interne rapporten deelt, maar kun je me de ongepubliceerde meetresultaten sturen?\n\nGroet');
    expect(categories(english)).toContain('sensitive-request');
    expect(categories(dutch)).toContain('sensitive-request');
  });

  it('keeps the request behind an approach’s reassurance ("nothing confidential, just the yield")', async () => {
    const reassured = await analyze('Hi,\n\nWe don’t need to see anything confidential, just send the yield numbers for the new line.\n\nBest,\nAlex');
    const refused = await analyze(
      'Hi,\n\nIn the interviews they explicitly do not want to see any drawings, recipes or data from your current employer.\n\nBest,\nAlex',
    );
    expect(categories(reassured)).toContain('sensitive-request');
    expect(categories(refused)).not.toContain('sensitive-request');
  });

  it('reads a negation as a suggestion only right after "why" ("Why not …?"), not anywhere in a why-question', async () => {
    expect(categories(await analyze('Hi,\n\nWhy don’t you send me the internal roadmap for the scanner?\n\nAlex'))).toContain('sensitive-request');
    expect(categories(await analyze('Hi,\n\nWhy do you think we never pay experts for their time?\n\nAlex'))).not.toContain('payment-offer');
  });

  it('reads a running contact’s note that names the arrangement instead of asking ("Same deal as in February: …")', async () => {
    const english = await analyze('Same deal as in February: the final inspection figures for Q1 and the new tolerance table. Money is ready.\n\nM.');
    const dutch = await analyze('Zelfde afspraak als in februari: eindinspectiecijfers Q1 en de nieuwe tolerantietabel. Bedrag staat klaar.\n\nM.');
    const quarter = await analyze('Same as last quarter: the install schedule for the new bay and the tool log exports. Usual envelope. Use the other phone.\n\nM.');
    const colleague = await analyze('Hoi,\n\nDe eindinspectiecijfers van Q1 staan op de share.\n\nGroet,\nPiet');
    for (const note of [english, dutch, quarter]) expect(categories(note)).toEqual(expect.arrayContaining(['sensitive-request', 'payment-offer']));
    expect(categories(quarter)).toContain('private-channel');
    expect(categories(colleague)).not.toContain('sensitive-request');
  });

  it('leaves ordinary notes alone that share words with a running contact’s shorthand', async () => {
    const notes = [
      'Hoi,\n\nIk ben morgen niet op kantoor. Bedankt voor de moeite, ik stuur je morgen de offerte.\n\nGroet',
      'Hi,\n\nIn the second half, after the break, we pay on delivery as agreed.\n\nBest',
      'Hoi,\n\nWe lunchen buiten om twaalf uur.\n\nGroet',
    ];
    for (const note of notes) expect(categories(await analyze(note))).toEqual([]);
  });

  it('keeps secrecy wording whose negation is the point ("don’t tell your manager")', async () => {
    expect(categories(await analyze("Hi,\n\nDon't tell your manager about this.\n\nBest"))).toContain('secrecy');
  });

  it('reads signs in a warning’s instruction about what others might do as described, not made', async () => {
    const english = await analyze(
      'Hi all,\n\nIf anyone asks for internal details, wants to continue on WeChat or a private address, or offers money, note it and tell Martijn.\n\nEline',
    );
    const dutch = await analyze('Hoi allen,\n\nAls iemand vraagt naar interne testresultaten of via WhatsApp wil doorpraten, meld het dan bij Martijn.\n\nEline');
    const approach = await analyze('Hi,\n\nIf anyone asks, tell them it is for a thesis, and send me the internal roadmap via my Gmail.\n\nAlex');
    for (const warning of [english, dutch]) {
      expect(warning.level).toBe('none');
      expect(warning.signals.every((signal) => signal.weight < 10)).toBe(true);
    }
    expect(categories(approach)).toEqual(expect.arrayContaining(['sensitive-request', 'private-channel']));
  });
});

describe('quoted text, signatures and footers', () => {
  it('counts an approach quoted from earlier mail less than the same words as new text', async () => {
    const fresh = await analyze(`Hi Alex,\n\n${APPROACH_EN}\n\nBest,\nSam`);
    const quoted = await analyze(
      `Hi Sam,\n\nThanks, I will pass this to our security officer.\n\nJan\n\nOn Tue, 3 Mar 2026 at 10:12, Sam <sam@example.org> wrote:\n> ${APPROACH_EN.replace(/\. /g, '.\n> ')}`,
    );
    expect(quoted.score).toBeLessThan(fresh.score);
    expect(hasBanner(fresh)).toBe(true);
  });

  it('recognises Outlook and Dutch reply headers as quoted history', async () => {
    const outlook = await analyze(
      `Thanks, noted.\n\nFrom: Sam <sam@example.org>\nSent: Tuesday, 3 March 2026 10:12\nTo: Jan\nSubject: Request\n\n${APPROACH_EN}`,
    );
    const dutch = await analyze(`Dank, genoteerd.\n\nOp di 3 mrt 2026 om 10:12 schreef Sam <sam@example.org>:\n${APPROACH_EN}`);
    const fresh = await analyze(APPROACH_EN);
    expect(outlook.score).toBeLessThan(fresh.score);
    expect(dutch.score).toBeLessThan(fresh.score);
  });

  it('counts the sender’s own earlier request in full under a nudge ("any news?")', async () => {
    const nudge = (quotedAuthor: string) =>
      analyze(
        `Hi Jan,\n\nAny news on this?\n\nSam\n\nOn Tue, 3 Mar 2026 at 10:12, ${quotedAuthor} wrote:\n> ${APPROACH_EN.replace(/\. /g, '.\n> ')}`,
        { from: { name: 'Sam Peters', address: 'sam@example.org' } },
      );
    const own = await nudge('Sam Peters <sam@example.org>');
    const byName = await nudge('Sam Peters');
    const someoneElse = await nudge('Kim Jansen <kim@elsewhere.example>');
    expect(own.score).toBeGreaterThan(someoneElse.score);
    expect(byName.score).toBe(own.score);
    expect(hasBanner(own)).toBe(true);
  });

  it('counts what someone at the sender’s own organisation wrote, passed on by the sender, in full', async () => {
    const passedOn = (quotedAddress: string, senderAddress = 'alexei@eurasia-foundation.example') =>
      analyze(
        `Lotte, hello,\n\nI forward you below what my director wrote. If you can help with even part of it, great.\n\nAlexei\n\n` +
          `---------- Forwarded message ---------\nFrom: Director Office <${quotedAddress}>\nDate: Wed, 15 Oct 2025 at 09:12\n\n${APPROACH_EN}`,
        { from: { name: 'Alexei', address: senderAddress } },
      );
    const ownOrganisation = await passedOn('office@eurasia-foundation.example');
    const elsewhere = await passedOn('office@other-institute.example');
    // On free mail anyone can have an address: a shared domain says nothing about who wrote it.
    const freeMail = await passedOn('director@gmail.com', 'alexei@gmail.com');
    expect(ownOrganisation.score).toBeGreaterThan(elsewhere.score);
    expect(freeMail.score).toBe(elsewhere.score);
    expect(hasBanner(ownOrganisation)).toBe(true);
  });

  it('forms no combination from the reader’s own quoted words, in both languages', async () => {
    const from = { name: 'Pieter Zwart', address: 'p.zwart@vsl.example' };
    const reply = (ask: string, quotedAuthor: string, secret: string) =>
      analyze(`${ask}\n\nPieter\n\n${quotedAuthor}\n> ${secret}`, { from });
    const englishAsk = 'Hi Marieke,\n\nCould you send me the unpublished raw data of the January comparison?';
    const englishSecret = 'The data is ready. Please keep it between us until we have submitted the paper.';
    const dutchAsk = 'Hoi Marieke,\n\nKun je me de nog niet gepubliceerde ruwe data van de vergelijking van januari sturen?';
    const dutchSecret = 'De data is klaar. Graag niet verder verspreiden tot we het artikel ingediend hebben.';
    const english = (author: string) => reply(englishAsk, `On Fri, 13 Feb 2026 at 10:41, ${author} wrote:`, englishSecret);
    const dutch = (author: string) => reply(dutchAsk, `Op vr 13 feb 2026 om 10:41 schreef ${author}:`, dutchSecret);
    const pairs = [
      { readers: await english('Marieke Verhoef <m.verhoef@uheemland.example>'), senders: await english('Pieter Zwart <p.zwart@vsl.example>') },
      { readers: await dutch('Marieke Verhoef <m.verhoef@uheemland.example>'), senders: await dutch('Pieter Zwart <p.zwart@vsl.example>') },
    ];
    for (const { readers, senders } of pairs) {
      // The reader's words are still shown, but are not the sender's secrecy.
      expect(categories(readers)).toContain('secrecy');
      expect(readers.combinations).toEqual([]);
      expect(senders.combinations).not.toEqual([]);
    }
  });

  it('reads a reply whose sender domain is no domain at all ("@)" from a hostile header)', async () => {
    const analysis = await analyze(`Any news?\n\nOn Tue, 3 Mar 2026 at 10:12, Sam <sam@)> wrote:\n> ${APPROACH_EN}`, {
      from: { name: 'Sam', address: 'sam@)' },
    });
    expect(analysis.score).toBeGreaterThan(0);
  });

  it('reads a postscript below the signature as the sender’s own text', async () => {
    const request = 'Could you send me the internal qualification report and the firmware source for the gain loop?';
    const inPostscript = await analyze(`Hi Jeroen,\n\nThe split delivery works for us.\n\nBest,\nRahul\nProcurement, Skylink\n\nPS: ${request}`);
    const inSignature = await analyze(`Hi Jeroen,\n\nThe split delivery works for us.\n\nBest,\nRahul\nProcurement, Skylink\n${request}`);
    expect(inPostscript.score).toBeGreaterThan(inSignature.score);
  });

  it('gives a legal footer almost no weight', async () => {
    const analysis = await analyze(
      'Hi Tom,\n\nSee you Thursday.\n\nTom\n\nThis e-mail is confidential and intended solely for the addressee. If you are not the intended recipient, delete this message and do not tell anyone its content.',
    );
    expect(hasBanner(analysis)).toBe(false);
    expect(analysis.score).toBeLessThan(10);
  });

  it('gives a legal footer that opens with a German company register line almost no weight', async () => {
    const analysis = await analyze(
      'Hi Tom,\n\nSee you Tuesday at ten.\n\nMit freundlichen Grüßen / Best regards\n\nTobias Reinhardt\nField Service Engineer\n\nVacuTherm Service GmbH, Sitz Hanau, Amtsgericht Hanau HRB 98112, Geschäftsführer: Dr. K. Heilmann.\nThis e-mail may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail.',
    );
    expect(hasBanner(analysis)).toBe(false);
    expect(analysis.score).toBeLessThan(10);
  });

  it('reads a closing after another language\'s closing and a managing-director line as the start of signature and footer', async () => {
    const analysis = await analyze(
      'Dear Lieke,\n\nThanks for a good year. The voucher for the tasting is attached; your purchasing colleague is in cc for the gift register.\n\nMit freundlichen Grüßen / Best regards\nJonas Albrecht\nKey Account Manager\n\nGeschäftsführer: Dr. P. Albrecht\nThis e-mail may contain confidential information. If you are not the intended recipient, please inform the sender and delete this e-mail.',
    );
    expect(hasBanner(analysis)).toBe(false);
    expect(analysis.score).toBeLessThan(10);
  });

  it('reads a closing before another language\'s and German Outlook\'s quoted header', async () => {
    const analysis = await analyze(
      'Hello Joris,\n\nPlease upload the qualification report with raw data per read-point via the supplier portal.\n\nBest regards / Mit freundlichen Grüßen\nKatrin\n\nGeschäftsführung: Dr. A. Beispiel\nThis e-mail may contain confidential information. If you are not the intended recipient, please delete this e-mail.\n\n-----Ursprüngliche Nachricht-----\nVon: Joris van Dalen <j.vandalen@maasvolt.example>\nGesendet: Dienstag, 3. März 2026 10:12\n\nHi Katrin, the report follows after the last read-point.',
    );
    expect(analysis.combinations).toEqual([]);
    expect(hasBanner(analysis)).toBe(false);
  });

  it('reads the legal footer below quoted mail as boilerplate, not as the quoted sender asking', async () => {
    const reply = (footer: string) =>
      analyze(
        `Hi Krzysztof,\n\nThanks, I will drop the helper in v5.\n\nOn 14/08/2024 02:54, Krzysztof wrote:\n> Still undocumented. Please respond to the previous comment.\n\n${footer}`,
      );
    const disclaimer =
      'DISCLAIMER:\nThis message (and any attachments) may contain legally privileged and/or other confidential information. If you have received it in error, please notify the sender by reply e-mail and immediately delete the e-mail and any attachments without copying or disclosing the contents.';
    const withFooter = await reply(disclaimer);
    const without = await reply('');
    expect(hasBanner(withFooter)).toBe(false);
    expect(withFooter.score).toBeLessThan(without.score + 10);
  });

  it('reads a disclaimer that follows the signature without a blank line as a footer', async () => {
    const disclaimer = 'Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan en laat het ons weten.';
    const body = (gap: string) =>
      `Beste Jeroen,\n\nHet honorarium is €250 voor het gesprek.\n\nMet vriendelijke groet,\nRik van Damme\nProject Manager\nVeldkennis B.V. – www.veldkennis.nl${gap}${disclaimer}`;
    const following = await analyze(body('\n'));
    const apart = await analyze(body('\n\n'));
    expect(following.score).toBe(apart.score);
  });
});

describe('language detection', () => {
  it('reads a Dutch one-liner without the most frequent Dutch words as Dutch', async () => {
    expect((await analyze('Zullen we volgende keer ergens rustiger afspreken?')).language).toBe('nl');
    expect((await analyze('Misschien morgen weer, alvast bedankt. Groet, Ruud')).language).toBe('nl');
    expect((await analyze('Could you bring the numbers when we meet? Thanks! Ruud')).language).toBe('en');
  });

  it('tells English from Dutch', async () => {
    expect((await analyze('Could you please send me the report before Friday? Thanks a lot.')).language).toBe('en');
    expect((await analyze('Kunt u mij het rapport voor vrijdag sturen? Alvast bedankt voor de moeite.')).language).toBe('nl');
  });

  it('reads each paragraph of a mixed message in its own language', async () => {
    const analysis = await analyze(
      'Beste Tom,\n\nKunt u mij de ontwerpbestanden van de nieuwe sensor sturen? Dat zou ons enorm helpen bij de vergelijking.\n\nAs discussed with my client, we will pay you EUR 5,000 for your time and the files.\n\nMet vriendelijke groet,\nAlex',
    );
    const rules = analysis.signals.flatMap((signal) => signal.rules);
    expect(rules).toEqual(expect.arrayContaining(['NL_VERZOEK_TECHNISCH', 'EN_PAYMENT_OFFER']));
  });

  it('does not end a Dutch sentence at abbreviations', async () => {
    const analysis = await analyze(
      'Beste dhr. Jansen,\n\nKunt u mij bijv. de ontwerpbestanden o.a. van de nieuwe sensor sturen? Wij betalen u € 2.000.\n\nGroet',
    );
    expect(categories(analysis)).toEqual(expect.arrayContaining(['sensitive-request', 'payment-offer']));
  });
});

describe('combinations decide the banner', () => {
  it('raises a request with payment to a banner, and adding secrecy raises it further', async () => {
    const pair = await analyze(
      'Hi Tom,\n\nCould you send me the unpublished process parameters of your EUV source? My client will pay you EUR 5,000 for it.\n\nBest,\nAlex',
    );
    const triple = await analyze(`Hi Tom,\n\n${APPROACH_EN}\n\nBest,\nAlex`);
    expect(hasBanner(pair)).toBe(true);
    expect(pair.combinations).toContain('REQUEST_WITH_PAYMENT');
    expect(triple.score).toBeGreaterThan(pair.score);
    expect(triple.level).toBe('high');
  });

  it('raises a diplomat asking for non-public data', async () => {
    const analysis = await analyze(
      'Dear Dr Vos,\n\nWould you be willing to share the internal roadmap for your photonic chips?\n\nKind regards,\nPavel Orlov\nSecond Secretary\nEmbassy of Examplestan',
    );
    expect(analysis.combinations).toContain('REQUEST_FROM_DIPLOMAT');
    expect(hasBanner(analysis)).toBe(true);
  });

  it('keeps a foreign embassy inviting to a reception at most low', async () => {
    const analysis = await analyze(
      'Dear Dr Vos,\n\nThe ambassador has the pleasure of inviting you to a reception at the residence on 12 May.\n\nKind regards,\nPavel Orlov\nThird Secretary\nEmbassy of Examplestan',
    );
    expect(hasBanner(analysis)).toBe(false);
  });

  it('does not treat the reader’s own embassy as a foreign diplomat', async () => {
    const analysis = await analyze(
      'Dear compatriots,\n\nThe embassy reminds you to register for the elections.\n\nKind regards,\nConsular section\nEmbassy of the Kingdom of the Netherlands in Canberra',
    );
    expect(categories(analysis)).not.toContain('diplomatic-sender');
  });

  it('moves the thresholds with the sensitivity', async () => {
    const text =
      'Hi Tom,\n\nCould you send me the unpublished process parameters of your EUV source? My client will pay you EUR 5,000 for it.\n\nBest,\nAlex';
    const strict = await analyzeMessage(mail(text), { sensitivity: 'strict' });
    const relaxed = await analyzeMessage(mail(text), { sensitivity: 'relaxed' });
    const order = ['none', 'low', 'medium', 'high'];
    expect(order.indexOf(strict.level)).toBeGreaterThanOrEqual(order.indexOf(relaxed.level));
    expect(strict.score).toBe(relaxed.score);
  });

  it('counts mail from the reader’s own organisation less', async () => {
    const text = `Hi Tom,\n\n${APPROACH_EN}\n\nBest,\nAlex`;
    const outside = await analyzeMessage(mail(text));
    const colleague = await analyzeMessage(mail(text, { from: { name: 'Alex', address: 'alex@lumenra.example' } }), {
      organisationDomains: ['lumenra.example'],
    });
    expect(colleague.score).toBeLessThan(outside.score);
  });
});

/** Each analysis reads as a warning about approaches and gets no banner. */
function expectWarnings(...analyses: Analysis[]): void {
  for (const analysis of analyses) {
    expect(analysis.awareness).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
  }
}

describe('awareness mail', () => {
  it('does not flag a security team describing approaches', async () => {
    const analysis = await analyze(
      'Dear colleagues,\n\nForeign intelligence services try to recruit staff in our sector. Be alert: they may offer money, ask you to keep the contact between us, suggest moving to WhatsApp, or ask for unpublished process parameters. If you recognise such an approach, report it to the security officer.\n\nSecurity team',
    );
    expect(analysis.awareness).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
    expect(englishSummary(analysis)).toMatch(/awareness/);
  });

  it('reads a forwarded example as a warning when the sender calls it an anonymised message and a textbook example', async () => {
    const forward = (intro: string, approach: string, advice: string) =>
      analyze(`${intro}\n\n---------- Forwarded message ---------\nFrom: [removed]\nSubject: small research paper\n\n  "${approach}"\n\n${advice}\n\nMarloes Dekker\nIntegrity & Security Officer`, {
        subject: 'Fwd: Example of an approach we received - please read',
        from: { name: 'Marloes Dekker', address: 'security@nika-instituut.example' },
      });
    const english = await forward(
      "Dear all,\n\nI'm sharing an anonymised message that reached a colleague last month. It is a textbook example, so please take two minutes to read it.",
      'Our think tank prepares briefings for a client in Asia. We would pay USD 2,000 for a note on how your institute tests its code, and a bonus if you include internal documents. Please reply to my private address and do not involve your office.',
      'If you receive something like this, keep the message and forward it to security.',
    );
    const dutch = await forward(
      'Beste collega’s,\n\nIk deel een geanonimiseerd bericht dat vorige maand bij een collega binnenkwam. Het is een schoolvoorbeeld, dus neem even twee minuten om het te lezen.',
      'Onze denktank maakt notities voor een klant in Azië. We betalen 2.000 euro voor een notitie over hoe jullie instituut zijn code test, en een bonus als je interne documenten meestuurt. Antwoord op mijn privéadres en betrek je afdeling er niet bij.',
      'Krijg je zoiets, bewaar het bericht en stuur het door naar security.',
    );
    expectWarnings(english, dutch);
  });

  it('reads a security officer asking staff which unsolicited approaches reached them as a warning, in both languages', async () => {
    const english = await analyze(
      'Dear colleagues,\n\nWe see more unsolicited approaches of staff who work on our technology. An example a colleague showed us:\n\n  "We are a consultancy for a client who wishes to stay anonymous. We pay a fee for a short call about your department. It is best to keep this between us."\n\nPlease report through the intranet form which outside parties contacted you in the last six months, and whether they asked for non-public information or about colleagues.\n\nCorporate Security',
    );
    const dutch = await analyze(
      'Beste collega\'s,\n\nWe zien weer meer ongevraagde benaderingen van medewerkers met toegang tot technologie. Een voorbeeld dat een collega ons liet zien:\n\n  "Wij zijn een adviesbureau voor een opdrachtgever die anoniem wil blijven. Voor een kort gesprek over uw afdeling betalen wij een vergoeding. Het is handig als u dit onder ons houdt."\n\nMeld via het formulier op het intranet welke externe partijen u de afgelopen zes maanden hebben benaderd, en of er gevraagd werd naar niet-openbare informatie of naar collega\'s.\n\nCorporate Security',
    );
    expectWarnings(english, dutch);
  });

  it('reads a trade newsletter reporting an approach, without the word espionage, as a warning, in both languages', async () => {
    const english = await analyze(
      'Weekly overview\n\nSupplier reports approach by foreign "consultant"\n\nA European supplier of satellite parts went to the police after one of its test engineers was approached for months by someone who posed as an adviser to an investment fund, the national security service of the country says.\n\nLater messages asked the engineer for internal test reports and the names of colleagues with access to customer projects, for cash. He was also asked to keep it between us. The engineer reported the approach to his employer\'s security department.\n\nYou receive this newsletter because you subscribed.',
    );
    const dutch = await analyze(
      'Weekoverzicht\n\nToeleverancier doet aangifte na benadering door buitenlandse \'consultant\'\n\nEen Europese toeleverancier van satellietonderdelen heeft aangifte gedaan nadat een van zijn testingenieurs maandenlang was benaderd door iemand die zich voordeed als adviseur van een investeringsfonds. Dat meldt de nationale veiligheidsdienst van het betreffende land.\n\nIn latere berichten werd de ingenieur gevraagd om interne testrapporten en namen van collega\'s met toegang tot klantprojecten, tegen contante betaling. Ook werd voorgesteld het onder ons te houden. De ingenieur meldde de benadering bij de beveiligingsafdeling van zijn werkgever.\n\nU ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.',
    );
    expectWarnings(english, dutch);
  });

  it('does not read one sender apologising for an unsolicited approach as a warning', async () => {
    const analysis = await analyze(
      'Dear Dr. Visser,\n\nPlease forgive this unsolicited approach. My client would pay you EUR 3,000 for your internal test results; it is best to keep this between us.\n\nAlex',
    );
    expect(analysis.awareness).toBe(false);
    expect(hasBanner(analysis)).toBe(true);
  });

  it('counts words that two cue lists both name once: a paid call on "research security" is not a warning', async () => {
    const english = await analyze(
      'Dear Dr. Brouwer,\n\nOur client would welcome a 45-minute call, for which we offer an honorarium of EUR 900.\n\nTopics the client is most interested in:\n - how your university separates the cleanroom network from the campus network\n - the outcome of your most recent internal penetration test\n\nCould you let me know a few time slots next week?\n\nDaniel',
      { subject: 'Short paid consultation - research security at European technical universities' },
    );
    const dutch = await analyze(
      'Beste dr. Brouwer,\n\nOnze klant zou graag een gesprek van 45 minuten voeren, waarvoor we een honorarium van EUR 900 bieden.\n\nOnderwerpen waarin de klant geïnteresseerd is:\n - hoe jullie universiteit het cleanroomnetwerk van het campusnetwerk scheidt\n - de uitkomst van jullie laatste interne penetratietest\n\nLaat u me weten welke tijden volgende week passen?\n\nDaniel',
      { subject: 'Kort betaald gesprek - onderzoeksveiligheid aan Europese technische universiteiten' },
    );
    for (const analysis of [english, dutch]) {
      expect(analysis.awareness).toBe(false);
      expect(hasBanner(analysis)).toBe(true);
    }
  });

  it('reads court words only in their court sense: a paid call on the defence sector and sea trials is not a warning', async () => {
    const english = await analyze(
      'Dear Dr. Hoekstra,\n\nI lead the defence and maritime practice at our firm. A client who prefers not to be named offers EUR 600 per hour for a call.\n\nThe client would like to know:\n - where the replacement programme for the frigate sonars stands\n - how your recent sea trial results compare with what the prime contractor claims\n\nLet me know a couple of slots that suit you.\n\nHannah',
    );
    const dutch = await analyze(
      'Beste dr. Hoekstra,\n\nEen klant die niet genoemd wil worden biedt EUR 600 per uur voor een gesprek.\n\nDe klant wil weten:\n - waarom de levering van de nieuwe sonar is aangehouden\n - wie er bij jullie over de aangifte van de exportvergunning beslist\n - hoe jullie zeeproeven zich verhouden tot wat de hoofdaannemer claimt\n\nKunt u ook de interne testresultaten van de zeeproeven meesturen? Laat me weten welke tijden passen.\n\nHannah',
    );
    for (const analysis of [english, dutch]) {
      expect(analysis.awareness).toBe(false);
      expect(hasBanner(analysis)).toBe(true);
    }
  });

  it('still reads a court report as a warning: "stood trial", "the defence argued", "aangehouden op verdenking"', async () => {
    const english = await analyze(
      'News\n\nA former test engineer stood trial in The Hague this week for passing internal test reports to a foreign intelligence officer. The defence argued that he never knew who the buyer was.\n\nYou receive this newsletter because you subscribed.',
    );
    const dutch = await analyze(
      'Nieuws\n\nEen voormalige testingenieur is aangehouden op verdenking van spionage: hij zou interne testrapporten aan een buitenlandse inlichtingenofficier hebben gegeven. De rechter-commissaris verlengde zijn voorarrest.\n\nU ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.',
    );
    expectWarnings(english, dutch);
  });

  it('reads a security officer sharing one approach with its sender taken out ("namen weggelaten") as a warning, in both languages', async () => {
    const english = await analyze(
      'Dear colleagues,\n\nLast week a colleague in R&D received a message on a networking site. With permission we share part of it (names removed), because it is a textbook example:\n\n  "I represent an investor who wishes to stay anonymous. We pay 1,500 euros for a short note on your wafer process. Shall we continue on WhatsApp? Better not to mention this at work."\n\nKeep the message, do not delete it, and report it to security@lumivex.example.\n\nIlse Schouten\nSecurity Officer',
      { subject: 'Heads-up: an approach on a networking site', from: { name: 'Security Officer', address: 'security@lumivex.example' } },
    );
    const dutch = await analyze(
      'Beste collega\'s,\n\nVorige week kreeg een collega van R&D een bericht via een netwerksite. Met toestemming delen we een deel ervan (namen weggelaten), omdat het een schoolvoorbeeld is:\n\n  "Ik vertegenwoordig een investeerder die anoniem wil blijven. Wij betalen 1.500 euro voor een korte notitie over jullie waferproces. Zullen we verder via WhatsApp? Het is fijn als je hier op het werk niets over zegt."\n\nBewaar het bericht, verwijder het niet en meld het bij security@lumivex.example.\n\nIlse Schouten\nSecurity Officer',
      { subject: 'Let op: benadering via een netwerksite', from: { name: 'Security Officer', address: 'security@lumivex.example' } },
    );
    expectWarnings(english, dutch);
  });

  it('does not flag a Dutch awareness mail', async () => {
    const analysis = await analyze(
      'Beste collega’s,\n\nBuitenlandse inlichtingendiensten benaderen medewerkers in onze sector. Wees alert: ze bieden soms een vergoeding, vragen het contact onder ons te houden of willen verder via WhatsApp. Herkent u zulke signalen? Meld het bij de beveiligingsfunctionaris.\n\nTeam Beveiliging',
    );
    expect(analysis.awareness).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
  });

  it('reads a briefing the sender forwards from their own organisation as what the mail is about', async () => {
    const briefing =
      'Dear travellers,\n\nAhead of the trade fair, a few reminders. Hosts may invite you to dinners and all-expenses-paid study trips, ask to keep contact via WeChat, or ask for test reports and customer lists. Be friendly but careful, and report any unusual contact to security.\n\nTravel Security Team';
    const forwarded = (from: string) =>
      `FYI before your trip.\n\nJ.\n\n-----Original Message-----\nFrom: Travel Security <${from}>\nSent: Friday, 12 December 2025 16:00\nSubject: Travel security briefing\n\n${briefing}`;
    const own = await analyze(forwarded('travelsecurity@northfield-analytics.example'));
    expect(own.awareness).toBe(true);
    expect(hasBanner(own)).toBe(false);
    // From elsewhere it stays quoted history: it does not make the sender's mail a warning.
    expect((await analyze(forwarded('briefings@other-firm.example'))).awareness).toBe(false);
    // Thunderbird's forward names the author a few lines below its banner line.
    const thunderbird = await analyze(
      `FYI before your trip.\n\nJ.\n\n-------- Forwarded Message --------\nSubject: Travel security briefing\nDate: Fri, 12 Dec 2025 16:00:00 +0100\nFrom: Travel Security <travelsecurity@northfield-analytics.example>\nTo: All staff <all@northfield-analytics.example>\n\n${briefing}`,
    );
    expect(thunderbird.awareness).toBe(true);
    expect(hasBanner(thunderbird)).toBe(false);
  });
});

describe('an example approach shown between a forward banner and its end line', () => {
  const example = (intro: string, banner: string, advice: string) =>
    `${intro}\n\n${banner}\nFrom: "J. Marston" <marston.research@outlook.com>\nSubject: Paid white paper\n\n  Dear expert, our think tank advises a client in Asia. We would pay USD 2,000 for a short paper. For faster contact, please add me on Telegram.\n-----\n\n${advice}`;

  it("reads the advice below the end line as the sender's own text, in both languages", async () => {
    const english = await analyze(
      example(
        'Dear colleagues,\n\nA colleague forwarded the message below. It is a good example of what an approach can look like: flattering, a vague client, money for a small report, a move to Telegram.',
        '----- Forwarded message -----',
        'What to do if you receive something similar:\n- Keep the message; do not delete it.\n- Forward it to security@veldkracht.example. A false alarm is no problem at all.\n\nInge de Wit\nSecurity Officer',
      ),
    );
    const dutch = await analyze(
      example(
        "Beste collega's,\n\nEen collega stuurde ons het bericht hieronder door. Het is een goed voorbeeld van hoe zo'n benadering eruitziet: vleiend, een vage klant, geld voor een kort rapport, verder via Telegram.",
        '---------- Doorgestuurd bericht ----------',
        'Wat te doen als u zoiets ontvangt:\n- Bewaar het bericht en verwijder het niet.\n- Stuur het door naar security@veldkracht.example. Een vals alarm is geen probleem.\n\nInge de Wit\nBeveiliging',
      ),
    );
    expectWarnings(english, dutch);
  });

  it('keeps what follows a second reply header quoted', async () => {
    const analysis = await analyze(
      `See the thread below.\n\n----- Forwarded message -----\nFrom: Sam <sam@example.org>\n\nHello.\n-----\n\nOn Tue, 3 Mar 2026 at 10:12, Sam <sam@example.org> wrote:\n${APPROACH_EN}`,
    );
    const fresh = await analyze(APPROACH_EN);
    expect(analysis.score).toBeLessThan(fresh.score);
  });
});

describe('an awareness mail in its own words', () => {
  it('reads a bulletin that names itself with a hyphen and gives its instructions as infinitives', async () => {
    const analysis = await analyze(
      'SECURITY-BULLETIN DECEMBER\n\nIn oktober kreeg een collega een mail van een "student". Hij schreef: "Could you send me the servo logs of the site you maintain? I will pay 200 euro, and it stays between us." Hij stuurde hem door naar security.\n\nWat we vragen\n- Niet antwoorden met interne informatie.\n- Mail niet verwijderen, wel doorsturen naar security@example.nl.\n- Een vals alarm is helemaal prima.\n\nTeam Security',
    );
    expect(analysis.awareness).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
  });

  it('counts a cue once however it is written, so a survey that only names security awareness stays an approach', async () => {
    const analysis = await analyze(
      'Dear colleague,\n\nAs part of our annual security-awareness cycle, please list which model weights and training data you can access, and name five colleagues with access to the source code. Keep this between us and reply on WhatsApp.\n\nSecurity Awareness Programme',
    );
    expect(analysis.awareness).toBe(false);
    expect(hasBanner(analysis)).toBe(true);
  });
});

describe('a colleague reporting an approach', () => {
  const QUOTED =
    '> Dear Eva, I would like to invite you to dinner, all costs covered by our mission. We can also offer a consultancy fee if you could share the unpublished cycle-life data of your new cells.\n>\n> Please keep this private and answer only to this address.';

  it('does not flag the report that quotes it', async () => {
    const analysis = await analyze(
      `Eva, thanks for flagging this so quickly. I forwarded it to corporate security and they will call you this afternoon.\n\nPlease do not answer him and do not delete the message, they want the headers.\n\nThijs\n\nOn Mon, 20 Oct 2025, Eva van den Berg wrote:\n${QUOTED}`,
    );
    expect(analysis.awareness).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
  });

  it('does not flag a Dutch report either', async () => {
    const analysis = await analyze(
      'Hoi Sanne,\n\nIk heb deze vreemde mail gisteren gekregen en niet gereageerd. Ik heb het gemeld bij Integriteit & Beveiliging via het formulier op intranet.\n\nGroet,\nLotte\n\n> Beste mevrouw Jansen, graag nodig ik u uit voor een diner op kosten van onze ambassade. Kunt u de interne testresultaten van de stack meenemen? Ik regel een royale vergoeding. Laten we dit onder ons houden.',
    );
    expect(analysis.awareness).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
  });

  it('marks a report that shows at most one sign in its own words as a warning the fitted reading does not raise', async () => {
    const analysis = await analyze(
      `Hi,\n\nForwarding this one as discussed in the awareness session. I haven't replied. Should I report this to security?\n\nJeroen\n\nOn Mon, 20 Oct 2025, Li Wen wrote:\n${QUOTED}`,
    );
    expect(analysis.awareness).toBe(true);
    expect(analysis.warningOnly).toBe(true);
    expect(hasBanner(analysis)).toBe(false);
  });

  it("counts the reporter's doubt as describing the approach: \"looks off?\", \"niet pluis\"", async () => {
    const english = await analyze(
      `Hi,\n\nForwarding this one as discussed in the awareness session. I haven't replied. The WeChat bit made me uneasy.\n\nJeroen\n\nOn Mon, 20 Oct 2025, Li Wen wrote:\n${QUOTED}`,
      { subject: 'FW: dinner invitation - looks off?' },
    );
    const dutch = await analyze(
      `Hoi,\n\nIk stuur deze door zoals besproken in de awarenesssessie. Ik heb niet gereageerd. Dat stukje over WeChat gaf me een raar gevoel.\n\nLotte\n\nOn Mon, 20 Oct 2025, Li Wen wrote:\n${QUOTED}`,
      { subject: 'FW: uitnodiging diner - niet pluis?' },
    );
    for (const analysis of [english, dutch]) {
      expect(analysis.awareness).toBe(true);
      expect(hasBanner(analysis)).toBe(false);
    }
  });

  it('does not take an approach dressed as a warning for one: its signs are in its own words', async () => {
    const analysis = await analyze(
      'Dear Eva,\n\nWe take security seriously too: foreign intelligence services target our sector, so be alert and report suspicious approaches to your security officer.\n\nFor our confidential benchmark, could you share the unpublished cycle-life data of your new cells? We offer a consultancy fee of EUR 4,000. Please keep this private and answer only to this address.\n\nDr. Chen',
    );
    expect(analysis.warningOnly).toBeUndefined();
  });

  it('still warns on an approach that mentions reporting only to wave it away', async () => {
    const analysis = await analyze(
      'Dear Eva, could you share the unpublished cycle-life data of your new cells? We offer a consultancy fee of EUR 4,000. There is no need to report this to security; please keep this private and answer only to this address.',
    );
    expect(hasBanner(analysis)).toBe(true);
  });
});

describe('reported speech', () => {
  it('a news item quoting what a consultant wrote makes no combination of its quoted signs', async () => {
    const analysis = await analyze(
      'The engineer sold process documents to a consultant he had met at a trade fair. In messages read out in the courtroom, the consultant wrote: "Keep this between us, we pay 5,000 euros for the process recipes." The company found the download in its logs.',
    );
    expect(hasBanner(analysis)).toBe(false);
    expect(analysis.combinations).toEqual([]);
  });

  it('a sender quoting their own request still asks it', async () => {
    const analysis = await analyze(
      'Dear Tom, as I wrote last week: "could you send me the unpublished process recipes? We pay EUR 5,000." Keep this between us.',
    );
    expect(hasBanner(analysis)).toBe(true);
  });

  it('a bulletin quoting an approach set out below a line ending in a colon reports it', async () => {
    const analysis = await analyze(
      'Dear colleagues,\n\nAn engineer met a consultant at a trade fair. Two weeks later came this:\n\n  "Keep this between us, we pay EUR 5,000 for the process recipes."\n\nHe reported it. Thank you!',
    );
    expect(analysis.combinations).toEqual([]);
    expect(hasBanner(analysis)).toBe(false);
  });

  it('a sender setting out their own words below a colon still says them', async () => {
    const analysis = await analyze('Dear Tom,\n\nHere is what I need from you:\n\n  "The unpublished process recipes. We pay EUR 5,000, keep it between us."\n\nAlex');
    expect(hasBanner(analysis)).toBe(true);
  });

  it('a networking site passing on a message sent to the reader passes on the approach itself, in both languages', async () => {
    const english = await analyze(
      'Linkfolio\n\nVincent Laurent - Partner at Atlas Capital\nsent you a message:\n\n"Hi Eline, we pay EUR 5,000 for the unpublished process recipes. Keep this between us."\n\nReply on Linkfolio',
    );
    const dutch = await analyze(
      'Linkfolio\n\nVincent Laurent - Partner bij Atlas Capital\nstuurde je een bericht:\n\n"Hoi Eline, we betalen EUR 5.000 voor de ongepubliceerde procesrecepten. Laten we dit onder ons houden."\n\nAntwoord via Linkfolio',
    );
    for (const notification of [english, dutch]) {
      expect(notification.combinations).not.toEqual([]);
      expect(hasBanner(notification)).toBe(true);
    }
  });

  it('a quotation with nothing introducing it as someone else\'s still counts', async () => {
    const analysis = await analyze('Dear Tom, could you send me the unpublished process recipes? "Keep this between us", and we pay EUR 5,000.');
    expect(categories(analysis)).toEqual(expect.arrayContaining(['secrecy', 'payment-offer', 'sensitive-request']));
  });
});

describe('summary and limits', () => {
  it('says specifically what is asked and offered', async () => {
    const analysis = await analyze(`Hi Tom,\n\n${APPROACH_EN}\n\nBest,\nAlex`);
    expect(analysis.explanation?.requestedObject).toMatch(/unpublished process parameters/);
    expect(analysis.explanation?.categories).toEqual(expect.arrayContaining(['payment-offer', 'secrecy']));
    expect(englishSummary(analysis)).toMatch(/unpublished process parameters/);
    expect(englishSummary(analysis)).toMatch(/offers money/);
    expect(englishSummary(analysis)).toMatch(/secret/);
  });

  it('caps the analysed text and says so', async () => {
    const long = `${APPROACH_EN}\n\n${'Lorem ipsum dolor sit amet. '.repeat(50_000)}`;
    const analysis = await analyzeMessage(mail(long), { maxChars: 100_000 });
    expect(analysis.capped).toBe(true);
    expect(hasBanner(analysis)).toBe(true);
    expect((await analyze(APPROACH_EN)).capped).toBe(false);
  });

  it('gives nothing for an empty message', async () => {
    const analysis = await analyzeMessage({ from: { name: '', address: '' }, subject: '', text: '' });
    expect(analysis).toMatchObject({ level: 'none', signals: [] });
    expect(analysis.explanation).toBeUndefined();
    // The fitted reading of an empty text is its prior, far below any level.
    expect(analysis.score).toBeLessThan(DEFAULT_PACK.fitted!.decision.thresholds.standard.low);
  });
});
