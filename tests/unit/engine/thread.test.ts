import { describe, expect, it } from 'vitest';
import { THREAD_RULES } from '../../../lib/rules';
import type { Analysis } from '../../../lib/model';
import { analyze } from './helpers';

const NEXT = THREAD_RULES.nextInstalment.id;
const rulesOf = (analysis: Analysis) => new Set(analysis.signals.flatMap((signal) => signal.rules));
const friend = { from: { name: 'Gert Lammers', address: 'gert.lammers77@gmail.com' } };

describe('a running contact asking for the next of a series', () => {
  it('reads "same again" below the reader\'s quoted hand-over as a request for what was handed over', async () => {
    const analysis = await analyze(
      'Cheers Ilse, same again for November when you have it.\n\nG.\n\nOn Thu, 6 Nov 2025 at 17:12, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> Here you go, the shift roster for the coating line for October.\n> Ilse',
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
    // The explanation does not quote "same again" as the thing asked for.
    expect(analysis.explanation?.requestedObject).toBeUndefined();
  });

  it('reads the same in Dutch, below an Apple Mail reply header', async () => {
    const analysis = await analyze(
      'Dank je! Kun je die van december ook weer zo doen?\n\nGert\n\nOp 4 dec 2025, om 20:10 heeft Ilse Mertens <i.mertens@kovalent-optics.nl> het volgende geschreven:\n\n> Hierbij het rooster van de coatinglijn voor november.\n> Ilse',
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads "the updated one" below a quoted "it\'s on the stick", and "met de tweede" below "staat erop"', async () => {
    const english = await analyze(
      'Morning Ilse, the updated one when you have a minute? Same layout as March is fine.\n\nG.\n\nOn Tue, 11 Mar 2025 at 21:14, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> It\'s all on the stick, the contractor list for the annex.\n> Ilse',
      friend,
    );
    const dutch = await analyze(
      'Hoi Ilse, lukt het deze week nog met de tweede? Zelfde indeling als vorige keer is prima.\n\nGert\n\nOp 3 nov. 2025 om 21:14 schreef Ilse Mertens <i.mertens@kovalent-optics.nl>:\n\n> Staat erop, de eerste veertig.\n> Ilse',
      friend,
    );
    expect(rulesOf(english).has(NEXT)).toBe(true);
    expect(rulesOf(dutch).has(NEXT)).toBe(true);
  });

  it('takes the reader\'s stick and promise to bring it for a hand-over, and "lukt oktober ook?" for the next one', async () => {
    const analysis = await analyze(
      'Die van september was prima. Lukt oktober ook?\n\nR.\n\nOp di 30 sep 2025 om 22:41 schreef Ilse Mertens <i.mertens@kovalent-optics.nl>:\n> Heb de planning op de stick gezet. Neem ik donderdag mee.\n> Ilse',
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads a free-mail short note that names the work material and asks for the next, without a quote', async () => {
    const named = await analyze('Hi Ilse, the same as in September but for October: the field failure list per site. Thanks, G.', friend);
    const unnamed = await analyze('Hi Ilse, same as last time for the barbecue? I bring the meat. G.', friend);
    expect(rulesOf(named).has(NEXT)).toBe(true);
    expect(rulesOf(unnamed).has(NEXT)).toBe(false);
  });

  it('reads "the same for them" and "die van Hanwol ook" below a quoted hand-over as the next of the series', async () => {
    const english = await analyze(
      'Thanks, exactly what I needed. Send me the same for them, like this one.\n\nG.\n\nOn Wed, 11 Feb 2026 at 22:03, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> Here you go, the current one for photonics.\n> Ilse',
      friend,
    );
    const dutch = await analyze(
      'Dank! Kun je die van Hanwol ook even doen? Zelfde manier.\n\nG.\n\nOp di 3 feb 2026 om 21:14 schreef Ilse Mertens <i.mertens@kovalent-optics.nl>:\n> Gert, hierbij die van TAP.',
      friend,
    );
    expect(rulesOf(english).has(NEXT)).toBe(true);
    expect(rulesOf(dutch).has(NEXT)).toBe(true);
  });

  it('does not take a reviewer\'s "this is done" for a hand-over below a reply about the next version', async () => {
    const analysis = await analyze(
      'Thanks a lot for your comments, it will be addressed in the next version.\n\nTom\n\nOn Mon, 3 Mar 2025 at 10:12, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> The write is done twice here, please check the order.\n> Ilse',
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(false);
  });

  it('reads a season\'s round asked for again like last time, below a quoted hand-over to a private address', async () => {
    const dutch = await analyze(
      'Hoi Mark, is de najaarsronde al binnen? Dan graag weer zoals in maart.\n\nE.\n\nOp za 14 mrt 2026 om 21:12 schreef Mark Vos <markvos.thuis@ziggo.nl>:\n> Hierbij de lijst van het voorjaar, alleen de quantummensen zoals je vroeg.\n> M.',
      friend,
    );
    const english = await analyze(
      'Hi Mark, is the autumn round in yet? Then again like in March.\n\nE.\n\nOn Sat, 14 Mar 2026 at 21:12, Mark Vos <markvos.home@ziggo.nl> wrote:\n> Here is the spring list, only the quantum people as you asked.\n> M.',
      friend,
    );
    expect(rulesOf(dutch).has(NEXT)).toBe(true);
    expect(rulesOf(english).has(NEXT)).toBe(true);
  });

  it('reads "like the Q2 ones" in a free-mail note that names the work material as the next of the series', async () => {
    const english = await analyze('Hi Femke, whenever the Q3 supplier scorecards are done, could you do them like the Q2 ones? Thanks, V.', friend);
    const dutch = await analyze('Hoi Femke, als de leveranciersscorecards van Q3 klaar zijn, kun je ze doen zoals die van Q2? Dank, V.', friend);
    expect(rulesOf(english).has(NEXT)).toBe(true);
    expect(rulesOf(dutch).has(NEXT)).toBe(true);
  });

  it('reads a free-mail note that asks who visits someone again, and one that wants the reports on the stick as always', async () => {
    const visits = await analyze('Top, dank je! Zelfde voor volgende week graag: wie er bij De Graaf langskomt en op welke dagen hij er zelf is. K.', friend);
    const stick = await analyze('Hé Joost, lukt het om de buildrapporten van deze maand weer op de stick te zetten? Ik pak hem zaterdag op, zoals altijd. R.', friend);
    expect(rulesOf(visits).has(NEXT)).toBe(true);
    expect(rulesOf(stick).has(NEXT)).toBe(true);
  });

  it('does not read what the sender keeps doing as always as an ask for the next one, but a later ask in the same paragraph', async () => {
    const quote = '\n\nF.\n\nOp 2 mei 2026 om 17:20 schreef Marieke Verhoef <marieke.verhoef@ziggo.nl>:\n> Beste Fatima, de nieuwe huur staat in de bijlage.\n> Marieke';
    const habit = await analyze(`Ik blijf vanaf juli het oude bedrag overmaken op uw rekening zoals altijd.${quote}`, friend);
    const ask = await analyze(`Ik maak het bedrag over zoals altijd. Kun je de lijst ook weer sturen?${quote}`, friend);
    expect(rulesOf(habit).has(NEXT)).toBe(false);
    expect(rulesOf(ask).has(NEXT)).toBe(true);
  });

  it('does not read a statement of account\'s "as agreed" as an ask for the next one, but an ask beside the sums', async () => {
    const quote = '\n\nBas\n\nOp 16 jun. 2026 om 20:12 schreef Wim Zonneveld <wim.zonneveld@kpnmail.nl>:\n> Bas, in de bijlage de bonnen van de veerboot.\n> Wim';
    const bill = await analyze(`Veerboot: € 188,00. Diesel Wim, extra verbruik door de trailer, 50% zoals afgesproken: € 164,00, zomerhuis € 442,30.${quote}`, friend);
    const ask = await analyze(`Kun je de lijst weer sturen zoals afgesproken? Ik maak € 150 over, net als de € 150 van vorige keer.${quote}`, friend);
    expect(rulesOf(bill).has(NEXT)).toBe(false);
    expect(rulesOf(ask).has(NEXT)).toBe(true);
  });

  it('reads a month\'s one named bare, and "ik neem het mee" as the reader\'s hand-over', async () => {
    const english = await analyze(
      'October one when you get a chance? This address again please.\n\nD.\n\nOn Fri, 3 Oct 2025 at 21:02, Marloes Verbeek <marloes.verbeek@lumetra.nl> wrote:\n> September attached. Scrap and rework per part family.\n> Marloes',
      friend,
    );
    const dutch = await analyze(
      'Donderdag weer in de Jaarbeurs? Neem je dezelfde set mee als vorige keer.\n\nH.\n\nOp 12 sep 2026 om 19:02 schreef Joost Verbeek <joost.verbeek@veldmark-mems.nl>:\n> Prima, ik neem het mee.',
      friend,
    );
    expect(rulesOf(english).has(NEXT)).toBe(true);
    expect(rulesOf(dutch).has(NEXT)).toBe(true);
  });

  it('reads "same as the first one" below the reader\'s "it\'s in the folder"', async () => {
    const analysis = await analyze(
      "When the post-trial parameter set is final, same as the first one please. R.\n\nOn Sun, 9 Nov 2025 at 19:03, Lotte Hendriks <l.hendriks@tu-rijnland.nl> wrote:\n> It's in the folder. Took the partner's names out of the file headers.",
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads the reader\'s "sent it over" as a hand-over and "the March batch" as the next one, in both languages', async () => {
    const english = await analyze(
      'The March batch whenever you can, thanks.\n\nD.\n\nOn Tue, 3 Mar 2026 at 20:11, Ruben Hoekstra <r.hoekstra@kessel-tools.nl> wrote:\n> Sent it over this evening, same zip password.\n> R.',
      friend,
    );
    const dutch = await analyze('Die van april ook graag.\n\nK.\n\nOp 2 apr 2026 om 20:11 schreef Sanne Bos <s.bos@kessel-tools.nl>:\n> Heb het gisteravond vanaf thuis verstuurd.', friend);
    expect(rulesOf(english).has(NEXT)).toBe(true);
    expect(rulesOf(dutch).has(NEXT)).toBe(true);
  });

  it('reads a short note that wants the list brought again to the usual spot, or sent like the quarter before, as the next one', async () => {
    const english = await analyze("Can you bring the list again, with the open quotes and what you priced them at? Same spot, I'll get the table.\n\nV.", friend);
    const dutch = await analyze('Neem je de offertelijst weer mee? Naar het andere adres graag als je hem eerder hebt.\n\nM.', friend);
    const quarter = await analyze('Lukt het om de bezoekplanning voor Q3 door te sturen, zoals bij Q2? Niet naar kantoor graag.\n\nR.', friend);
    for (const analysis of [english, dutch, quarter]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('takes a German reply header and an Outlook header that name someone else, without an address, for the reader\'s hand-over', async () => {
    const german = await analyze(
      'Same again for the January meeting, please.\n\nG.\n\nAm 21.11.2025 um 23:40 schrieb Ilse van Wijngaarden:\n> Here are my notes from the board meeting.\n> I.',
      friend,
    );
    const outlook = await analyze(
      'Same as before for April please.\n\n-----Original Message-----\nFrom: Joost van Dijk\nSent: Friday, May 8, 2026 9:02 PM\nSubject: figures\n\nAttached, the March figures per customer.',
      friend,
    );
    expect(rulesOf(german).has(NEXT)).toBe(true);
    expect(rulesOf(outlook).has(NEXT)).toBe(true);
  });

  it('does not take a header without an address that names the sender for the reader\'s', async () => {
    const analysis = await analyze('Did it arrive? Same again next month.\n\nG.\n\nOn Thu, 6 Nov 2025 at 17:12, Gert wrote:\n> Here you go, the photos of the club ride.', friend);
    expect(rulesOf(analysis).has(NEXT)).toBe(false);
  });

  it('reads "same layout" named bare and "the next one again" below a hand-over, and a note kept off the work box', async () => {
    const layout = await analyze('Kan de volgende weer? Week 20 t/m 23, zelfde indeling.\n\nR.\n\nOp vr 27 mrt 2026 om 17:41 schreef Joost Verbeek <joost.verbeek@arvenza.nl>:\n> Hierbij week 16 t/m 19.', friend);
    const usual = await analyze('Same as June please, the install dates and who is on the crew. Usual spot on the 3rd.\n\nM.', friend);
    const notWork = await analyze('Zelfde als vorige keer graag, de storingslog van de lijn in Dresden, naar dit adres en niet naar dat van de zaak.\n\nE.', friend);
    for (const analysis of [layout, usual, notWork]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads the reader\'s "sent to this one" as a hand-over', async () => {
    const analysis = await analyze(
      'The kit list for Suzhou once it is out, same as January please.\n\nR.\n\nOn Tue, 10 Feb 2026 at 21:03, Marloes V <m.verhoeven.home@outlook.com> wrote:\n> Sent to this one like you asked.\n> M.',
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads a series word across a line break, "this address again" and "thanks for last time" as the next one', async () => {
    const wrapped = await analyze(
      'Could you do\nthe same for the Suzhou week once you are back?\n\nL.\n\nOn Tue, 14 Oct 2025 at 21:07, Joris Hendriks <joris.hendriks@kempenaar-ps.com> wrote:\n> Attached the Penang one.',
      friend,
    );
    const again = await analyze('The test plan once it has been reviewed, whenever suits. To this address again please, not the work one.\n\nK.', friend);
    const dutch = await analyze('Neem je vrijdag weer de planning mee? Zelfde plek, om acht uur.\n\nR.', friend);
    for (const analysis of [wrapped, again, dutch]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads "same as Q1", "ook graag weer" and a company export named in a free-mail note as the next one', async () => {
    const quarter = await analyze('Hi Bram, same as Q1 please, the PM + downtime export for the Meridian tools. Zip is fine.\n\nWL', friend);
    const didWith = await analyze('Inge - when the Q3 licence overview is finished, same as you did with Q2 please. Thanks, D', friend);
    const polite = await analyze(
      'Volgende week ook graag weer. Dank je! R\n\nOp vr 27 mrt 2026 om 17:02 schreef Marieke Vos <marieke.vos@lithora.nl>:\n> Hoi Rob,\n>\n> Hierbij. Het bezoek uit Wolfsburg is nog niet definitief.',
      friend,
    );
    for (const analysis of [quarter, didWith, polite]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads "Uploaded." as a hand-over, and "same for the November lots", "same as the March one" and "stuur je hem weer door" as the next one', async () => {
    const uploaded = await analyze(
      'October set was perfect, thanks. Same for the November lots? Run sheets + CV, same folder.\n\nD.\n\nOn Sun, Nov 9, 2025 at 21:37 Maud Hendriks <maudhendriks.nl@gmail.com> wrote:\n> Uploaded. Only tool 2 this time.\n> M.',
      friend,
    );
    const named = await analyze('Marloes - same as the March one please: the updated vendor list and the volumes per site for Q3.\n\nT', friend);
    const forward = await analyze('Is de volgorde voor de beurzen al rond? Als je hem hebt, stuur je hem weer even door?\n\nFarid', friend);
    for (const analysis of [uploaded, named, forward]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads the reader\'s "Lijstje zit erbij" as a hand-over', async () => {
    const analysis = await analyze(
      'Hoi Ilse, lukt vrijdag weer? Zelfde als vorige keer.\nR.\n\n-----Oorspronkelijk bericht-----\nVan: Ilse Vermeulen <ilse.vermeulen76@hotmail.com>\nVerzonden: vrijdag 12 september 2025 23:02\nOnderwerp: vrijdag\n\nLijstje zit erbij. Was gezellig weer.',
      { from: { name: 'Rob', address: 'rob@smit-montage.nl' } },
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads the standing deal named, "zelfde afspraak als" and "same arrangement as", as the next one', async () => {
    const dutch = await analyze('Kun je de g2-metingen en de verliesdata van de nieuwe wafer-run ook sturen? Zelfde afspraak als in september.\n\nE.', friend);
    const english = await analyze('Jeroen, same arrangement as in March: the new ICD for the ground-station interface once it is signed off. A.', friend);
    for (const analysis of [dutch, english]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it("takes on a third party's forwarded questions when the sender hands them to the reader, in both languages", async () => {
    const forward = (own: string, language: 'en' | 'nl') =>
      language === 'en'
        ? `Hi Joris,\n\n${own}\n\nBas\n\n---------- Forwarded message ---------\nFrom: Ruben Aalders <r.aalders@oostpoort-retrofit.nl>\nDate: Thu, 4 Sep 2025 at 14:05\nSubject: bootloader\nTo: Bas Hendriksen <bas@hendriksen-embedded.nl>\n\nHi Bas,\n\nThis is what we would like to know:\n\n1. Which root key hash is in the OTP of the 2023 units?\n2. Can secure boot be disabled with the service jumper?\n\nRuben`
        : `Hoi Joris,\n\n${own}\n\nBas\n\n---------- Doorgestuurd bericht ---------\nVan: Ruben Aalders <r.aalders@oostpoort-retrofit.nl>\nDatum: do 4 sep 2025 om 14:05\nOnderwerp: bootloader\nAan: Bas Hendriksen <bas@hendriksen-embedded.nl>\n\nHoi Bas,\n\nDit willen we weten:\n\n1. Welke hash van de root-sleutel staat in de OTP bij de units van 2023?\n2. Kan secure boot uitgezet worden met de servicejumper?\n\nRuben`;
    const sender = { from: { name: 'Bas Hendriksen', address: 'bas@hendriksen-embedded.nl' } };
    const handedOn = [
      await analyze(forward('A customer of mine is stuck. Could you go through their questions? No need to go through your support desk, that takes ages.', 'en'), sender),
      await analyze(forward('Klant van me loopt vast. Kun jij die vragen even doorlopen? Hoeft niet via jullie support, dat duurt altijd zo lang.', 'nl'), sender),
    ];
    // Only forwarded, not handed on: the questions stay the customer's, and combine with nothing the sender says.
    const onlyForwarded = [
      await analyze(forward('A customer of mine is stuck, see what they wrote. No need to go through your support desk, that takes ages.', 'en'), sender),
      await analyze(forward('Klant van me loopt vast, zie wat ze schrijven. Hoeft niet via jullie support, dat duurt altijd zo lang.', 'nl'), sender),
    ];
    for (const analysis of handedOn) expect(analysis.combinations).toContain('REQUEST_IN_SECRET');
    for (const analysis of onlyForwarded) expect(analysis.combinations).not.toContain('REQUEST_IN_SECRET');
  });

  it('reads "same as the last few Fridays" and "zelfde als de afgelopen vrijdagen" as the next of a series', async () => {
    const english = await analyze("Morning Sanne, same as the last few Fridays: this week's visitor list when you get a minute?\n\nTom", friend);
    const dutch = await analyze('Hoi Sanne, zelfde als de afgelopen vrijdagen: de bezoekerslijst van deze week als je even tijd hebt?\n\nTom', friend);
    for (const analysis of [english, dutch]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads "next month again?" and "volgende maand weer?" below the reader\'s quoted hand-over as the next of a series', async () => {
    const english = await analyze(
      'Got it, thanks. Next month again around the 5th? And from now on with the licence numbers too.\n\nM.\n\nOn Wed, 4 Feb 2026 at 22:40, Ruben Claessens <rclaessens78@gmail.com> wrote:\n> Hi Maarten,\n> Here you go, this week\'s state from the tracker.\n> R',
      friend,
    );
    const dutch = await analyze(
      'Top, binnen. Volgende maand weer rond de 5e? En zet de CDIU-nummers er voortaan ook bij.\n\nM.\n\nOp wo 4 feb 2026 om 22:40 schreef Ruben Claessens <rclaessens78@gmail.com>:\n> Hoi Maarten,\n> Hierbij de stand van deze week, uit de tracker gehaald.\n> Gr R',
      friend,
    );
    for (const analysis of [english, dutch]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads a hand-over quoted under a reply header the mail client wrapped over two lines, and "sent the September one"', async () => {
    const english = await analyze(
      "Got it, thank you Ilse. Same for April when you have it?\n\nWen\n\nOn Tue, 3 Mar 2026 at 21:14, Ilse Verhoeven <ilse.verhoeven@norvane.com>\nwrote:\n> Hi Wen,\n>\n> As promised, here's the March overview: the Taiwan trips, names and dates.\n>\n> Ilse",
      friend,
    );
    const dutch = await analyze(
      'Top, dank je. Die van april ook weer zo?\n\nWen\n\nOp di 3 mrt 2026 om 21:14 schreef Ilse Verhoeven\n<ilse.verhoeven@norvane.com>:\n> Hoi Wen,\n> Hierbij het overzicht van maart: de reizen naar Taiwan, namen en data.\n> Ilse',
      friend,
    );
    const sentOne = await analyze(
      'Same again for the October build please.\n\nW.\n\nOn Tue, 16 Sep 2025 at 21:42, Tom Hendriks <tom.hendriks@orvane-litho.com> wrote:\n> Sent the September one to this address from home.\n> T.',
      friend,
    );
    for (const analysis of [english, dutch, sentOne]) expect(rulesOf(analysis).has(NEXT)).toBe(true);
  });

  it('reads a short note that sends the next one off work channels as the same request, without a quote', async () => {
    const analysis = await analyze('Ilse, same as after the review please, the Q2 figures. To this address again, not the work one.\n\nG.', friend);
    expect(rulesOf(analysis).has(NEXT)).toBe(true);
    expect(analysis.combinations).toContain('REQUEST_IN_SECRET');
  });

  it('does not read "same again" as a request when the quoted message hands nothing over', async () => {
    const analysis = await analyze(
      'Great, same again next Saturday then!\n\nG.\n\nOn Sun, 9 Nov 2025 at 10:02, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> That was a lovely ride, my legs are still complaining.',
      friend,
    );
    expect(rulesOf(analysis).has(NEXT)).toBe(false);
  });

  it('does not take the sender\'s own quoted hand-over, or a chat app in a short note, for the reader\'s delivery', async () => {
    const ownQuote = await analyze(
      'Did it arrive? Same again next month.\n\nG.\n\nOn Thu, 6 Nov 2025 at 17:12, Gert Lammers <gert.lammers77@gmail.com> wrote:\n> Here you go, the photos of the club ride.',
      friend,
    );
    expect(rulesOf(ownQuote).has(NEXT)).toBe(false);
    const chatApp = await analyze('Same as last quarter, in the board folder before two. Signal me if the permissions fail.\n\nG.', friend);
    expect(rulesOf(chatApp).has(NEXT)).toBe(false);
  });

  it('adopts the covert arrangement the reader\'s hand-over states as the sender\'s own', async () => {
    const analysis = await analyze(
      'Thanks! Same again for November?\n\nG.\n\nOn Thu, 6 Nov 2025 at 17:12, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> Here you go, the October roster. Keep it to yourself.\n> Ilse',
      friend,
    );
    expect(analysis.combinations).toContain('REQUEST_IN_SECRET');
    const unrelated = await analyze(
      'Thanks! Same again for November?\n\nG.\n\nOn Thu, 6 Nov 2025 at 17:12, Ilse Mertens <i.mertens@kovalent-optics.nl> wrote:\n> Keep it to yourself, but the ride was slow.\n> Ilse',
      friend,
    );
    expect(unrelated.combinations).not.toContain('REQUEST_IN_SECRET');
  });

  it('reads the series as going to a private mailbox when the sender writes from free mail, not from a customer', async () => {
    const toFreeMail = THREAD_RULES.toFreeMail.id;
    const handover =
      'Thanks, same as last time for March please.\n\nP.\n\nOn Fri, 6 Mar 2026 at 22:40, Iris Vos <i.vos@meerhout-composites.nl> wrote:\n> Thanks for dinner! The rest I\'ll send tonight.\n> Iris';
    const fromFriend = await analyze(handover, friend);
    expect(rulesOf(fromFriend).has(NEXT)).toBe(true);
    expect(rulesOf(fromFriend).has(toFreeMail)).toBe(true);
    expect(fromFriend.combinations).toContain('REQUEST_IN_SECRET');
    const fromCustomer = await analyze(handover, { from: { name: 'Piet Lammers', address: 'p.lammers@waalchip.nl' } });
    expect(rulesOf(fromCustomer).has(NEXT)).toBe(true);
    expect(rulesOf(fromCustomer).has(toFreeMail)).toBe(false);
  });
});
