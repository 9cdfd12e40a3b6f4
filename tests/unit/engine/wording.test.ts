import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../lib/model';
import { analyze, categories, hasBanner } from './helpers';

/**
 * Ways of saying a signal that plain keyword lists miss: contractions, word order, plurals, a request made as the
 * next step of an arrangement. And the same vocabulary where it means something harmless: a prohibition in
 * compliance terms, a bonus in a salary, costs that are not reimbursed.
 */
const FOUND: Array<{ category: CategoryId; text: string }> = [
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you bring the wafer test results that aren’t published yet?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCan you explain your chamber cleaning sequence? It is not documented anywhere.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nNext step: the config files of the inspection classifier and some labelled images.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nMy client is mainly interested in the yield figures of your new line.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nIk ben benieuwd hoe jullie de bonding doen, dat staat nergens beschreven.\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nThanks again for Friday. I trust the envelope was in order.\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nYour fee is ready; I can hand it over in cash.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nDe beloning voor het vorige stuk staat klaar.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nMost people in your role prefer not to tell their managers about these chats.\n\nAlex' },
  { category: 'secrecy', text: "Hoi Tom,\n\nJe leidinggevende hoeft hier verder niets van te weten.\n\nAlex" },
  { category: 'private-channel', text: 'Hi Tom,\n\nPlease write to me privately, never from work.\n\nAlex' },
  { category: 'hospitality', text: 'Dear Dr Bakker,\n\nYour flights and hotel are of course covered by us.\n\nAlex' },
  { category: 'network-mapping', text: 'Dear Dr Bakker,\n\nCould you recommend colleagues who operate the ion implanter, with names and email addresses?\n\nAlex' },
  { category: 'network-mapping', text: "Beste Tom,\n\nWe ontvangen graag een lijstje van de collega's in jouw groep en wie van hen toegang heeft tot de cleanroom.\n\nAlex" },
  { category: 'unverifiable-organisation', text: 'Hi Tom,\n\nI work for a fund (an investor I am not able to name) that follows this market.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nI would love to see the etch rate curves that did not make it into the paper. Could you send them?\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nThe EUR 1,500 was sent to your account yesterday.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nAfterwards, please wipe it from your sent folder.\n\nAlex' },
  { category: 'secrecy', text: 'Dear Dr Bakker,\n\nIt is easiest to treat the visit as a personal trip and take leave for it.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nWhatsApp only from now on, please.\n\nAlex' },
  { category: 'hospitality', text: 'Dear Dr Bakker,\n\nThe institute covers everything, including business-class tickets for two.\n\nAlex' },
  { category: 'network-mapping', text: 'Dear Dr Bakker,\n\nPlease bring along whoever knows the test set-up best.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nWhat I need are the bake profiles you actually run, not the textbook version.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nHeb je de interne rapportages van de pilotlijn nog? Dat zou enorm helpen.\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nThere would be something in it for you, and I will make sure you are looked after.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nHet bedrag staat op je wallet; lever je het volgende stuk op tijd, dan verdubbel ik het.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nYour bosses would only complicate this, so better not to tell anyone.\n\nAlex' },
  { category: 'secrecy', text: "Hoi Tom,\n\nPraat er op je werk met niemand over en gooi dit bericht weg.\n\nAlex" },
  { category: 'private-channel', text: 'Hi Tom,\n\nEasier if you text me, and please do not bring your work phone.\n\nAlex' },
  { category: 'network-mapping', text: 'Hi Tom,\n\nCould you tell me who on your team handles the defence customer?\n\nAlex' },
  { category: 'unverifiable-organisation', text: 'Hoi Tom,\n\nIk werk voor een klant in Azië, daar kan ik verder weinig over zeggen.\n\nAlex' },
  { category: 'sensitive-request', text: 'Tom,\n\nThe process numbers for the new resist, same terms as before.' },
  {
    category: 'network-mapping',
    text: 'Hi Tom,\n\nFor the report we need the following from you:\n1. The structure of the group and who does the fabrication.\n2. Which persons have access to the cleanroom, and is there\n   a badge system.\n\nAlex',
  },
  {
    category: 'network-mapping',
    text: 'Hoi Tom,\n\nVoor het overzicht hebben we het volgende nodig:\n- wie er in jouw groep toegang heeft tot de cleanroom\n- wie beslist over nieuwe partners\n\nAlex',
  },
  // A table's numbering column: html-to-text puts each number and each item in a paragraph of its own.
  {
    category: 'sensitive-request',
    text: 'Dear Lotte,\n\nTo finish our qualification it would help us a lot:\n\n1\n\nFull source code of the endpoint detection module\n\n2\n\nName of the engineer who designed it\n\nKim',
  },
  { category: 'sensitive-request', text: 'Hi Wouter,\n\nCould I borrow your badge this Saturday? The paperwork for weekend access takes weeks.\n\nDmitri' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je me weer toevoegen aan het Teams-kanaal van de tape-out? Alleen meelezen.\n\nWen' },
  { category: 'secrecy', text: 'Hi Wouter,\n\nIf anyone asks, just say you were there yourself.\n\nDmitri' },
  { category: 'secrecy', text: 'Hoi Wouter,\n\nAls iemand ernaar vraagt, zeg dan dat je er zelf was.\n\nDmitri' },
  { category: 'network-mapping', text: 'Hi Niels,\n\nThis time can you add who of them has cleanroom access?\n\nTom' },
  // A short note's verbless line asks, even with a relative clause in it; and standing terms ask for the next delivery.
  { category: 'sensitive-request', text: 'Hi,\n\nThe reliability sheet of the new module and the names of the people who have access.\n\nM.' },
  { category: 'network-mapping', text: 'Same arrangement as April. This time the updated list of who has admin rights on the service portal. Usual place, Thursday.' },
  { category: 'sensitive-request', text: 'Dear Ruud,\n\nI attached the NDA, could you send the process recipes?\n\nKevin' },
  // A list without a negation before it is still asked for, item by item.
  { category: 'sensitive-request', text: 'Hi Niels,\n\nNo worries about last week. Please send the recipe, the roadmap and the drawings.\n\nTom' },
  { category: 'sensitive-request', text: 'Hoi Niels,\n\nNeem het interne auditrapport van de fab mee, op stick.\n\nK.' },
  // Terse offers of a notification: a fee and a sum, more on a messenger, a client kept unnamed for now.
  { category: 'payment-offer', text: 'Hi Joris,\n\nThree thousand words on your pre-training pipeline. Fee USD 5,000, paid on delivery.\n\nDaniel' },
  { category: 'payment-offer', text: 'Hoi Joris,\n\nDrieduizend woorden over jullie trainingspijplijn. Vergoeding EUR 5.000, te betalen bij oplevering.\n\nDaniel' },
  { category: 'private-channel', text: 'Hi Joris,\n\nHappy to explain more on Telegram: @dmoreau_apex\n\nDaniel' },
  { category: 'unverifiable-organisation', text: 'Hi Joris,\n\nI represent a well-funded client in the AI space (confidential for now).\n\nDaniel' },
  { category: 'unverifiable-organisation', text: 'Hoi Joris,\n\nIk vertegenwoordig een opdrachtgever in de AI-sector (voorlopig anoniem).\n\nDaniel' },
  // Inside business named by what it is about: the pipeline of customers, what the board decided.
  { category: 'sensitive-request', text: 'Dear Sanne,\n\nIt would help if you could bring the current customer pipeline and a note on what the board decided about the US expansion.\n\nRichard' },
  { category: 'secrecy', text: 'Dear Sanne,\n\nEverything stays with me, of course.\n\nRichard' },
  { category: 'unverifiable-organisation', text: 'Hi Eline,\n\nWe invest for a fund LP who prefers to stay in the background.\n\nVincent' },
  // What the public source leaves out, asked for.
  { category: 'sensitive-request', text: 'Hi Ruud,\n\nCould you send the monthly export, including the lines that do not appear in the public portal?\n\nWei' },
  { category: 'sensitive-request', text: 'Beste Ruud,\n\nGraag elke maand het export, inclusief de regels die niet in het openbare havenportaal verschijnen.\n\nWei' },
  // An apology is no excuse to move the reader: a new private address offered after "sorry" still counts.
  { category: 'private-channel', text: 'Hi Femke,\n\nSorry, my private email: pieter@example.org, use that from now on.\n\nPieter' },
  { category: 'private-channel', text: 'Hi Eline,\n\nTelegram is easiest for me (@vlaurent).\n\nVincent' },
  { category: 'sensitive-request', text: "Hi Eline,\n\nCould I get your honest view on how your team's design holds up?\n\nVincent" },
  // Samples of what the reader's team works with, and the labelled data a model learns from.
  { category: 'sensitive-request', text: 'Hi Femke,\n\nIf you could bring one or two examples of the labelled training tiles you use, our CTO can judge your level.\n\nDaniel' },
  { category: 'sensitive-request', text: 'Hi Femke,\n\nCould you send a few samples of the recordings your team collected?\n\nDaniel' },
  { category: 'sensitive-request', text: 'Hoi Femke,\n\nNeem gerust een paar voorbeeldjes mee van de opnames die jullie gebruiken.\n\nDaniel' },
  { category: 'sensitive-request', text: 'Hoi Femke,\n\nKun je wat gelabelde beelden meesturen?\n\nDaniel' },
  { category: 'sensitive-request', text: 'Hoi Femke,\n\nKun je een recent stuk werk sturen in plaats van de thuisopdracht?\n\nDaniel' },
  // How the reader's team is put together, and who has access, in either word order.
  { category: 'network-mapping', text: 'Hi Ruud,\n\nBefore I present you, could you tell me how your assembly team is set up?\n\nSophie' },
  { category: 'network-mapping', text: 'Hoi Ruud,\n\nKun je vertellen hoe jullie assemblageteam is opgebouwd?\n\nSophie' },
  { category: 'network-mapping', text: 'Hoi Ruud,\n\nWeet jij wie er nog meer cleanroomtoegang heeft?\n\nSophie' },
  // A running paid arrangement: minutes of internal meetings, who sits where after a reorganisation, paid as usual.
  { category: 'sensitive-request', text: 'Hi Marieke,\n\nCould you send the minutes of the last steering group?\n\nThijs' },
  { category: 'sensitive-request', text: 'Hoi Marieke,\n\nZelfde afspraak als in november: de notulen van de laatste stuurgroep.\n\nThijs' },
  { category: 'network-mapping', text: 'Hi Marieke,\n\nCould you send me the new team structure after the reorganisation?\n\nThijs' },
  { category: 'network-mapping', text: 'Hoi Marieke,\n\nKun je de nieuwe teamindeling na de reorganisatie sturen?\n\nThijs' },
  { category: 'payment-offer', text: 'Hoi Marieke,\n\nVergoeding gaat weer op de gebruikelijke manier.\n\nThijs' },
  // A heat-treatment recipe and its mix, sent to a free-mail account away from work.
  { category: 'sensitive-request', text: 'Rients,\n\nSame as last quarter please: the updated cure schedule and the additive numbers.\n\nK.' },
  { category: 'sensitive-request', text: 'Rients,\n\nZelfde afspraak als vorig kwartaal: het nieuwe uithardingsschema en de mengverhoudingen.\n\nK.' },
  { category: 'private-channel', text: 'Rients,\n\nTo the gmail as usual, not from work.\n\nK.' },
  { category: 'private-channel', text: 'Rients,\n\nNaar de gmail zoals altijd, niet vanaf je werk.\n\nK.' },
  { category: 'private-channel', text: 'Niels,\n\nDo not forget what we discussed, and better not from the office account.\n\nD.' },
  { category: 'sensitive-request', text: 'Niels,\n\nSame as April please: the Q2 service log extracts for the Taiwan tools.\n\nD.' },
  // A running contact's periodic internal reports, to a free-mail address named as a compound.
  { category: 'sensitive-request', text: 'Hoi Ravi,\n\nStuur je de weekoverzichten van januari ook weer? Verder alles zoals de vorige keer.\n\nM.' },
  { category: 'sensitive-request', text: 'Hi Ravi,\n\nCould you send me the weekly overviews for January again?\n\nM.' },
  { category: 'private-channel', text: 'Hoi Ravi,\n\nStuur je het ook weer naar het proton-adres?\n\nM.' },
  // A recruiter's "portfolio": what the reader's work runs on and a drawing of it, sent off the work account.
  { category: 'sensitive-request', text: 'Dear Jeroen,\n\nThe client asks candidates to send the stiffness tables you work with.\n\nSophie' },
  { category: 'sensitive-request', text: 'Dear Jeroen,\n\nThe client asks candidates to send one drawing of a recent guide design.\n\nSophie' },
  { category: 'sensitive-request', text: 'Beste Jeroen,\n\nDe klant vraagt kandidaten om de stijfheidstabellen te sturen waarmee je werkt.\n\nSophie' },
  { category: 'sensitive-request', text: 'Beste Jeroen,\n\nDe klant vraagt kandidaten om een tekening van een recent geleidingsontwerp te sturen.\n\nSophie' },
  { category: 'private-channel', text: 'Dear Jeroen,\n\nPlease send these from your personal mailbox, so nothing goes through your work account.\n\nSophie' },
  { category: 'private-channel', text: 'Beste Jeroen,\n\nStuur die graag vanaf je persoonlijke mailbox, zodat er niets via je werkaccount loopt.\n\nSophie' },
  // A running contact's next delivery: a price list, a month's figures, the new accounts, paid as before.
  { category: 'sensitive-request', text: 'Marieke,\n\nNeemt u woensdag de prijslijst voor de afnemers van 2027 mee?\n\nA.' },
  { category: 'payment-offer', text: 'Marieke,\n\nZelfde afspraak als de vorige keer.\n\nA.' },
  { category: 'payment-offer', text: 'Ruben,\n\nIk maak het deze week over.\n\nP.' },
  { category: 'sensitive-request', text: 'Ruben,\n\nKun je me de gebruikscijfers van de allocatie over december sturen?\n\nP.' },
  // Having read the reader's article is no reason to drop the ask that follows in the same sentence.
  { category: 'sensitive-request', text: 'Dear Dr Bakker,\n\nI read your article, so could you send me the unpublished measurements behind it?\n\nWei' },
  { category: 'sensitive-request', text: 'Beste dr. Bakker,\n\nIk las uw artikel en zou graag de resultaten ontvangen voordat ze gepubliceerd worden.\n\nWei' },
  { category: 'network-mapping', text: 'Ruben,\n\nKun je me de lijst met nieuwe accounts sturen, en bij welke projecten ze horen?\n\nP.' },
  { category: 'network-mapping', text: 'Ruben,\n\nCould you send me the list of new accounts and which projects they belong to?\n\nP.' },
  // An agenda named by its occasion asks as much as a question.
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nTopics for the call:\n - the model weights and training data of your next model\n\nMateo' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nOnderwerpen voor het gesprek:\n - de modelgewichten en trainingsdata van jullie volgende model\n\nMateo' },
  // An internal document in the singular, and the measured values set against the published ones.
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nIt would really help me to see your internal classification note for both modules.\n\nKarim' },
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nCould you send me the internal design of the gain loop?\n\nKarim' },
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nCould you send me the measured output power, not the datasheet values?\n\nKarim' },
  { category: 'sensitive-request', text: 'Hoi Marloes,\n\nHet zou me echt helpen om jullie interne classificatienotitie voor beide modules te zien.\n\nKarim' },
  { category: 'sensitive-request', text: 'Hoi Marloes,\n\nKun je me het gemeten uitgangsvermogen sturen, niet de datasheetwaarden?\n\nKarim' },
  // Who holds rights on a system.
  { category: 'network-mapping', text: 'Sander,\n\nSame as in September please: the current list of accounts with rights on the tape-out share.\n\nL.' },
  { category: 'network-mapping', text: 'Sander,\n\nCould you send me whatever changed in the admin groups after the reorg?\n\nL.' },
  { category: 'network-mapping', text: 'Sander,\n\nKun je me weer de lijst sturen van accounts met rechten op de tape-out-share?\n\nL.' },
  { category: 'network-mapping', text: 'Sander,\n\nKun je me sturen wat er na de reorganisatie in de beheerdersgroepen veranderd is?\n\nL.' },
  // Where someone will be, and who meets behind closed doors.
  { category: 'network-mapping', text: 'Marloes,\n\nCould you send the CTO\'s Q1 travel plan and the attendee list for the February board offsite?\n\nD.' },
  { category: 'network-mapping', text: 'Marloes,\n\nCould you tell me which hotel your CTO stays at in San Francisco?\n\nD.' },
  { category: 'network-mapping', text: 'Marloes,\n\nKun je me het reisschema van Ruud voor Q1 sturen, en de deelnemerslijst van de directie-offsite?\n\nD.' },
  { category: 'network-mapping', text: 'Marloes,\n\nKun je me vertellen in welk hotel hij verblijft tijdens zijn reis naar de beurs?\n\nD.' },
  // A running contact's thanks, as before.
  { category: 'payment-offer', text: 'Marloes,\n\nCould you send the list again? Thank you is on its way as usual.\n\nD.' },
  { category: 'payment-offer', text: 'Marloes,\n\nKun je de lijst weer sturen? Het bedankje komt zoals gewoonlijk.\n\nD.' },
  // A contractor's way round the front door: no escort, another address for now, the door code.
  { category: 'secrecy', text: 'Hi Marloes,\n\nI will come alone, so no need to arrange an escort, I know the way by now.\n\nRob' },
  { category: 'secrecy', text: 'Hoi Marloes,\n\nIk kom alleen, dus geen begeleiding nodig, ik weet de weg inmiddels.\n\nRob' },
  { category: 'private-channel', text: 'Dear Marloes,\n\nI am covering for Jeroen, so please use this address for now.\n\nRob' },
  { category: 'private-channel', text: 'Beste Marloes,\n\nIk val in voor Jeroen, dus gebruik voorlopig dit adres.\n\nRob' },
  { category: 'sensitive-request', text: 'Dear Marloes,\n\nCould you send me the door code of the service corridor behind bay 2?\n\nRob' },
  { category: 'sensitive-request', text: 'Beste Marloes,\n\nKun je me de deurcode van de servicegang achter bay 2 sturen?\n\nRob' },
  // An organisation's own security record, whose access was withdrawn, and what someone's team really reached.
  { category: 'sensitive-request', text: 'Dear Ms Verhagen,\n\nCould you tell me how many suspected approaches your staff reported internally?\n\nDominic' },
  { category: 'sensitive-request', text: 'Beste mevrouw Verhagen,\n\nKunt u me vertellen hoeveel vermoedelijke benaderingen uw medewerkers intern hebben gemeld?\n\nDominic' },
  { category: 'network-mapping', text: 'Dear Ms Verhagen,\n\nIf you could also tell me which of your guest researchers had their access withdrawn, that would be gold.\n\nDominic' },
  { category: 'network-mapping', text: 'Beste mevrouw Verhagen,\n\nKunt u me vertellen welke gastonderzoekers hun toegang ingetrokken kregen na de screening van vorig jaar?\n\nDominic' },
  { category: 'sensitive-request', text: 'Dear Mr Hoekstra,\n\nOur client is keen to understand what overlay performance his team actually reached on the alignment sensor.\n\nOlivia' },
  { category: 'sensitive-request', text: 'Beste heer Hoekstra,\n\nOnze klant wil graag weten welke prestaties zijn team werkelijk haalde op de uitlijnsensor.\n\nOlivia' },
  { category: 'network-mapping', text: 'Dear Mr Hoekstra,\n\nIt would also help us to know which of his former colleagues worked on the same subsystem.\n\nOlivia' },
  // A named colleague kept off the copy line.
  { category: 'secrecy', text: 'Hi Marloes,\n\nNo need to copy Jeroen, he is busy enough with the tender.\n\nKarim' },
  { category: 'secrecy', text: 'Hoi Marloes,\n\nJe hoeft Jeroen niet in de cc te zetten, hij heeft het druk genoeg met de aanbesteding.\n\nKarim' },
  // Security material of the reader's own systems: keys, their rotation, the network's layout.
  { category: 'sensitive-request', text: 'Hi Joris,\n\nCould you bring the updated key rotation schedule for the ground stations?\n\nT.' },
  { category: 'sensitive-request', text: 'Hoi Joris,\n\nKun je het nieuwe sleutelrotatieschema van de grondstations meenemen?\n\nT.' },
  { category: 'sensitive-request', text: 'Hi Joris,\n\nCould you send me the firewall rules of the test network?\n\nT.' },
  { category: 'sensitive-request', text: 'Hoi Joris,\n\nZou je me de firewallregels van het testnetwerk kunnen sturen?\n\nT.' },
  // Steering off the work laptop, not only off work mail.
  { category: 'private-channel', text: 'Hi Joris,\n\nThursday works. Better not on the work laptop this time.\n\nT.' },
  { category: 'private-channel', text: 'Hoi Joris,\n\nDonderdag past. Liever niet op je werklaptop deze keer.\n\nT.' },
  // Standing payment terms: "I will settle it the same way".
  { category: 'payment-offer', text: 'Hi Joris,\n\nSame as in January, I will settle it the same way.\n\nT.' },
  { category: 'payment-offer', text: 'Hoi Joris,\n\nNet als in januari reken ik het op dezelfde manier af.\n\nT.' },
  // What an IP department holds before it is public.
  { category: 'sensitive-request', text: 'Hi Ilse,\n\nCould you send me the invention disclosure list of the first quarter?\n\nM.' },
  { category: 'sensitive-request', text: 'Hoi Ilse,\n\nKun je me de uitvindingsmeldingen van het eerste kwartaal sturen?\n\nM.' },
  // A note that names the thing under a standing routine of delivery asks for it.
  { category: 'sensitive-request', text: 'Ilse,\n\nQ1 disclosure list when you can, same format as December.\n\nM.' },
  { category: 'sensitive-request', text: 'Ilse,\n\nDe disclosurelijst van Q1 als het uitkomt, zelfde formaat als december.\n\nM.' },
  // Where the money goes, as before.
  { category: 'payment-offer', text: 'Ilse,\n\nTransfer goes to the same wallet as before once received.\n\nM.' },
  { category: 'payment-offer', text: 'Ilse,\n\nDe overboeking gaat naar dezelfde wallet als vorige keer.\n\nM.' },
  // A third party that pays: "my client pays you EUR 5,000".
  { category: 'payment-offer', text: 'Beste Jan,\n\nMijn klant betaalt je EUR 5.000 voor het bestand.\n\nAlex' },
  { category: 'payment-offer', text: 'Beste Jan,\n\nHet fonds biedt u 3.000 euro voor een korte notitie.\n\nAlex' },
  // Who came in when, under a standing thank-you.
  { category: 'network-mapping', text: 'Ruud,\n\nCould you send me the door logs of the cleanroom for March?\n\nM.' },
  { category: 'network-mapping', text: 'Ruud,\n\nKun je me de poortlog van gebouw P over maart sturen?\n\nM.' },
  { category: 'payment-offer', text: 'Ruud,\n\nSame as last time, and the usual thank-you from my side.\n\nM.' },
  { category: 'payment-offer', text: 'Ruud,\n\nZelfde als vorige keer, en het gebruikelijke bedankje van mijn kant.\n\nM.' },
  // An internal list or forecast, and what a listed company publishes only later.
  { category: 'sensitive-request', text: 'Marieke,\n\nCould you send me the internal forecast list for Q3?\n\nR.' },
  { category: 'sensitive-request', text: 'Marieke,\n\nKun je me de interne prognoselijst voor Q3 sturen?\n\nR.' },
  { category: 'sensitive-request', text: 'Marieke,\n\nCould you forward the draft investor presentation before Thursday?\n\nR.' },
  { category: 'sensitive-request', text: 'Marieke,\n\nZou je de voorlopige kwartaalcijfers alvast kunnen doorsturen?\n\nR.' },
  // How a line performs, summed up, and the rest of a standing payment.
  { category: 'sensitive-request', text: 'Sanne,\n\nCould you send me the yield summary of line 2 for March?\n\nJ.' },
  { category: 'sensitive-request', text: 'Sanne,\n\nKun je me het yieldoverzicht van lijn 2 over maart sturen?\n\nJ.' },
  { category: 'payment-offer', text: 'Sanne,\n\nThanks. The second half goes the usual way.\n\nJ.' },
  { category: 'payment-offer', text: 'Sanne,\n\nDank. De andere helft gaat op de gebruikelijke manier.\n\nJ.' },
  // A third party's want, a machine's unlock codes, a single internal file; round export control; the sender's own line.
  { category: 'sensitive-request', text: 'Omar here.\n\nThe end customer wants the service-level password and the internal calibration file for the detector.\n\nOmar' },
  { category: 'sensitive-request', text: 'Omar hier.\n\nDe eindklant wil het servicewachtwoord en het interne kalibratiebestand van de detector.\n\nOmar' },
  { category: 'secrecy', text: 'Hi Sander,\n\nBetter if this does not go through your export people; they only slow things down.\n\nOmar' },
  { category: 'secrecy', text: 'Hoi Sander,\n\nHet is beter als dit niet via jullie exportafdeling loopt, dat vertraagt alleen maar.\n\nOmar' },
  { category: 'private-channel', text: 'Hi Sander,\n\nEasier to call me on my own number in the evening, not the office line.\n\nOmar' },
  { category: 'private-channel', text: "Hoi Sander,\n\nBel me liever 's avonds op mijn eigen nummer, niet via de vaste lijn van kantoor.\n\nOmar" },
  // A contract's fine print asked for, and the standing payment as the sender's side of the deal.
  { category: 'sensitive-request', text: 'Hey Femke,\n\nCould you send me the new SLA and penalty matrix for the service contracts once it is final?\n\nBas' },
  { category: 'sensitive-request', text: 'Hoi Femke,\n\nKun je me de nieuwe SLA en de boetematrix van de servicecontracten sturen zodra die klaar is?\n\nBas' },
  { category: 'payment-offer', text: "Hey Femke,\n\nI'll sort out the usual on my side as soon as it's in.\n\nBas" },
  { category: 'payment-offer', text: 'Hoi Femke,\n\nIk regel het gebruikelijke aan mijn kant zodra het binnen is.\n\nBas' },
  // A stance asked for, not a job title.
  { category: 'sensitive-request', text: 'Hi Joris,\n\nCould you tell me your position on the tender for the new fab?\n\nAnders' },
  { category: 'sensitive-request', text: 'Hoi Joris,\n\nKun je me vertellen wat jullie positie in de aanbesteding voor de nieuwe fab is?\n\nAnders' },
  // What the reader's latest runs measured.
  { category: 'sensitive-request', text: 'Hi Annelies,\n\nCould you put the XRD and Hall measurements from the last three runs in the shared folder again?\n\nR.' },
  { category: 'sensitive-request', text: 'Hoi Annelies,\n\nKun je de XRD- en Hall-metingen van de laatste drie runs weer in de gedeelde map zetten?\n\nR.' },
  // "Instead of" on its own, not only after "rather": round compliance, off the company mail.
  { category: 'secrecy', text: 'Hi Sander,\n\nPlease send it to me directly, instead of through compliance.\n\nOmar' },
  { category: 'private-channel', text: 'Hi Sander,\n\nPlease write to me instead of via your company email.\n\nOmar' },
  // The standing payment as a thing that turns up, not as a deal named.
  { category: 'payment-offer', text: 'Hi Sanne,\n\nSame as last time, the usual will be there Friday.\n\nD.' },
  { category: 'payment-offer', text: 'Hoi Sanne,\n\nNet als vorige keer, het gebruikelijke ligt vrijdag weer klaar.\n\nD.' },
  // What a customer entrusted to the reader, and the drawing of the whole assembly.
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you send me the spec your customer gave you for the new module?\n\nKelvin' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je me de specificatie sturen die je klant je gaf voor de nieuwe module?\n\nKelvin' },
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you send me the chamber assembly drawing?\n\nKelvin' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je me de samenstellingstekening van de kamer sturen?\n\nKelvin' },
  // Off the work mail because it is watched, or a messenger set against this mail.
  { category: 'private-channel', text: 'Hi Sanne,\n\nNot by mail please, our IT keeps everything.\n\nKelvin' },
  { category: 'private-channel', text: 'Hoi Sanne,\n\nLiever niet per mail, onze IT bewaart alles.\n\nKelvin' },
  { category: 'private-channel', text: 'Hi Sanne,\n\nBetter to my WeChat (kt_88) than to this mail.\n\nKelvin' },
  { category: 'private-channel', text: 'Hoi Sanne,\n\nLiever naar mijn WeChat (kt_88) dan naar deze mail.\n\nKelvin' },
  // The sender's own promise to look after the reader.
  { category: 'payment-offer', text: 'Hi Sanne,\n\nI will take care of you when you visit Penang again.\n\nKelvin' },
  { category: 'payment-offer', text: 'Hoi Sanne,\n\nIk zorg goed voor je als je weer in Penang bent.\n\nKelvin' },
  // Reliability figures of the installed base, and a payment that waits for the delivery.
  { category: 'sensitive-request', text: 'Hi Eline,\n\nCould you send me the MTBF export per module for the Korean sites?\n\nRuben' },
  { category: 'sensitive-request', text: 'Hoi Eline,\n\nKun je me de MTBF-cijfers per module voor de Koreaanse sites sturen?\n\nRuben' },
  { category: 'payment-offer', text: 'Hi Eline,\n\nThe usual transfer will follow once I have it.\n\nRuben' },
  { category: 'payment-offer', text: 'Hoi Eline,\n\nDe gebruikelijke overboeking volgt zodra ik het heb.\n\nRuben' },
  // A side appointment abroad kept off the home institution's books, with the reader's own line to copy.
  { category: 'unverifiable-organisation', text: 'Dear Dr Hoogendijk,\n\nThe appointment is for scientists who keep their full position at home.\n\nOffice of Talent Recruitment' },
  { category: 'unverifiable-organisation', text: 'Geachte dr. Hoogendijk,\n\nDe aanstelling is voor wetenschappers die hun volledige aanstelling thuis behouden.\n\nBureau Talentwerving' },
  { category: 'secrecy', text: 'Dear Dr Hoogendijk,\n\nOur visiting scientists found it simpler not to register the appointment as a side activity.\n\nOffice of Talent Recruitment' },
  { category: 'secrecy', text: 'Geachte dr. Hoogendijk,\n\nOnze gastwetenschappers vonden het eenvoudiger de aanstelling niet als nevenwerkzaamheid te melden.\n\nBureau Talentwerving' },
  { category: 'sensitive-request', text: 'Dear Dr Hoogendijk,\n\nWe ask you to help us build a line comparable to the one you operate in Delft.\n\nOffice of Talent Recruitment' },
  { category: 'sensitive-request', text: 'Geachte dr. Hoogendijk,\n\nWij vragen u ons te helpen een lijn te bouwen die vergelijkbaar is met die u in Delft beheert.\n\nBureau Talentwerving' },
  // A one-liner's supplier ratings, sent to a private address and settled as before.
  { category: 'sensitive-request', text: 'Ilse,\n\nPlease send the updated supplier scorecard and who went on probation.\n\nR.' },
  { category: 'sensitive-request', text: 'Ilse,\n\nStuur graag de bijgewerkte leveranciersscorecard en wie onder verscherpt toezicht kwam.\n\nR.' },
  { category: 'private-channel', text: 'Ilse,\n\nTo this address, not the work one.\n\nR.' },
  { category: 'private-channel', text: 'Ilse,\n\nGraag naar dit adres, niet naar je werkadres.\n\nR.' },
  { category: 'payment-offer', text: 'Ilse,\n\nSettled the usual way at the end of the month.\n\nR.' },
  { category: 'payment-offer', text: 'Ilse,\n\nEind van de maand afgerekend op de gebruikelijke manier.\n\nR.' },
  // A journalist asking off the record who the customers are and what the tool really does.
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nCould you tell me which customers they are and what the tool is actually doing on the floor?\n\nDan' },
  { category: 'sensitive-request', text: 'Hoi Marloes,\n\nKun je me vertellen welke klanten het zijn en wat de tool in de praktijk echt doet?\n\nDan' },
  { category: 'secrecy', text: "Hi Marloes,\n\nPurely for background and not for attribution: I won't print the names.\n\nDan" },
  { category: 'secrecy', text: 'Hoi Marloes,\n\nPuur als achtergrond en zonder bronvermelding: ik noem geen namen.\n\nDan' },
  // How the reader's own office really screens, and the staff's phishing figures, asked of a security person.
  { category: 'sensitive-request', text: 'Dear Professor,\n\nWould you write for us which criteria your screening committee really weighs, with your internal checklists?\n\nAdrian' },
  { category: 'sensitive-request', text: 'Geachte professor,\n\nZou u voor ons beschrijven welke criteria uw screeningscommissie werkelijk hanteert, met uw interne checklists?\n\nAdrian' },
  { category: 'sensitive-request', text: 'Dear Ms Verbeek,\n\nCould you send me the click rates of your last three phishing simulations, per department?\n\nLotte' },
  { category: 'sensitive-request', text: 'Beste mevrouw Verbeek,\n\nZou u mij de klikpercentages van uw laatste drie phishingsimulaties kunnen sturen, per afdeling?\n\nLotte' },
  { category: 'secrecy', text: 'Beste mevrouw Verbeek,\n\nHet is misschien handig om het niet via uw communicatieafdeling te laten lopen.\n\nLotte' },
  // Half the money now, the rest when the material arrives; and a surprise that is the reader's own.
  { category: 'payment-offer', text: "Hi Ruud,\n\nI'll transfer half now, the rest once I have the files.\n\nLi" },
  { category: 'payment-offer', text: 'Hoi Ruud,\n\nDe helft maak ik nu over, de rest zodra ik de bestanden heb.\n\nLi' },
  { category: 'secrecy', text: 'Hoi Ruud,\n\nEr staat een verrassing voor je klaar. Houd dit wel onder ons, ook tegenover je leidinggevende.\n\nLi' },
  { category: 'secrecy', text: "Hi Ruud,\n\nThere is a surprise waiting for you. Keep this between us, your manager included.\n\nLi" },
  // What was shown only in a visit's closed session, the people around the speaker, and a wish asked without a verb.
  { category: 'sensitive-request', text: 'Dear Femke,\n\nCould you send us the slides that Dr. Brouwer showed in the closed session?\n\nLi' },
  { category: 'sensitive-request', text: 'Beste Femke,\n\nKunt u ons de slides sturen die dr. Brouwer liet zien in de besloten sessie?\n\nLi' },
  { category: 'sensitive-request', text: 'Dear Femke,\n\nCould you send us the slides, even though they were not in the public part of the programme?\n\nLi' },
  { category: 'sensitive-request', text: 'Beste Femke,\n\nKunt u ons de slides sturen, ook al zaten ze niet in het openbare deel van het programma?\n\nLi' },
  { category: 'sensitive-request', text: 'Dear Femke,\n\nThe version with the cryogenic test results would be best.\n\nLi' },
  { category: 'sensitive-request', text: 'Beste Femke,\n\nDe versie met de cryogene testresultaten zou het mooist zijn.\n\nLi' },
  { category: 'network-mapping', text: 'Dear Femke,\n\nAlso, if possible, the list of the other researchers in his group.\n\nLi' },
  { category: 'network-mapping', text: 'Beste Femke,\n\nOok, indien mogelijk, de lijst van de andere onderzoekers in zijn groep.\n\nLi' },
  // The full dataset instead of the public one, known to be bound by the partner agreement.
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you send me the full set, not the downsampled public one?\n\nArman' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je me de volledige set sturen, niet de uitgedunde openbare versie?\n\nArman' },
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you send me the full lidar set? I understand it is under the partner agreement.\n\nArman' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je me de volledige lidarset sturen? Ik begrijp dat die onder de partnerovereenkomst valt.\n\nArman' },  // Someone above the reader kept out of it, named with a title.
  { category: 'secrecy', text: 'Hi Marleen,\n\nNo need to bother Prof. de Wilde with it, he is so busy.\n\nYusuf' },
  { category: 'secrecy', text: 'Hoi Marleen,\n\nJe hoeft prof. De Wilde er niet mee lastig te vallen, hij heeft het zo druk.\n\nYusuf' },
  // What other users of a shared facility left with the reader.
  { category: 'sensitive-request', text: 'Hi Marleen,\n\nCould you also send me the other users\' datasets from last year?\n\nYusuf' },
  { category: 'sensitive-request', text: 'Hoi Marleen,\n\nKun je me ook de datasets van de andere gebruikers van vorig jaar sturen?\n\nYusuf' },  // Standing terms said with a verb in a running contact.
  { category: 'payment-offer', text: 'Hi Sanne,\n\nCould you send the sea-trial results from October? Then I\'ll settle it as before.\n\nRuud' },
  { category: 'payment-offer', text: 'Hoi Sanne,\n\nKun je de meetresultaten van oktober sturen? Dan regel ik het weer zoals de vorige keer.\n\nRuud' },
  // What a test suite catches.
  { category: 'sensitive-request', text: 'Hi Daan,\n\nCould you send the failure cases from the December regression runs?\n\nMei' },
  { category: 'sensitive-request', text: 'Hoi Daan,\n\nKun je de faalgevallen uit de regressieruns van december sturen?\n\nMei' },
  // The data a model learnt from, named by that.
  { category: 'sensitive-request', text: 'Hi Daan,\n\nCould I use the labelled set your model was trained on?\n\nYusuf' },
  { category: 'sensitive-request', text: 'Hoi Daan,\n\nZou ik de gelabelde set kunnen gebruiken waar jullie model op getraind is?\n\nYusuf' },
  // Who built something, in the perfect tense.
  { category: 'network-mapping', text: 'Hi Daan,\n\nWho on your side built the link with the foundry?\n\nYusuf' },
  { category: 'network-mapping', text: 'Hoi Daan,\n\nWie bij jullie heeft de koppeling gebouwd?\n\nYusuf' },  // The next delivery of a standing one, and which customer got what.
  { category: 'sensitive-request', text: 'Hi Ingrid,\n\nSame as in October please: which boards came in this quarter?\n\nR.' },
  { category: 'sensitive-request', text: 'Hoi Ingrid,\n\nNet als in oktober graag: welke borden er dit kwartaal binnenkwamen.\n\nR.' },
  // How far a figure the company keeps to itself fell.
  { category: 'sensitive-request', text: 'Hi Joost,\n\nCould you tell me how far the yield has dropped?\n\nRuben' },
  { category: 'sensitive-request', text: 'Hoi Joost,\n\nKun je zeggen hoe ver de opbrengst is gezakt?\n\nRuben' },
  // What the reader's latest cycles measured.
  { category: 'sensitive-request', text: 'Hi Marieke,\n\nCould you send the results of the last thermal cycles?\n\nRuben' },
  { category: 'sensitive-request', text: 'Hoi Marieke,\n\nKun je de resultaten van de laatste thermische cycli sturen?\n\nRuben' },
  // A gift voucher sent earlier.
  { category: 'payment-offer', text: 'Hi Ingrid,\n\nThe book voucher should have reached you before Christmas.\n\nR.' },
  { category: 'payment-offer', text: 'Hoi Ingrid,\n\nDe boekenbon moet je voor de kerst hebben ontvangen.\n\nR.' },
  // A journalist's promise that the reader stays unnamed.
  { category: 'secrecy', text: "Hi Joost,\n\nI won't name you; you will only be a source in the fab.\n\nRuben" },
  { category: 'secrecy', text: 'Hoi Joost,\n\nJouw naam komt er niet in, ik noem alleen een bron in de fabriek.\n\nRuben' },
  // Who holds rights, with words in between.
  { category: 'network-mapping', text: 'Hoi Joris,\n\nGraag ook wie er sinds de reorganisatie beheerrechten op de servers heeft.\n\nMaarten' },  // An internal report brought along.
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you bring the internal report of the outage?\n\nBram' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je het interne verslag van de storing meenemen?\n\nBram' },
  // An account for outsiders to keep looking around with.
  { category: 'sensitive-request', text: 'Dear Mr Hoekstra,\n\nCould you create a test account that we can keep using after the symposium?\n\nIrina' },
  { category: 'sensitive-request', text: 'Beste heer Hoekstra,\n\nZou u een testaccount kunnen aanmaken dat wij ook na het symposium mogen gebruiken?\n\nIrina' },
  // A trip's costs said to be on the host.
  { category: 'hospitality', text: 'Dear Mr Hoekstra,\n\nYour flights, hotel and evening programme are of course on us.\n\nIrina' },
  { category: 'hospitality', text: "Beste heer Hoekstra,\n\nUw vliegreis, hotel en de avondprogramma's zijn uiteraard voor onze rekening.\n\nIrina" },
  // The papers of an internal meeting.
  { category: 'sensitive-request', text: 'Hi Pieter,\n\nCould you send the papers of last week\'s steering group again?\n\nRuslan' },
  { category: 'sensitive-request', text: 'Hoi Pieter,\n\nKun je de stukken van de stuurgroep van afgelopen week ook weer sturen?\n\nRuslan' },
  // Where machines go in or are upgraded.
  { category: 'sensitive-request', text: 'Joris,\n\nSame as in January please: the list of installs and upgrades for the second quarter.\n\nA.' },
  { category: 'sensitive-request', text: 'Joris,\n\nZelfde als in januari graag: het lijstje met installaties en upgrades voor het tweede kwartaal.\n\nA.' },
  // Who holds a task now at a customer.
  { category: 'network-mapping', text: 'Joris,\n\nAnd could you tell me who does the purchasing at Kulim now, since that reorganisation?\n\nA.' },
  { category: 'network-mapping', text: 'Joris,\n\nEn laat je weten wie er bij Kulim nu de inkoop doet sinds die reorganisatie?\n\nA.' },
  // Someone above the reader kept out of it, in the passive.
  { category: 'secrecy', text: 'Hi Joris,\n\nCould you leave a copy on our tool PC? Management does not need to be bothered at this stage.\n\nWei Jie' },
  { category: 'secrecy', text: 'Hoi Joris,\n\nKun je een kopie op onze tool-pc zetten? De directie hoeft er nog niet mee lastiggevallen te worden.\n\nWei Jie' },
  // A chip's tuned tables.
  { category: 'sensitive-request', text: 'Hi,\n\nTop. And the new clock tables as well, please.\n\nErik' },
  { category: 'sensitive-request', text: 'Hi,\n\nTop. En die nieuwe kloktabellen dan ook gelijk graag.\n\nErik' },
  // The files a test run left.
  { category: 'sensitive-request', text: 'Hi,\n\nCould you zip the new files from the module tests when they are in?\n\nJ.' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je de logs van de laatste tests sturen als ze binnen zijn?\n\nJ.' },
  // The address of last time, set against the work one.
  { category: 'private-channel', text: 'Hi,\n\nZip them and send here rather than the work address.\n\nJ.' },
  { category: 'private-channel', text: 'Hoi,\n\nStuur maar weer naar dit adres.\n\nRob' },
  { category: 'private-channel', text: 'Hoi,\n\nGraag naar mijn thuisadres en niet via dat andere.\n\nRuud' },
  // The route of last time.
  { category: 'private-channel', text: 'Hi,\n\nSame route as before, please.\n\nD.' },
  { category: 'private-channel', text: 'Hi,\n\nOp dezelfde manier als in januari graag.\n\nD.' },
  // The sender's side of a standing deal.
  { category: 'payment-offer', text: 'Hi,\n\nI\'ll take care of my end like last time.\n\nJ.' },
  { category: 'payment-offer', text: 'Hoi,\n\nDe rest regel ik net als toen.\n\nRob' },
  // The lines between people, and who came in.
  { category: 'network-mapping', text: 'Hi,\n\nCould you do the metrology side? The new names since the summer, who reports to whom.\n\nD.' },
  { category: 'network-mapping', text: 'Hoi,\n\nLukt het deze week met het lijstje van de nieuwe mensen bij de bron? En wie aan wie rapporteert?\n\nRuud' },
  // Who may enter a restricted room.
  { category: 'network-mapping', text: 'Hi,\n\nDo you have the new overview of who has been allowed into the restricted lab since September?\n\nRob' },
  { category: 'network-mapping', text: 'Hoi,\n\nHeb je het nieuwe overzicht al van wie er sinds september op het afgeschermde lab mag?\n\nRob' },
  // Who else to go to.
  { category: 'network-mapping', text: 'Hi,\n\nIs there anyone else in Henk\'s group I should talk to, e.g. whoever does the readout electronics?\n\nHannah' },
  { category: 'network-mapping', text: 'Hoi,\n\nMet wie in Henks groep zou ik nog moeten praten?\n\nHannah' },
  // Hiring, merging and trials not yet announced.
  { category: 'sensitive-request', text: 'Hi,\n\nCould you tell me how many people you\'re planning to bring into the source group this year?\n\nPriya' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je me vertellen hoeveel mensen jullie dit jaar willen aannemen in de brongroep?\n\nPriya' },
  { category: 'sensitive-request', text: 'Hi,\n\nWhen is the field trial pencilled in, roughly?\n\nHannah' },
  { category: 'sensitive-request', text: 'Hi,\n\nWanneer staat de veldproef ongeveer ingepland?\n\nHannah' },
  // What the reader runs today, beside the paper.
  { category: 'sensitive-request', text: 'Hi,\n\nWould you mind sending me what you actually run today?\n\nDaniel' },
  { category: 'sensitive-request', text: 'Hoi,\n\nZou je me willen sturen wat jullie nu echt draaien?\n\nDaniel' },
  // Kept out of the shared record.
  { category: 'secrecy', text: 'Hi,\n\nI\'d rather it doesn\'t end up in the TF archive where 40 people can open it.\n\nDaniel' },
  { category: 'secrecy', text: 'Hoi,\n\nIk heb liever niet dat het in het archief van de werkgroep belandt.\n\nDaniel' },
  // Whoever pays keeps out of sight.
  { category: 'unverifiable-organisation', text: 'Hi,\n\nThe group I\'m putting this together for would rather stay in the background.\n\nHannah' },
  { category: 'unverifiable-organisation', text: 'Hoi,\n\nDe opdrachtgever blijft liever op de achtergrond.\n\nHannah' },
  // A hand-over or a meeting kept off company systems and premises.
  { category: 'private-channel', text: 'Hi,\n\nCould you do the October margin sheet the same way as September?\n\nY.' },
  { category: 'private-channel', text: 'Hi,\n\nNet als vorig jaar, zelfde weg.\n\nRay' },
  { category: 'private-channel', text: 'Hi,\n\nPlease just send it here to my own address.\n\nRob' },
  { category: 'private-channel', text: 'Hi,\n\nBring the margins on paper, like last time.\n\nPieter' },
  { category: 'private-channel', text: 'Hoi,\n\nNeem je de marges mee, net als de vorige keer op papier?\n\nPieter' },
  { category: 'private-channel', text: 'Hi,\n\nShall we have lunch away from both offices next week?\n\nChen' },
  { category: 'private-channel', text: 'Hoi,\n\nZullen we volgende week lunchen weg van beide kantoren?\n\nChen' },
  { category: 'private-channel', text: 'Hi,\n\nPerhaps somewhere quieter next time?\n\nChen' },
  { category: 'private-channel', text: 'Hi,\n\nVolgende keer misschien ergens rustiger?\n\nChen' },
  // What the company earns, owes and plans.
  { category: 'sensitive-request', text: 'Hi,\n\nCould you do the October margin sheet?\n\nY.' },
  { category: 'sensitive-request', text: 'Hoi,\n\nNeem je de marges per productlijn mee?\n\nPieter' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send me the management letter from the auditors for 2024?\n\nRob' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je me de managementletter van de accountant sturen?\n\nRob' },
  { category: 'sensitive-request', text: 'Hi,\n\nDo you have the numbers from your own forecast?\n\nBas' },
  { category: 'sensitive-request', text: 'Hoi,\n\nHeb je de getallen uit jullie eigen forecast?\n\nBas' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you tell me which platforms are coming in the next two years?\n\nMonique' },
  { category: 'sensitive-request', text: 'Hoi,\n\nWeet je welke platforms er de komende twee jaar aankomen?\n\nMonique' },
  { category: 'sensitive-request', text: 'Hoi,\n\nStuur je de planning van de voorjaarstochten weer door?\n\nRay' },
  { category: 'sensitive-request', text: 'Hi,\n\nWould you still have the sheet with what failed on each run?\n\nMartin' },
  // Who may open what, who logs in, who comes along, whom a director sees.
  { category: 'network-mapping', text: 'Hi,\n\nCould you send the names, roles and which of the datasets each account can open?\n\nD.' },
  { category: 'network-mapping', text: 'Hoi,\n\nKun je sturen welke datasets elk account kan openen?\n\nD.' },
  { category: 'network-mapping', text: 'Hi,\n\nCould you tell me who logs in and at what times?\n\nRuud' },
  { category: 'network-mapping', text: 'Hoi,\n\nKun je laten zien wie er inlogt en op welke tijden?\n\nRuud' },
  { category: 'network-mapping', text: 'Hi,\n\nAnd could you tell me who goes along this time?\n\nRay' },
  { category: 'network-mapping', text: 'Hoi,\n\nEn laat je weten wie er dit keer meegaan?\n\nRay' },
  { category: 'network-mapping', text: 'Hi,\n\nCould you send the export with the names of the visitors?\n\nYvonne' },
  { category: 'network-mapping', text: 'Hoi,\n\nKun je de export sturen met de namen van de bezoekers?\n\nYvonne' },
  // Round the department that handles it.
  { category: 'secrecy', text: 'Hoi,\n\nHoeft echt niet via jullie marketingafdeling.\n\nBas' },
  // A running contact's next delivery: to this box, not the office one; the stick brought along.
  { category: 'private-channel', text: 'Hi,\n\nSame as October please, to this address.\n\nR.' },
  { category: 'private-channel', text: 'Hi,\n\nNovember\'s when you get a chance? Here, not the office one.\n\nR.' },
  { category: 'private-channel', text: 'Hoi,\n\nNeem je het stickje mee? Net als in juni.\n\nMirjam' },
  { category: 'sensitive-request', text: 'Hi,\n\nWhen the Q1 install base list is done, same as September works for me.\n\nD.' },
  // Who was given rights, and what changed on the reader's own systems.
  { category: 'network-mapping', text: 'Hi,\n\nCould you send the group memberships as of Friday, plus who was added since April?\n\nG.' },
  { category: 'network-mapping', text: 'Hoi,\n\nKun je de groepslidmaatschappen sturen, en wie er sinds april is toegevoegd?\n\nG.' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je laten zien wat er aan de firewall veranderd is?\n\nMirjam' },
  // A hand-over at the usual place, to this address, round the portal.
  { category: 'private-channel', text: 'Hoi,\n\nZelfde plek als in september, half 7?\n\nErik' },
  { category: 'private-channel', text: 'Hoi,\n\nNeem je dan de nieuwe uitdraai mee?\n\nErik' },
  { category: 'private-channel', text: 'Hoi,\n\nGewoon naar dit adres, niet naar kantoor.\n\nRuud' },
  { category: 'private-channel', text: 'Hi,\n\nCould you send the draft to this address rather than through the project portal?\n\nMarek' },
  { category: 'secrecy', text: 'Hi,\n\nNo need to turn it into a thing with your supervisor.\n\nMarek' },
  // What each customer takes, what only staff read, a draft for the funder, a customer's changed spec.
  { category: 'sensitive-request', text: 'Hoi,\n\nNeem je de starts per klant voor Q1 mee?\n\nErik' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you bring the starts per customer for Q1?\n\nErik' },
  { category: 'sensitive-request', text: 'Hoi,\n\nLukt het om de interne weekbrief van deze week door te zetten?\n\nRuud' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you forward this week\'s internal staff bulletin?\n\nRuud' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send the interim report for the ministry?\n\nMarek' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send whatever changed in the customer\'s revised spec?\n\nD.' },
  // Round the gatekeepers and the route, and a source kept out of sight (session 26).
  { category: 'secrecy', text: 'Hoi,\n\nInkoop hoeft er nog niet bij, dat maakt het alleen stroperig.\n\nWim' },
  { category: 'secrecy', text: 'Hoi,\n\nIk zou het voorlopig niet via inkoop laten lopen.\n\nWim' },
  { category: 'secrecy', text: 'Hoi,\n\nVia het klantportaal duurt het maanden, dus stuur het gerust rechtstreeks.\n\nWim' },
  { category: 'secrecy', text: 'Hoi,\n\nHet komt nooit bij jou terug, beloofd.\n\nLot' },
  { category: 'secrecy', text: "Hi,\n\nProcurement doesn't need to see this yet.\n\nWim" },
  { category: 'secrecy', text: 'Hi,\n\nGoing through purchasing would take months, so just send it over.\n\nWim' },
  { category: 'secrecy', text: "Hi,\n\nIt won't come back to you, I promise.\n\nLot" },
  // The box of last time, and a stick that leaves no trace.
  { category: 'private-channel', text: 'Hi,\n\nSame again for March please. Here, not to the office one.\n\nT.' },
  { category: 'private-channel', text: 'Hi,\n\nThanks. Home address again is best.\n\nG' },
  { category: 'private-channel', text: 'Hoi,\n\nKun je die van maart ook weer doorzetten? Hierheen graag, niet naar je werkadres.\n\nB.' },
  { category: 'private-channel', text: 'Hoi,\n\nNeem je ze zaterdag mee? Een stickje is ook prima.\n\nR.' },
  // An export of how a system is set up, what the employer pays per piece, who may open what.
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send me an export of the current configuration of the badge readers?\n\nMark' },
  { category: 'sensitive-request', text: 'Hoi,\n\nZou je een export uit jullie toegangsbeheersysteem kunnen sturen?\n\nMark' },
  { category: 'sensitive-request', text: 'Hi,\n\nDo you know roughly what you pay per wafer for the substrates?\n\nBas' },
  { category: 'sensitive-request', text: 'Hoi,\n\nWeet je wat jullie per stuk betalen voor die lenzen?\n\nBas' },
  { category: 'sensitive-request', text: 'Hoi,\n\nDaarvoor zou het heel fijn zijn als je me de ruwe testrapporten stuurt.\n\nMark' },
  { category: 'network-mapping', text: 'Hoi,\n\nStuur je de lijst? Dan zie ik meteen wie waar bij mag.\n\nMark' },
  { category: 'network-mapping', text: 'Hi,\n\nCould you send the list, so I can see who can open which share?\n\nMark' },
  // Off the company's server, here as last time, not in writing; colleagues' pay, customers' qualification, what the
  // service engineers wrote, and the official route that gives only the public side (session 26, second round).
  { category: 'private-channel', text: 'Hoi,\n\nKun je de nieuwe roosters doorsturen? Vanaf je eigen adres graag, dan loopt het niet via jullie server.\n\nM.' },
  { category: 'private-channel', text: 'Hi,\n\nCould you send the new rosters from your own address, so it does not go through your server?\n\nM.' },
  { category: 'private-channel', text: 'Hi,\n\nThanks. Just here, like last time.\n\nB.' },
  { category: 'private-channel', text: 'Hoi,\n\nDank. Gewoon hierheen, net als vorige keer.\n\nB.' },
  { category: 'private-channel', text: 'Hoi,\n\nHoeft niet op papier hoor, bel me gewoon even.\n\nBas' },
  { category: 'private-channel', text: "Hi,\n\nNo need to put it in writing, just call me.\n\nBas" },
  { category: 'secrecy', text: 'Hoi,\n\nHierbij het overzicht. Wel even voor jezelf houden.\n\nIlse' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you pull the pay review export for the analog team: grade, base, bonus percentage?\n\nTom' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je de nieuwe salarisschalen doorsturen als ze definitief zijn?\n\nMarieke' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you tell me which carmakers are qualifying the new module?\n\nBas' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je me vertellen wanneer ze denken in productie te gaan?\n\nBas' },
  { category: 'sensitive-request', text: "Hi,\n\nCould you forward the field engineer's notes on that failure?\n\nMartin" },
  { category: 'sensitive-request', text: 'Hoi,\n\nAls jij de notities van de monteur kunt doorsturen, kijk ik ernaar.\n\nMartijn' },
  { category: 'sensitive-request', text: 'Hi,\n\nFrom your investor relations I only get the annual report. Could you walk me through the pipeline?\n\nBas' },
  { category: 'sensitive-request', text: 'Hoi,\n\nBij jullie investor relations krijg ik alleen het jaarverslag. Kun je me de pijplijn eens uitleggen?\n\nBas' },
  // Here again, this box and not the other; the host and security left out, a description made vaguer; a photo of an
  // internal overview (session 26, third round).
  { category: 'private-channel', text: 'Hoi,\n\nDe planning graag weer hierheen zodra hij rond is.\n\nM.' },
  { category: 'private-channel', text: 'Hi,\n\nThe weekly sheet please, to this address not the other one.\n\nD.' },
  { category: 'secrecy', text: 'Hi,\n\nThere is no need to bother your security colleagues about the wording.\n\nChen' },
  { category: 'secrecy', text: 'Hi,\n\nPlease send it straight to me and not through the host professor.\n\nChen' },
  { category: 'secrecy', text: "Hi,\n\nCould you replace the lab's name by something general?\n\nChen" },
  { category: 'secrecy', text: 'Hi,\n\nDetailed descriptions only cause extra questions at the consulate.\n\nChen' },
  { category: 'secrecy', text: 'Hoi,\n\nKun je de naam van het lab vervangen door iets algemeens?\n\nChen' },
  { category: 'secrecy', text: 'Hoi,\n\nGedetailleerde omschrijvingen geven alleen maar vragen bij het consulaat.\n\nChen' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you take a quick photo of the planning screen?\n\nErik' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je niet even een foto maken van dat overzicht?\n\nErik' },
  // Past the register and the one who signs, who takes over a role, whether a tape-out holds, a stick as the standing
  // route (session 26, fourth round).
  { category: 'secrecy', text: 'Hoi,\n\nHaal ons bij de zij-ingang op, dan hoeven de namen niet in het bezoekerssysteem.\n\nSander' },
  { category: 'secrecy', text: 'Hoi,\n\nHet hoeft niet in het uitleenboek hoor.\n\nLukas' },
  { category: 'secrecy', text: 'Hoi,\n\nKun jij dat regelen zonder dat Ellen ervoor hoeft te tekenen?\n\nSander' },
  { category: 'secrecy', text: 'Hoi,\n\nIk zou Ilse er niet mee lastigvallen.\n\nLukas' },
  { category: 'secrecy', text: "Hi,\n\nPick us up at the side entrance, then the names don't have to go into the visitor system.\n\nSander" },
  { category: 'secrecy', text: 'Hi,\n\nCould you arrange it without Ellen having to sign for it?\n\nSander' },
  { category: 'sensitive-request', text: "Hoi,\n\nKunnen ze een paar foto's van het bedieningsscherm maken?\n\nSander" },
  { category: 'sensitive-request', text: 'Hoi,\n\nGaat de tape-out van Q3 nog door?\n\nNiels' },
  { category: 'sensitive-request', text: 'Hi,\n\nIs the Q3 tape-out still on?\n\nNiels' },
  { category: 'network-mapping', text: 'Hoi,\n\nWeet je wie Joost opvolgt als projectleider?\n\nNiels' },
  { category: 'network-mapping', text: 'Hi,\n\nDo you know who replaces Joost as project lead?\n\nNiels' },
  { category: 'private-channel', text: 'Hoi,\n\nZet je de planning weer op een stickje?\n\nPeter' },
  { category: 'private-channel', text: 'Hi,\n\nCould you put it on a stick again?\n\nPeter' },
  { category: 'secrecy', text: 'Hi Tom,\n\nGoing through HR would take months, so could you just send me the list?\n\nMark' },
  { category: 'secrecy', text: 'Hoi Lisa,\n\nAls we het via de security-afdeling doen kost het maanden.\n\nBram' },
  { category: 'secrecy', text: 'Hi,\n\nJust sign him in as one of your service engineers on Friday.\n\nDave' },
  { category: 'secrecy', text: 'Hoi,\n\nMeld hem gewoon aan als een van jouw stagiairs.\n\nKees' },
  { category: 'secrecy', text: 'Hoi,\n\nDat gedoe met de screening laten we gewoon zitten.\n\nKees' },
  { category: 'secrecy', text: 'Hi,\n\nNobody will notice on a Sunday morning.\n\nDave' },
  { category: 'private-channel', text: "Hi,\n\nI'd rather you didn't log it in the service desk; just mail me back.\n\nDave" },
  { category: 'private-channel', text: 'Hoi,\n\nZet het liever niet via het klantportaal, mail het gewoon.\n\nKees' },
  { category: 'private-channel', text: 'Hi,\n\nJust slip a couple in your backpack when you leave.\n\nDave' },
  { category: 'private-channel', text: 'Hoi,\n\nSteek er een paar in je rugzak als je weggaat.\n\nKees' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send me the alarm limits for the cleanroom?\n\nDave' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je de alarmgrenzen uit het gebouwbeheersysteem sturen?\n\nKees' },
  { category: 'private-channel', text: 'Hi,\n\nThe Q3 figures when you can. This address, not the other one.\n\nPeter' },
  { category: 'private-channel', text: 'Hoi,\n\nDe cijfers van Q3 graag. Hierheen, niet naar dat andere.\n\nKees' },
  { category: 'private-channel', text: "Hi,\n\nA printout is fine, I'll collect it on Friday.\n\nPeter" },
  { category: 'private-channel', text: 'Hoi,\n\nUitgeprint is prima, ik haal het vrijdag op.\n\nKees' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send me the pending invention disclosures for the sensor line?\n\nPeter' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je mij jullie FTO-analyse voor de nieuwe module sturen?\n\nKees' },
  { category: 'network-mapping', text: 'Hi,\n\nWho took over the customer accounts after Jan retired?\n\nPeter' },
  { category: 'network-mapping', text: 'Hoi,\n\nWie doet de klantdossiers van Jan nu hij met pensioen is?\n\nKees' },
  { category: 'secrecy', text: "Hi,\n\nI know it's not strictly allowed, but nobody will mind.\n\nPeter" },
  { category: 'secrecy', text: 'Hoi,\n\nIk weet dat het eigenlijk niet de bedoeling is, maar het blijft tussen ons.\n\nKees' },
  { category: 'secrecy', text: 'Hoi,\n\nDat hoeft niet via de formele route, stuur het maar.\n\nKees' },
  { category: 'secrecy', text: "Hi,\n\nNo need to go through official channels, just send it.\n\nPeter" },
  { category: 'private-channel', text: 'Hoi,\n\nVrijdag zelfde plek, bij de fietsenstalling.\n\nKees' },
  { category: 'private-channel', text: "Hi,\n\nSame spot as usual, by the petrol station on Friday.\n\nPeter" },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you lend me one of the spare boards from the qualification run?\n\nPeter' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je het testbord van de kwalificatie even meenemen?\n\nKees' },
  { category: 'secrecy', text: "Hi,\n\nNobody will miss it, it's been in the cupboard for a year.\n\nPeter" },
  { category: 'secrecy', text: 'Hoi,\n\nNiemand mist het, het ligt al een jaar in de kast.\n\nKees' },
  { category: 'secrecy', text: "Hi,\n\nCould you send it without going through the access committee?\n\nPeter" },
  { category: 'secrecy', text: 'Hoi,\n\nDat hoeft niet officieel, een foto is genoeg.\n\nKees' },
  { category: 'secrecy', text: "Hi,\n\nI'll bring him along as my driver, so there's no need for a form.\n\nPeter" },
  { category: 'sensitive-request', text: "Hi,\n\nCan he come in on your badge for an hour?\n\nPeter" },
  { category: 'network-mapping', text: 'Hoi,\n\nWie waren er vorige week bij jullie op bezoek voor de demo?\n\nKees' },
  { category: 'private-channel', text: 'Hoi,\n\nIk sta vrijdag weer bij het station, zoals altijd.\n\nKees' },
  { category: 'sensitive-request', text: "Hi,\n\nCould you send me the audit findings on the supplier process?\n\nPeter" },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je mij de bevindingen uit het auditrapport sturen?\n\nKees' },
  { category: 'sensitive-request', text: "Hi,\n\nCould you export the firewall rules for the lab segment?\n\nPeter" },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je mij jullie externe IP-reeksen sturen?\n\nKees' },
  { category: 'secrecy', text: "Hi,\n\nPlease don't copy compliance on this one.\n\nPeter" },
  { category: 'private-channel', text: 'Hoi,\n\nNeem je die ordner mee? Dan kijken we er bij mij thuis naar.\n\nKees' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je de logs van de meetopstelling van vorige week sturen?\n\nKees' },
  { category: 'sensitive-request', text: "Hi,\n\nCould you send the full annex? I know your colleague marked it internal only, but we need it.\n\nPeter" },
  { category: 'network-mapping', text: "Hi,\n\nCould you give me the names and roles of the team members on the radar project?\n\nPeter" },
  { category: 'network-mapping', text: 'Hoi,\n\nWie zitten er in het projectteam van de radar?\n\nKees' },
  { category: 'secrecy', text: 'Hoi,\n\nLaten we dit onderling regelen en niet via de afdeling.\n\nKees' },
  { category: 'sensitive-request', text: 'Hoi,\n\nKan zij de eerste week niet gewoon met jouw pas mee naar binnen?\n\nKees' },
  { category: 'sensitive-request', text: 'Hoi,\n\nStuur je de lijst met retouren per klant van dit kwartaal?\n\nKees' },
  { category: 'sensitive-request', text: "Hi,\n\nCould you send the complaints by customer for last quarter?\n\nPeter" },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je de afmetingen van de nieuwe cryostaat sturen?\n\nKees' },
  { category: 'sensitive-request', text: "Hi,\n\nCould you send me your VLAN layout and the firewall exceptions?\n\nPeter" },
  { category: 'sensitive-request', text: 'Hoi,\n\nKun je de recepten van de andere bedrijven op de tool doorsturen?\n\nKees' },
  { category: 'network-mapping', text: 'Hoi,\n\nKun je de onderzoekers vragen die bij jullie aan de nieuwe sensor werken?\n\nKees' },
  { category: 'secrecy', text: 'Hoi,\n\nGraag zonder die hele registratie, dan hoeft de receptie er niets van te weten.\n\nKees' },
  { category: 'private-channel', text: 'Hoi,\n\nStuur het net als vorige keer, dus niet vanaf je werkadres.\n\nKees' },
  { category: 'sensitive-request', text: 'Hoi,\n\nOm de support klaar te zetten heb ik nog een paar dingen nodig:\n- een overzicht van jullie netwerksegmenten\n- de huidige firewall-uitzonderingen\n\nErik' },
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nFrom the admin menu:\n\n1. System > Users > export all users with their role\n2. System > Audit trail > export the last 90 days\n\nNiels' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nVia het beheermenu:\n\n1. Beheer > Gebruikers > exporteer alle gebruikers met hun rol\n2. Beheer > Audittrail > exporteer de laatste 90 dagen\n\nNiels' },
  { category: 'sensitive-request', text: 'Hoi Daan,\n\nZou je me het laatste checkpoint kunnen sturen, plus de config erbij?\n\nBram' },
  { category: 'sensitive-request', text: 'Hi Daan,\n\nCould you send me your latest checkpoint plus the config?\n\nBram' },
  { category: 'sensitive-request', text: 'Ruben,\n\nNeem je servicelaptop mee met de kalibratiesoftware erop, en een set referentiewafers.\n\nErik' },
  { category: 'sensitive-request', text: 'Ruben,\n\nBring your service laptop with the calibration software on it, and a set of reference wafers.\n\nErik' },
  { category: 'secrecy', text: 'Ruben,\n\nIk zou het niet via jullie planning of je teamleider laten lopen.\n\nErik' },
  { category: 'secrecy', text: "Ruben,\n\nI wouldn't run it through your planning or your team lead.\n\nErik" },
  { category: 'secrecy', text: 'Hoi Lotte,\n\nIk heb een vraag die een beetje buiten de gewone weg gaat. Niemand gaat ze missen.\n\nErik' },
  { category: 'secrecy', text: 'Hi Lotte,\n\nI have a question that goes a bit outside the usual route. Nobody is going to miss them.\n\nErik' },
  { category: 'sensitive-request', text: 'Hoi Lotte,\n\nIk zou heel graag een stukje van die Magnova-wafers hebben, een paar mm2 is genoeg.\n\nErik' },
  { category: 'sensitive-request', text: 'Hi Lotte,\n\nCould I have a small piece of those partner wafers? A few mm2 is enough.\n\nErik' },
  { category: 'sensitive-request', text: 'Hoi Femke,\n\nAls je de logbestanden van jullie klimaatkast op een stick meeneemt, kunnen we het laten zien.\n\nBas' },
  { category: 'sensitive-request', text: 'Hi Femke,\n\nIf you bring the log files of your climate chamber on a stick, we can show you.\n\nBas' },
  { category: 'secrecy', text: 'Hoi Femke,\n\nIk zou inkoop er voorlopig even buiten laten.\n\nBas' },
  { category: 'secrecy', text: "Hi Femke,\n\nI'd leave purchasing out of it for now.\n\nBas" },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nKun je mijn account niet een middagje aanzetten? Zonder ticket graag. Niemand merkt er iets van.\n\nBas' },
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you switch my old account back on for an afternoon? Without a ticket please.\n\nBas' },
  { category: 'private-channel', text: 'Hi Femke,\n\nCould you do the Q3 scorecards too? This address is fine.\n\nV.' },
  { category: 'private-channel', text: 'Hoi Femke,\n\nKun je de Q3-scorecards ook doen? Dit adres is prima.\n\nV.' },
  { category: 'secrecy', text: "Hi Eline,\n\nNo need to run it past the partner or your project office, it won't end up in any deck.\n\nDan" },
  { category: 'secrecy', text: 'Hoi Eline,\n\nHet hoeft niet langs de partner of je projectbureau, het komt in geen enkele presentatie terecht.\n\nDan' },
  { category: 'secrecy', text: "Hi Ilse,\n\nNo need to make it an official thing.\n\nGareth" },
  { category: 'secrecy', text: 'Hoi Ilse,\n\nHet hoeft geen officiële zaak te worden.\n\nGareth' },
  { category: 'sensitive-request', text: 'Hi Ilse,\n\nCould you tell me which fabs have had it installed so far, and who runs field service for the Asian sites?\n\nGareth' },
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nWould you mind sending me a few screenshots of how you have the visitor system set up?\n\nSas' },
  { category: 'network-mapping', text: 'Hoi,\n\nGraag weer: wie er bij De Graaf langskomt en op welke dagen hij er zelf is.\n\nK.' },
  { category: 'network-mapping', text: 'Hi,\n\nCould you tell me who comes to see De Graaf, and which days he is in?\n\nK.' },
  { category: 'sensitive-request', text: 'Hoi Marloes,\n\nKun je een dagpas voor me klaarleggen bij de balie?\n\nRonald' },
  { category: 'sensitive-request', text: "Hi Ruben,\n\nTo put a first scenario together I'd need a few things from you:\n\n- your evacuation plan (the PDF version from the intranet is fine)\n\nGareth" },
  { category: 'network-mapping', text: 'Hi Ruben,\n\nCould you send the ERT roster with the shift pattern, and explain how contractor access works after 18:00?\n\nGareth' },
  { category: 'network-mapping', text: 'Hoi Ruben,\n\nKun je het BHV-rooster met de ploegendiensten sturen, en hoe de toegang voor aannemers na werktijd werkt?\n\nGareth' },
  {
    category: 'sensitive-request',
    text: `Hi Sanne,\n\n${'Thanks for the clear answer on the data room, that is fair. '.repeat(5)}\n\nWould you mind sending me the following straight from your side? The data room is slow, and my client wants an early read:\n\n- your internal memo on the dispute\n\nFiona`,
  },
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nCould you send the sell-out per distributor region and the backlog?\n\nK.' },
  { category: 'sensitive-request', text: 'Hoi Marloes,\n\nLukt het met het overzicht van de Aziatische orders van dit kwartaal?\n\nRuben' },
  { category: 'sensitive-request', text: "Ruben,\n\nSame again please, the logger export for this week's runs.\n\nW." },
  { category: 'private-channel', text: 'Hoi Marloes,\n\nKun je het meenemen? Zelfde tafeltje als in januari.\n\nE.' },
  { category: 'private-channel', text: "Hoi Marloes,\n\nKun je het overzicht sturen? Graag weer naar m'n hotmail.\n\nRuben" },
  { category: 'private-channel', text: 'Hi Marloes,\n\nCould you send the Q3 figures? Same inbox as before works for me.\n\nK.' },
  { category: 'sensitive-request', text: 'Hoi Joost,\n\nNeem je de nieuwe revisie van de tekeningen mee?\n\nH.' },
  { category: 'sensitive-request', text: 'Hi Joost,\n\nCould you bring the new revision of the drawings?\n\nH.' },
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nCould you put a few of the rejected housings aside? A reject report for each one would help too.\n\nRuben' },
  { category: 'secrecy', text: 'Hi Marloes,\n\nNo need to send it through purchasing or the scrap contract.\n\nRuben' },
  { category: 'secrecy', text: 'Hi Sanne,\n\nPlease leave it off the end-use form. If anyone asks, it is still the same spare for the same order.\n\nDaniel' },
  { category: 'secrecy', text: 'Hoi Sanne,\n\nLaat het van het exportformulier af. Als iemand ernaar vraagt, het is nog steeds hetzelfde onderdeel.\n\nDaniel' },
  { category: 'sensitive-request', text: "Hoi Lotte,\n\nWie kan mij er dan terug opzetten? Of zet mijn nieuwe adres als guest op jouw fork.\n\nWouter" },
  { category: 'network-mapping', text: 'Hoi Lotte,\n\nWie van jullie gaat nog wekelijks naar de site van de partner? En zit Stijn nog in het project?\n\nWouter' },
  { category: 'network-mapping', text: 'Hi Lotte,\n\nIs Stijn still on the project?\n\nWouter' },
  { category: 'sensitive-request', text: "Hoi Sanne,\n\nZou je een lijstje kunnen maken van wie zo'n blijfregeling heeft? Met de schaal erbij.\n\nMaarten" },
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nCould you make a list of who has a retention arrangement, with the salary scales?\n\nMaarten' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nHeb je die Excel met de doorlooptijden en veiligheidsvoorraden per module en per hub nog?\n\nIlse' },
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nDo you still have the sheet with the lead times and safety stocks per module and per hub?\n\nIlse' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the sections the editor cut for the lawyers? Background only.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nWould you forward the grant applications you are reviewing this month?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je me het scoreoverzicht van de commissie sturen als die vergaderd heeft?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nStuur je me de passages die jullie eruit hebben geknipt? Alleen als achtergrond.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de servicelogs van de klanten met de grote bronnen sturen?\n\nAlex' },
  { category: 'private-channel', text: "Hi Tom,\n\nSame spot, I'll get the first round.\n\nAlex" },
  { category: 'private-channel', text: 'Hi Tom,\n\nSend it to my other email, please.\n\nAlex' },
  { category: 'private-channel', text: "Hoi Tom,\n\nGraag naar m'n andere mailadres.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je me het eenlijnschema van jullie middenspanningsinstallatie sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the one-line diagram of the fab, and which tools are on UPS?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nWould you share the weights of the model trained on your customer data?\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nIt's only background; your name won't appear anywhere.\n\nAlex" },
  { category: 'secrecy', text: 'Hi Tom,\n\nUpload it, I run the numbers, and afterwards we delete the folder.\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI'd rather not drag your lawyers into this for a quick test.\n\nAlex" },
  { category: 'secrecy', text: 'Hoi Tom,\n\nJouw naam wordt nergens genoemd, beloofd.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nJust drop it in a private folder under my account.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nGeef me je privé nummer, dan bel ik na het werk.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nUsual spot on Friday, then.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nSend the notes here, not the institute one.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nStuur het naar mij, niet naar dat van de universiteit.\n\nAlex' },
  { category: 'network-mapping', text: 'Hi Tom,\n\nCould you send me the access groups for the cleanroom when they are updated?\n\nAlex' },
  { category: 'network-mapping', text: 'Hoi Tom,\n\nStuur je me de toegangslijst van de pilotlijn?\n\nAlex' },
  { category: 'network-mapping', text: "Hi Tom,\n\nCould you forward the director's travel plans for May?\n\nAlex" },
  { category: 'network-mapping', text: 'Hoi Tom,\n\nKun je de deelnemerslijst met e-mailadressen doorsturen?\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nRather not through the access request again, it took ages.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nLiever niet via de toegangsaanvraag, dat duurt weken.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you export the layer stack and the LVS deck for me?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je het regeldeck en de laagopbouw even sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nRoughly how many units fail in the field per million shipped?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nHoeveel modules komen er per miljoen geleverd uit het veld terug?\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI won't put your name to any of it.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nIf it's easier to talk than to write it down, call me tonight.\n\nAlex" },
  { category: 'secrecy', text: 'Hi Tom,\n\nSending it through your compliance people seems overkill for this.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nHet is makkelijker om te bellen dan om het op te schrijven.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nDit via jullie juristen laten lopen lijkt me overdreven.\n\nAlex' },
  { category: 'network-mapping', text: "Hi Tom,\n\nCould you send the listing, plus who's in each access group?\n\nAlex" },
  { category: 'private-channel', text: 'Hoi Tom,\n\nNeem je het mee? Vaste plek, om acht uur.\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI don't think we need to go through the whole approval process again for one copy.\n\nAlex" },
  { category: 'secrecy', text: 'Hi Tom,\n\nCould you extend it without a formal request this time?\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nNo one here would know where it came from.\n\nAlex" },
  { category: 'secrecy', text: 'Hoi Tom,\n\nDan hoeven we die hele procedure niet opnieuw te doen.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nNiemand zal weten waar het vandaan komt.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the recipe change log from the customer tools?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de kalibratiewijzigingen van de scanners doorsturen?\n\nAlex' },
  { category: 'private-channel', text: "Hi Tom,\n\nThe other address please, not this one.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nHet andere adres graag, niet dit.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nThe loss figures when you can. Stay on this address.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nDe verliescijfers als je kunt. Blijf op dit adres.\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send me the dataset? It is listed as restricted until publication.\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je een dump trekken, inclusief de full-texts die onder embargo staan?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the visitor protocol as you apply it internally, so not the version on the website?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nZou u mij het bezoekersprotocol kunnen sturen zoals jullie dat intern hanteren?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you paste in the blur length and the threshold you guys ended up with?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je de drempel sturen waar jullie op uitgekomen zijn?\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nI'd call it reference case B, no mention of where it came from.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nIk noem het referentiegeval B, zonder vermelding van waar het vandaan komt.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nI'll squash it before merging so it doesn't sit in the history.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nIk squash het voor de merge, zodat het niet in de geschiedenis blijft.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nDon't think we need to drag Marcel or the host into it.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nWe hoeven Marcel er niet bij te halen.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nLaten we dit niet via jullie ICT-loket laten lopen.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nLet's not run this through your IT desk, it takes months.\n\nAlex" },
  { category: 'unverifiable-organisation', text: "Hoi Tom,\n\nWie het precies is kan ik nu nog niet zeggen.\n\nAlex" },
  { category: 'unverifiable-organisation', text: "Hi Tom,\n\nWho it is I can't say yet, but it is a serious player.\n\nAlex" },
  { category: 'network-mapping', text: "Hoi Tom,\n\nJij weet welke bedrijven bij jullie een langlopende pas hebben. Zou je me die lijst kunnen sturen?\n\nAlex" },
  { category: 'network-mapping', text: "Hi Tom,\n\nYou know which contractors have long-term badges for the halls. Could you send me that list?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nSame as Q1 please, the PM and downtime export for the Meridian tools.\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je de storingsexport van de Meridian-tools weer sturen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the Q3 licence overview when it is finished?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je het vergunningenoverzicht van Q3 sturen als het klaar is?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nAls je de installatieplanning voor volgend jaar hebt, neem hem mee.\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nIf you have the installation schedule for next year, could you bring it?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you put the complete recordings on a drive, not only the subset we cut out for my thesis?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je alle opnames op een schijf zetten, niet alleen de subset die we voor mijn scriptie gebruikten?\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nI don't think Hendrik needs to be bothered with this, he'd only start a whole procedure with forms.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nHendrik hoeft daar niet mee lastig gevallen te worden, die zou alleen een hele procedure starten.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nDat hoeft niet in de exportpapieren te komen, het is maar een instelling.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nThat doesn't need to go on the export papers, it is only a setting.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nThe easiest is if you give the drive to my brother Samir.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nHet makkelijkst is als je de schijf aan mijn broer Samir geeft.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nJe kunt het zaterdag ook gewoon op een briefje meenemen.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nZelfde tent als in september, half acht? Papier is prima.\n\nAlex" },
  { category: 'network-mapping', text: "Hi Tom,\n\nDo you know where you've booked him, and is he seeing any of the car makers while he's there?\n\nAlex" },
  { category: 'network-mapping', text: "Hoi Tom,\n\nWeet je waar je hem geboekt hebt? Ziet hij daar nog klanten?\n\nAlex" },
  { category: 'network-mapping', text: "Hoi Tom,\n\nZou je kunnen kijken welke bedrijven de laatste tijd bij jullie over de vloer zijn geweest?\n\nAlex" },
  { category: 'hospitality', text: "Hoi Tom,\n\nZaterdag na de training een hapje? Ik trakteer.\n\nAlex" },
  { category: 'hospitality', text: "Hi Tom,\n\nA bite after training on Saturday? My treat.\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send me the PNGs? If the raw CSVs are easy to grab, even better.\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send me those plots you pulled up on your laptop on Saturday?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je me die plots sturen die je zaterdag op je laptop liet zien?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nWould you mind sending me the form your panel actually fills in, not the general page on the website?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nZou je me het formulier kunnen sturen dat jullie panel echt invult?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the list of research areas that get the extra look?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je de lijst van onderzoeksgebieden sturen die extra bekeken worden?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nIs de volgorde voor de beurzen al rond? Stuur je hem door?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nIs the ranking for the scholarships final yet? Could you forward it?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nNeem ook de scores van de laatste audits mee.\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you bring the scores of the last audits as well?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the updated vendor list and the volumes per site for Q3?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je de volumes per locatie voor Q3 sturen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je twee complete boards van de nieuwe serie sturen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send two complete boards of the new series?\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nIt is only for our own decision, nothing goes on a slide anywhere.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nHet is alleen voor onze eigen beslissing, niks komt op een slide.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nLaat het niet via het RMA-formulier lopen, dat duurt weken.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nLet's not run it through the RMA form, that takes weeks.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nOp een stickje, net als de vorige keer.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nOn a stick, like last time.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nStuur ze gewoon naar mijn huisadres, ik neem ze mee in de handbagage.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nSend them to me and I will take them in my hand luggage.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nThe volumes for Q3 please. Usual way is fine.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nDe volumes voor Q3 graag. De gebruikelijke manier is prima.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nIk sta weer achteraan bij de bouwmarkt, half zes.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nAs usual behind the DIY store, half past five.\n\nAlex" },
  { category: 'network-mapping', text: "Hoi Tom,\n\nKun je laten weten wie er deze maand in de nachtdienst van bay 4 staan en wie van hen een pas heeft?\n\nAlex" },
  { category: 'network-mapping', text: "Hi Tom,\n\nCould you tell me who is on the night shift of bay 4 this month, and which of them has a pass?\n\nAlex" },
  { category: 'network-mapping', text: "Hi Tom,\n\nCould you send the starters and leavers for laser and PIC, and where the leavers went?\n\nAlex" },
  { category: 'network-mapping', text: "Hoi Tom,\n\nKun je de instroom en uitstroom van laser sturen, en waar de vertrekkers naartoe gingen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the RMA overview for Q4, the full one across all accounts, not only our units?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je het RMA-overzicht sturen, over alle accounts, niet alleen onze units?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send me that checkpoint? I realise that's the partner's data underneath.\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je me dat checkpoint sturen? Ik besef dat de data van de partner eronder zit.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nBetter not ask your project people, that would just end in weeks of paperwork.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nLiever niet aan je projectmensen vragen, dat wordt weken papierwerk.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nEnvelope as usual on Thursday. And clear this one afterwards, like before.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nEnvelop zoals altijd op donderdag. Wis deze daarna, zoals altijd.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nA direct transfer to me is completely fine.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nRechtstreeks naar mij is prima.\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun je de g2-metingen en de verliesdata van de nieuwe wafer-run ook sturen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the measurements and the loss data of the new wafer run too?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the new ICD for the ground-station interface once it is signed off?\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nLukt het om het verzendoverzicht van december ook weer te sturen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the shipping overview for December again?\n\nAlex" },
  { category: 'network-mapping', text: "Hi Tom,\n\nCould you send the names on the phase-C review board?\n\nAlex" },
  { category: 'network-mapping', text: "Hoi Tom,\n\nDe actuele deelnemerslijst van het consortium graag.\n\nAlex" },
  { category: 'network-mapping', text: "Hi Tom,\n\nThe current participant list of the consortium, please.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nThe drift logs please. This address only.\n\nAlex" },
  { category: 'private-channel', text: "Hi Tom,\n\nThe defect maps, like the last few times please. Same address is fine.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nDe defectkaarten graag. Zelfde adres is prima.\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nNeem de export van de inspectielogs van de afgelopen twee weken mee.\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you bring the export of the inspection logs for the last two weeks?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the new acceptance spec once it's signed off?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send the LIV and linewidth sheets from the new DFB run?\n\nAlex" },
  { category: 'payment-offer', text: "Hoi Tom,\n\nNeem de export mee, dan heb ik de rest voor jou bij me.\n\nAlex" },
  { category: 'payment-offer', text: "Hi Tom,\n\nBring the export along; I'll have the rest for you with me.\n\nAlex" },
  { category: 'secrecy', text: "Hoi Tom,\n\nZeg maar niet tegen Henk dat ik het vroeg.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nBetter not tell Henk that I asked.\n\nAlex" },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nKun jij me de inlog van het algemene account van het bureau sturen?\n\nAlex" },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send me the login of the office's general account on the portal?\n\nAlex" },
  { category: 'unverifiable-organisation', text: "Hi Tom,\n\nA client who prefers not to be named would like a call with you.\n\nAlex" },
  { category: 'unverifiable-organisation', text: "Hoi Tom,\n\nEen klant die niet genoemd wil worden wil graag met je bellen.\n\nAlex" },  // Session 31: a chip's burnt-in security, a model's newest state and its scoring data, the slide with the plan, who may sign, the signing set-up lent out, the portal and the papers skipped.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the eFuse map for the B1 stepping?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nAre there still boards around where the JTAG port is left open? Could you bring one?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCan secure boot be switched off with the service jumper?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you walk me through the key ladder you use for the field units?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you add the held-out evaluation split as well?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you take a picture of the slide with the roadmap for me?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you run our build through your signing server tonight?\n\nAlex' },
  { category: 'network-mapping', text: 'Hi Tom,\n\nCould you tell me who is on the signatory list these days?\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI'd keep your professor out of it for now.\n\nAlex" },
  { category: 'secrecy', text: 'Hi Tom,\n\nNo need to upload it to the partner portal, just mail it to me.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nPlease make the waybill without the serial numbers.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nThat way no one has to amend the paperwork on your side.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je me de fuse-instellingen van de nieuwe stepping sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nHeb je nog een bord waar de JTAG-poort openstaat? Neem je er een mee?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKan de signatuurcontrole op locatie uitgeschakeld worden?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nZou je de ontwikkelsleutel willen meenemen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nStuur je die slide met de planning voor de nieuwe module?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je onze build vanavond door jullie signeerserver halen?\n\nAlex' },
  { category: 'network-mapping', text: 'Hoi Tom,\n\nKun je me vertellen wie er dit jaar bij de tekenbevoegden is gekomen?\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nIk zou je promotor er voorlopig buiten laten.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nHoeft ook niet via jullie klantenservice.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nDan hoeft niemand de papieren aan te passen.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nGraag de pakbon zonder serienummers.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nHet hoeft niet op het partnerportaal gezet te worden.\n\nAlex' },
  // Session 31, second round: the reader's own time paid for, no job opened, the last round's readings, unreleased silicon, a period's returns, the new planning brought along, the sender paying again.
  { category: 'payment-offer', text: "Hi Tom,\n\nWe'll compensate your weekend, of course.\n\nAlex" },
  { category: 'payment-offer', text: 'Hi Tom,\n\nMy client would like to reward your efforts generously.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nBetter not to raise a ticket for this one.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send the measurements from the last round?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you spare two pieces of the unreleased die?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you add the qualification summary for that batch?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the RMA overview for Q3?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you bring the updated roadmap on Friday?\n\nAlex' },
  { category: 'hospitality', text: "Hi Tom,\n\nSame pub as before, I'll get the bill again.\n\nAlex" },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nJe weekend vergoeden we natuurlijk.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nMijn klant wil je moeite royaal belonen.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nMaak er maar geen ticket van.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nGraag even buiten Marieke om.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de metingen van de laatste ronde sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je het kwalificatierapport van die batch sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nStuur je het retouroverzicht van Q3?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nNeem je de bijgewerkte roadmap vrijdag mee?\n\nAlex' },
  { category: 'network-mapping', text: 'Hoi Tom,\n\nKun je het overzicht sturen van wie er nog in de cleanroom mag?\n\nAlex' },
  { category: 'hospitality', text: 'Hoi Tom,\n\nZelfde café als vorige keer, ik betaal weer.\n\nAlex' },
  // Session 31, third round: how machines are loaded, a test campaign's values, a stray-light budget, someone left out by name, the gatekeeper spared, what was filed with an authority.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send the loading per tester for May?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you share the raw values from your qualification tests?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you add the stray-light budget?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the application you filed with the BIS?\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI'd keep Pieter out of the loop for now.\n\nAlex" },
  { category: 'secrecy', text: "Hi Tom,\n\nJust send it to me, so we don't have to bother them.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de belading per machine voor mei doorsturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de ruwe waarden uit jullie meetcampagne sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nStuur je het strooilichtbudget ook mee?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nAls je me de aanvraag stuurt die jullie bij de douane hebben ingediend, kijk ik ernaar.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nIk zou Pieter er voorlopig buiten houden.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nStuur het direct naar mij, dan hoeven we hen niet lastig te vallen.\n\nAlex' },
  // Session 31, fourth round: kept out of the booking record, a control loop's traces and models, time on the reader's equipment.
  { category: 'secrecy', text: "Hi Tom,\n\nBest if it doesn't end up in the booking system.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send the position error traces from Friday?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you copy the thermal model you use on that rig?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould I get an afternoon on one of your testers?\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nHet liefst als het niet in het reserveringssysteem komt.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de ruwe sporen van vrijdag sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je het storingsmodel van die opstelling kopiëren?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKan ik een middag op een van jullie testers draaien?\n\nAlex' },
  // Session 31, fifth round: a tool's error logs and trend files, what a review panel wrote, the standing way of paying.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send the error-log exports for the two Busan tools?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you add the trend files from last month?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you forward the reviewer comments on both proposals?\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nUsual wallet, as agreed.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de foutlogs van de twee machines in Busan exporteren en sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de trendbestanden van vorige maand erbij doen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je het panelcommentaar op beide voorstellen doorsturen?\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nVia de gebruikelijke wallet, zoals afgesproken.\n\nAlex' },
  // Session 32: travel arranged and covered, the bill the sender's again, to the sender in person past the portal, no
  // longer to the office, someone left out by preference, the checklist the reader's team works with, a login handed along.
  { category: 'hospitality', text: 'Dear Dr Bakker,\n\nYour train tickets and the hotel would be booked and covered by the institute.\n\nAlex' },
  { category: 'hospitality', text: 'Hi Tom,\n\nSame pub on Thursday; the bill is mine again.\n\nAlex' },
  { category: 'hospitality', text: 'Hoi Tom,\n\nZelfde tijd donderdag? Het diner is weer voor mij.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nPlease mail the results to me personally and not through the project portal.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nStuur het vervolg naar mijn gmail, niet meer naar kantoor.\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI'd prefer not to tell your manager about this yet.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the screening checklist your compliance team uses?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you leave your login details with it, written down?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je je wachtwoord er ook bij doen?\n\nAlex' },
  // Session 32, second round: what the reader kept out of a talk's recording.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you mail me the chart you asked us not to photograph during the keynote?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je me de grafiek sturen die niet gefilmd mocht worden?\n\nAlex' },
  // Session 32, third round: a request as a condition with the verb last, the slide with the money on it.
  { category: 'network-mapping', text: 'Hoi Tom,\n\nAls je me in contact kunt brengen met de beheerder van de gasopslag, zou dat geweldig zijn.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je de slide met de budgetten per afdeling even sturen?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould you send me the slide with the budgets per programme?\n\nAlex' },
  // Session 32, sixth round: a password asked with the verb last, kept out of the records, the beer the sender's again.
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je ons de inloggegevens van de controller even mailen?\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nZo blijft het mooi buiten de administratie.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nThat way it stays out of the ticket system.\n\nAlex' },
  { category: 'hospitality', text: 'Hoi Tom,\n\nVolgende keer is het bier weer voor mij.\n\nAlex' },
  // Session 33, first round: what the sender is after, the tools at each customer, Signal as the sender's way.
  { category: 'sensitive-request', text: "Hi Tom,\n\nWhat I'm after is simple: how many of their etch tools the two fabs are running today.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nWat ik zoek is simpel: hoeveel van hun etstools de twee fabs nu draaien.\n\nAlex' },
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you find out whether they've already signed up for the upgrade?\n\nAlex" },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je nagaan of ze al getekend hebben voor de upgrade?\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nSignal is easiest for me: +852 6174 2290.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nSignal is voor mij het makkelijkst: +852 6174 2290.\n\nAlex' },
  // Session 33, second round: who falls under whom, who is about to leave.
  { category: 'network-mapping', text: 'Hoi Tom,\n\nDat overzicht met wie onder wie valt: kun je daar een foto van sturen?\n\nAlex' },
  { category: 'network-mapping', text: 'Hoi Tom,\n\nKun je me laten weten wie er weggaat bij de ontwerpgroep?\n\nAlex' },
  // Session 33, third round: a portal's notice keeps its own route; a reply steered to another address does not.
  { category: 'private-channel', text: 'Hi Tom,\n\nDo not reply to this email, write to my other address.\n\nAlex' },
  // Session 33, fourth round: the service manual and the next version's notes, something for the reader's trouble.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nIf you could send me the current service manual and a draft of the notes for the next software version, I could compare them.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je me een concept van de releasenotes voor de volgende versie sturen?\n\nAlex' },
  { category: 'payment-offer', text: "Hi Tom,\n\nI know it's extra work, so I'd be happy to give you something for your trouble, say 200 euros?\n\nAlex" },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nIk weet dat het extra werk is, dus ik geef je graag iets voor de moeite, zeg 200 euro?\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nSame as in January please. Paper is fine.\n\nAlex' },
  // Session 33, fifth round: the same way as last time stays a route when no portal is named.
  { category: 'private-channel', text: 'Hi Tom,\n\nCould you send the files the same way as last time?\n\nAlex' },
];

const ABSENT: Array<{ category: CategoryId; text: string }> = [
  { category: 'private-channel', text: 'Hi all,\n\nOur IT keeps everything running over the holidays, so mail works as usual.\n\nKelvin' },
  { category: 'private-channel', text: 'Hoi allemaal,\n\nOnze IT houdt alles draaiende tijdens de feestdagen.\n\nKelvin' },
  { category: 'payment-offer', text: "Hi Sanne,\n\nI'll take care of it tomorrow morning.\n\nKelvin" },
  { category: 'payment-offer', text: 'Hoi Sanne,\n\nIk zorg voor je badge, die ligt morgen bij de receptie.\n\nKelvin' },
  { category: 'payment-offer', text: 'Hi all,\n\nThe usual crowd will be there Friday, so bring snacks.\n\nD.' },
  { category: 'payment-offer', text: 'Hoi allemaal,\n\nHet gebruikelijke overleg is vrijdag, de agenda staat klaar.\n\nD.' },
  {
    category: 'sensitive-request',
    text: 'Dear Dr Bakker,\n\nPlease note: you must not disclose confidential information of your employer, such as internal roadmaps or process data.\n\nAlex',
  },
  {
    category: 'sensitive-request',
    text: 'Beste Tom,\n\nLet op: u mag geen vertrouwelijke informatie van uw werkgever delen, zoals interne roadmaps of procesdata.\n\nAlex',
  },
  { category: 'payment-offer', text: 'Hi Tom,\n\nThe role comes with a salary of EUR 6,000 a month, a bonus and a pension.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nHet salaris is 5.500 euro bruto per maand, plus bonus en pensioen.\n\nAlex' },
  { category: 'hospitality', text: 'Dear Dr Bakker,\n\nPlease note that travel costs are not reimbursed for this meeting.\n\nAlex' },
  { category: 'hospitality', text: 'Beste Tom,\n\nWilt u het bedrag binnen veertien dagen op onze rekening overmaken?\n\nAlex' },
  { category: 'secrecy', text: 'Hi all,\n\nFor the farewell present for Anna, please keep it quiet and do not tell her.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi allemaal,\n\nJe bijdrage voor het cadeau kan contant in de envelop bij de receptie.\n\nAlex' },
  {
    category: 'sensitive-request',
    text: 'Dear Dr Bakker,\n\nThe manuscript holds unpublished results. Please do not share it with anyone.\n\nAlex',
  },
  {
    category: 'sensitive-request',
    text: `Hi Tom,\n\nThanks for the long chat yesterday. ${'The workshop was lively and the coffee was good. '.repeat(6)}\n\nThe process numbers for the new resist, same terms as before. We will see.\n\nAlex`,
  },
  {
    category: 'sensitive-request',
    text: 'Dear Ms de Wit,\n\nTopics are limited to public market trends; questions about your employer\'s roadmap, yields or customers are not permitted.\n\nAlex',
  },
  {
    category: 'sensitive-request',
    text: 'Beste Tom,\n\nHet gesprek is beperkt tot openbare markttrends; vragen over de roadmap of opbrengstcijfers van je werkgever zijn niet toegestaan.\n\nAlex',
  },
  {
    category: 'network-mapping',
    text: 'Hi Tom,\n\nThe new badge system went live today. What changed:\n1. Which persons have access to the cleanroom is now set per project.\n2. The night shift badges at the side door.\n\nAlex',
  },
  {
    category: 'sensitive-request',
    text: 'Beste Tom,\n\nHet manuscript bevat niet-gepubliceerde resultaten. Wij vragen u het niet met anderen te delen.\n\nAlex',
  },
  // What is called public right before it is not secret; the reader's own wish told back asks nothing.
  { category: 'sensitive-request', text: 'Dear Sander,\n\nCould you give us your view on published roadmaps and adoption trends?\n\nJonas' },
  { category: 'sensitive-request', text: 'Beste Sander,\n\nKun je iets vertellen over de gepubliceerde procesvensters uit je paper?\n\nJonas' },
  {
    category: 'sensitive-request',
    text: 'Hi Priya,\n\nTo recap: you would like a role with more say in the product roadmap, and less commuting.\n\nEmma',
  },
  // A negation before a list reaches all of its items; Dutch writes its emphasis with accents ("géén").
  { category: 'sensitive-request', text: 'Hi Jeroen,\n\nWe do not discuss prices, yields, roadmaps or customer names. Could you confirm by Friday?\n\nSophie' },
  { category: 'sensitive-request', text: 'Hoi Jeroen,\n\nNiet over prijzen, opbrengsten, roadmaps of klantnamen. Kun je dat bevestigen?\n\nSophie' },
  { category: 'sensitive-request', text: 'Beste heer Verhoeven,\n\nWilt u bevestigen dat u géén niet-openbare informatie van uw werkgever deelt?\n\nThomas' },
  // What the sender says they gave is delivered, not asked for.
  { category: 'sensitive-request', text: 'Dear Ruud,\n\nWe uploaded the tool logs and the lot overlay maps to your support portal. Please check the stage temperature trend.\n\nKevin' },
  // Compliance terms that keep internal material out, in their other forms.
  { category: 'sensitive-request', text: 'Hi Priya,\n\nCould you walk us through the market? Please leave internal figures out.\n\nEmma' },
  { category: 'sensitive-request', text: 'Hi Priya,\n\nSubmissions that include confidential information of your employer will not be assessed.\n\nEmma' },
  { category: 'sensitive-request', text: 'Hoi Priya,\n\nKun je de interne cijfers thuislaten? Neem alleen je gepubliceerde werk mee.\n\nEmma' },
  // What the reader pays is no offer; engineers talk about noise on signal lines.
  { category: 'payment-offer', text: 'Dear all,\n\nThe registration fee EUR 450 includes lunch and the proceedings.\n\nThe organisers' },
  { category: 'private-channel', text: 'Hi Tom,\n\nWe discussed the noise on signal lines in the review.\n\nAnna' },
  // "Ons" as a possessive: under our contract, between our company and another.
  { category: 'secrecy', text: 'Hoi Ruben,\n\nAqualink valt onder ons distributiecontract en de NDA van vorig jaar.\n\nMarloes' },
  { category: 'secrecy', text: 'Hoi Ruben,\n\nDe samenwerking tussen ons en de universiteit loopt goed.\n\nMarloes' },
  // The sender excusing their own private address, and naming what they disclose themselves.
  { category: 'private-channel', text: 'Dear Femke,\n\nApologies for the Sunday mail and for the private address; my laptop is being repaired.\n\nPieter' },
  { category: 'private-channel', text: 'Beste Femke,\n\nExcuses voor het privéadres, mijn laptop is kapot.\n\nPieter' },
  { category: 'sensitive-request', text: 'Dear Marco,\n\nAn asset manager (we disclose client names to experts on request) would like a call on public market trends.\n\nQuorum' },
  // Terms that rule confidential material out of a call.
  { category: 'sensitive-request', text: 'Hi Priya,\n\nCould you walk us through the market? Our terms forbid sharing confidential information of your employer.\n\nEmma' },
  { category: 'sensitive-request', text: 'Hoi Priya,\n\nKun je ons door de markt loodsen? Onze voorwaarden verbieden het delen van vertrouwelijke informatie van je werkgever.\n\nEmma' },
  // The expert's duty to turn such questions away.
  { category: 'sensitive-request', text: 'Hi Maarten,\n\nBefore any call we ask you to decline any question that touches non-public information.\n\nJonas' },
  { category: 'sensitive-request', text: 'Hoi Maarten,\n\nVoor elk gesprek vragen we je: weiger elke vraag die raakt aan niet-openbare informatie.\n\nJonas' },
  { category: 'sensitive-request', text: 'Hoi Femke,\n\nNeem gerust een openbaar artikel of een open-sourceproject mee waar je trots op bent.\n\nDaniel' },
  // Family mail: a group chat, a private address for family matters, paying back, the sender's own bonus.
  { category: 'private-channel', text: "Hi Femke,\n\nCould you put the old photos in the family WhatsApp or send them to my private email?\n\nAnouk" },
  { category: 'private-channel', text: "Hoi Femke,\n\nStuur de foto's in de familie-WhatsApp of naar mijn privémail.\n\nAnouk" },
  { category: 'private-channel', text: 'Hi Sanne,\n\nCould you send me your private email? Your work address feels odd for family stuff.\n\nEline' },
  { category: 'private-channel', text: 'Hoi Sanne,\n\nStuur je me je privémail? Dit adres van je werk voelt raar voor familiezaken.\n\nEline' },
  { category: 'payment-offer', text: 'Hi Marloes,\n\nCould you sort out the cake? I will pay you back half.\n\nHanneke' },
  { category: 'payment-offer', text: 'Hoi Marloes,\n\nKun jij de taart regelen? Ik betaal je de helft terug.\n\nHanneke' },
  { category: 'payment-offer', text: 'Hi Femke,\n\nDinner afterwards is on me, I got a bonus of EUR 2,000 last month.\n\nAnouk' },
  { category: 'payment-offer', text: 'Hoi Femke,\n\nDaarna uit eten op mijn kosten, ik heb vorige maand die bonus gehad.\n\nAnouk' },
  // A fee declined with its object first; material the sender calls public already, or clears with the press office.
  { category: 'payment-offer', text: 'Hoi Marieke,\n\nEen honorarium kunnen we helaas niet bieden.\n\nPieter' },
  { category: 'sensitive-request', text: "Hoi Marieke,\n\nZou je foto's van de opstelling willen laten zien die jullie ook op de website hebben?\n\nPieter" },
  { category: 'sensitive-request', text: 'Hi Marieke,\n\nCould you show photos of the set-up that are also on your website?\n\nPieter' },
  { category: 'sensitive-request', text: "Beste mevrouw Van Dalen,\n\nOok voor foto's van de opstelling stem ik graag met uw afdeling communicatie af.\n\nFemke" },
  { category: 'sensitive-request', text: 'Dear Ms Van Dalen,\n\nCould you send photos of the set-up, which I will clear with your communications team?\n\nFemke' },
  // A compliance form's terms, with examples of what stays out.
  { category: 'sensitive-request', text: 'Dear Mr Smeets,\n\nPlease confirm in the form that:\n - you are not sharing any confidential or non-public information of your current or former employers, including internal figures, customer names, pricing or process details\n - your employer permits you to take part\n\nPriya' },
  // Family and friends: the reader paying a share, a relative's birthday kept quiet, holiday photos, picking an evening, the news.
  { category: 'payment-offer', text: 'Hoi Joor,\n\nJouw deel is 60 euro. Maak het bedrag naar mij over of geef het zaterdag contant.\n\nEsther' },
  { category: 'payment-offer', text: 'Hi Joe,\n\nYour share is 60 euros. Transfer it or give it to me in cash on Saturday.\n\nEsther' },
  { category: 'secrecy', text: 'Hoi Joor,\n\nMam wordt zaterdag 70. Zij weet van niks, dus hou het onder ons!\n\nEsther' },
  { category: 'secrecy', text: 'Hi Joe,\n\nMum turns 70 on Saturday. She knows nothing, so keep it between us!\n\nEsther' },
  { category: 'private-channel', text: "Hoi Joor,\n\nKun je de foto's van vorige zomer via WhatsApp sturen? Ik wil een fotoboekje maken.\n\nEsther" },
  { category: 'private-channel', text: "Hi Joe,\n\nCould you send last summer's photos on WhatsApp? I am making a photo book.\n\nEsther" },
  { category: 'private-channel', text: 'Hoi Joost,\n\nApp me even op WhatsApp welke avond je kunt.\n\nSander' },
  { category: 'private-channel', text: 'Hi Joost,\n\nText me on WhatsApp which evening works.\n\nSander' },
  { category: 'sensitive-request', text: 'Hoi Joost,\n\nLas je dat verhaal over die ingenieur die bedrijfsgeheimen doorspeelde?\n\nSander' },
  { category: 'sensitive-request', text: 'Hi Joost,\n\nDid you read that story about the engineer who leaked trade secrets?\n\nSander' },
  // A colleague explaining where they write from.
  { category: 'private-channel', text: 'Hi Eline,\n\nI am writing from home, not from work, because my laptop is broken.\n\nPieter' },
  // A friend's party: the reader added to a group chat, an envelope for the birthday girl's wish.
  { category: 'private-channel', text: 'Hoi Annelies,\n\nStuur je me even je 06 via WhatsApp of Signal, dan zet ik je in de groep.\n\nErik' },
  { category: 'private-channel', text: "Hi Annelies,\n\nSend me your number on WhatsApp or Signal and I'll add you to the group.\n\nErik" },
  { category: 'payment-offer', text: 'Hoi Annelies,\n\nCadeau hoeft niet, maar ze spaart voor een nieuwe racefiets, er staat een envelop bij de deur.\n\nErik' },
  { category: 'payment-offer', text: 'Hoi Joris,\n\nJe kunt het overmaken naar Ans (NL62 RABO 0318 4472 90) of contant in de envelop bij haar in de brievenbus doen.\n\nMarieke' },
  { category: 'payment-offer', text: 'Hoi Joris,\n\nJe kunt het overmaken naar Ans (NL62 RABO 0318 4472 90, t.n.v. A. Jansen, o.v.v. "Gerda 70") of contant in de envelop doen.\n\nMarieke' },
  { category: 'payment-offer', text: 'Hi Joris,\n\nYou can transfer it to Ans (NL62 RABO 0318 4472 90) or put cash in the envelope in her letterbox.\n\nMarieke' },
  { category: 'payment-offer', text: 'Hoi Mark,\n\nIk heb een tafel voor twaalf gereserveerd en ik betaal het voorschot, we verrekenen het daarna.\n\nFemke' },
  { category: 'payment-offer', text: 'Hé Jeroen,\n\nZou je me willen aandragen via die referral-regeling waar je het over had? Dan krijg jij ook nog die bonus, toch.\n\nBas' },
  { category: 'sensitive-request', text: 'Geachte heer Van Dam,\n\nIk ben benieuwd waarom jullie nu uitbreiden en wat de nieuwe hal kan (voor zover jullie dat openbaar willen maken).\n\nLieke' },
  // What the sender says they do not need.
  { category: 'sensitive-request', text: 'Beste Ruben,\n\nZou je de titels van jullie artikelen kunnen sturen? Interne rapporten en testdata hoef ik nu niet.\n\nNoor' },
  // A policy the sender follows, not one asked about.
  { category: 'sensitive-request', text: 'Dear Ruud,\n\nCould you confirm the times? The fee is paid to your employer if your policy requires that.\n\nLiam' },
  { category: 'sensitive-request', text: 'Beste Ruud,\n\nKun je de tijden bevestigen? De vergoeding gaat naar je werkgever als jullie beleid dat vereist.\n\nLiam' },
  // An organiser asking for the reader's own travel plans, or a workshop's participants.
  { category: 'network-mapping', text: 'Hi Marloes,\n\nCould you send me your travel plans so I can book the hotel?\n\nAnna' },
  { category: 'network-mapping', text: 'Hoi Marloes,\n\nKun je me de deelnemerslijst van de workshop sturen, dan maak ik de badges?\n\nAnna' },
  // A board search's own secret is not the reader's material.
  { category: 'sensitive-request', text: 'Dear Annelies,\n\nCould you treat this as confidential? The incumbent has not yet announced her departure.\n\nCharlotte' },
  { category: 'sensitive-request', text: 'Beste Annelies,\n\nWil je dit vertrouwelijk houden? De huidige voorzitter heeft haar vertrek nog niet aangekondigd.\n\nCharlotte' },
  // The sender offering the code, not asking for it.
  { category: 'sensitive-request', text: 'Hoi Jeroen,\n\nStuur me anders even een appje, dan kan ik je de deurcode geven.\n\nSanne' },
  { category: 'sensitive-request', text: 'Hi Jeroen,\n\nSend me a text and I will give you the door code.\n\nSanne' },
  // IT telling of a migration moves nobody anywhere.
  { category: 'private-channel', text: 'Hi all,\n\nOur company mail is being migrated this weekend; please save your drafts before Friday.\n\nIT' },
  // Access asked for through the organisation's own front door.
  { category: 'network-mapping', text: 'Hi Sander,\n\nPlease request membership of the admin groups through the IT portal.\n\nIT Service Desk' },
  { category: 'network-mapping', text: 'Hoi Sander,\n\nVraag lidmaatschap van de beheerdersgroepen aan via het IT-portaal.\n\nServicedesk' },
  // The sender leaving themselves off the copy line keeps nothing from anyone.
  { category: 'secrecy', text: 'Hi Marloes,\n\nThe invoice is attached; no need to copy me on the payment confirmation.\n\nKarim' },
  { category: 'secrecy', text: 'Hoi Marloes,\n\nDe factuur zit in de bijlage; je hoeft mij niet in de cc te zetten bij de betaling.\n\nKarim' },
  // Confidentiality an agreement sets among its parties hides nothing from the employer.
  { category: 'secrecy', text: 'Hi Marit,\n\nUnder the consortium agreement these checkpoints stay confidential to the partners.\n\nJonas' },
  { category: 'secrecy', text: 'Hoi Marit,\n\nConform de consortiumovereenkomst graag discreet behandelen; de checkpoints zijn alleen voor de partners.\n\nJonas' },
  // IT's own advice about the work laptop steers nobody away.
  { category: 'private-channel', text: 'Hi all,\n\nPlease do not install private software on the work laptop.\n\nIT Service Desk' },
  { category: 'private-channel', text: 'Hallo allemaal,\n\nInstalleer geen privésoftware op je werklaptop.\n\nServicedesk' },
  // "Worth it" about a place to visit is no money.
  { category: 'payment-offer', text: 'Hoi Mar,\n\nWaar eet je goed in Hsinchu, en is Taroko de moeite waard?\n\nJoost' },
  // Security material the organisation publishes, or an invoice settled as before.
  { category: 'sensitive-request', text: 'Hi all,\n\nThe key rotation schedule for staff passwords is on the intranet.\n\nIT' },
  { category: 'payment-offer', text: 'Hi Joris,\n\nWe will pay the invoice within 30 days as usual.\n\nAccounts payable' },
  // A log asked for without a request, or the usual thanks to the organisers.
  { category: 'network-mapping', text: 'Hi all,\n\nThe gate log showed nothing unusual during the weekend.\n\nFacilities' },
  { category: 'payment-offer', text: 'Hi all,\n\nThe usual thanks to the organisers of the Friday drinks.\n\nFacilities' },
  // A newcomer whose work account does not exist yet moves nobody off work mail.
  { category: 'private-channel', text: 'Dear Mr Hermans,\n\nI am writing from my personal address because my institute account is not active yet.\n\nLi Na' },
  { category: 'private-channel', text: 'Beste Joost,\n\nIk mail vanaf mijn privéadres omdat mijn universiteitsaccount pas op mijn eerste dag wordt aangemaakt.\n\nLi Na' },
  // Results already out, told without a request.
  { category: 'sensitive-request', text: 'Hi all,\n\nThe preliminary results were published on our website this morning.\n\nInvestor Relations' },
  // A summary told about, not asked for; half of a team on its way.
  { category: 'sensitive-request', text: 'Hi all,\n\nThe yield summary is on the dashboard every Monday.\n\nFab management' },
  { category: 'payment-offer', text: 'Hi all,\n\nThe other half of the team travels the usual way, by train.\n\nFacilities' },
  // A reception's informal part keeps nothing from anyone; a customer wanting a delivery date asks for nothing internal.
  { category: 'secrecy', text: 'Geachte mevrouw Verhoeven,\n\nNa de toespraak volgt een informeel samenzijn met hapjes en drankjes.\n\nAmbassade van Noorwegen' },
  { category: 'secrecy', text: 'Dear Ms Verhoeven,\n\nAfter the speech there is an informal get-together with drinks and snacks.\n\nEmbassy of Norway' },
  { category: 'sensitive-request', text: 'Hi Sander,\n\nThe customer wants the delivery before the end of March.\n\nOmar' },
  { category: 'sensitive-request', text: 'Hoi Sander,\n\nDe klant wil de levering voor eind maart.\n\nOmar' },
  // A service level met, a routine check on the sender's side.
  { category: 'sensitive-request', text: 'Hi all,\n\nOur SLA for the service contracts was met again this quarter.\n\nService management' },
  { category: 'payment-offer', text: "Hi Femke,\n\nI'll do the usual checks on my side before the release.\n\nBas" },
  { category: 'payment-offer', text: 'Hoi Femke,\n\nIk doe de gebruikelijke controles aan mijn kant voor de release.\n\nBas' },
  // A referee's CV, so the job title is listed right.
  { category: 'sensitive-request', text: 'Hi Joris,\n\nCould you send me your current CV so I can list your position correctly?\n\nAnders' },
  { category: 'sensitive-request', text: 'Hoi Joris,\n\nKun je me je actuele cv sturen, zodat ik je positie goed vermeld?\n\nAnders' },
  // A present the reader buys for someone else, and the reader's own address passed to family.
  { category: 'payment-offer', text: 'Hi Mariek,\n\nCould you buy the gift card? I already have 60 euros from Jeroen.\n\nLotte' },
  { category: 'payment-offer', text: 'Hee Mariek,\n\nKun jij de cadeaubon regelen? Ik heb al 60 euro van Jeroen.\n\nLotte' },
  { category: 'private-channel', text: 'Hi Mariek,\n\nCould you give Mum your private email address? She wants to send you the holiday photos.\n\nLotte' },
  { category: 'private-channel', text: "Hee Mariek,\n\nKun je je privémail even aan mam doorgeven? Ze wil je foto's van de vakantie sturen.\n\nLotte" },
  // Results of the last run told about, not asked for.
  { category: 'sensitive-request', text: 'Hi all,\n\nThe results of the last run are on the wiki.\n\nLab' },
  // A software newsletter's inventory fields and a list server's reminder name codes; they ask for none.
  { category: 'sensitive-request', text: 'Hi all,\n\nYou can track your software by licence, user ID, title or activation key. Please let us know what you think.\n\nThe editors' },
  { category: 'sensitive-request', text: 'Hallo allemaal,\n\nJe kunt je software bijhouden op licentie, gebruikers-ID, titel of licentiesleutel. Laat ons weten wat je ervan vindt.\n\nDe redactie' },
  { category: 'sensitive-request', text: 'Hello,\n\nPlease follow the instructions above to request a reset of your list admin password.\n\nMailing list owner' },
  // A mission's fee is what the reader pays; what to share is left to the reader's company.
  { category: 'payment-offer', text: 'Dear Mr Oosterhuis,\n\nThe mission fee of EUR 450 covers local transport and the seminar.\n\nMarieke' },
  { category: 'payment-offer', text: 'Geachte heer Oosterhuis,\n\nDe missiebijdrage van EUR 450 dekt het lokale vervoer en het seminar.\n\nMarieke' },
  { category: 'secrecy', text: "Dear Mr Oosterhuis,\n\nWhat you share during the visits is entirely at your own company's discretion.\n\nMarieke" },
  { category: 'secrecy', text: 'Geachte heer Oosterhuis,\n\nWat u tijdens de bezoeken deelt, is geheel ter discretie van uw eigen bedrijf.\n\nMarieke' },
  // Family mail sent to the work address because the private one fails, and a present everyone chips in for.
  { category: 'private-channel', text: 'Hi sis,\n\nSorry for writing to your work address, your gmail keeps bouncing.\n\nMarieke' },
  { category: 'private-channel', text: 'Hee zus,\n\nSorry dat ik naar je werkmail stuur, je privémail doet het bij mij ineens niet meer.\n\nMarieke' },
  { category: 'payment-offer', text: 'Hi sis,\n\nI thought of a voucher for the bike trip, everyone puts something in.\n\nMarieke' },
  { category: 'payment-offer', text: 'Hee zus,\n\nIk dacht aan een cadeaubon voor de fietsvakantie, iedereen legt wat in.\n\nMarieke' },
  // A consortium's rule on publishing is no promise of anonymity.
  { category: 'secrecy', text: 'Hoi Hanneke,\n\nWij gebruiken ze niet voor publicatie voordat de publicatiecommissie heeft gekeken.\n\nPieter' },
  // Friends taking turns to pay, and a tax adviser asking whether the reader was paid.
  { category: 'hospitality', text: 'Haoran!\n\nDinner is on me this time, you paid in Shanghai, remember.\n\nLili' },
  { category: 'hospitality', text: 'Haoran!\n\nHet eten is deze keer van mij, jij betaalde in Shanghai.\n\nLili' },
  { category: 'payment-offer', text: 'Dear Marieke,\n\nDid you receive a fee or honorarium for the guest lecture in Leuven?\n\nHans' },
  { category: 'payment-offer', text: 'Beste Marieke,\n\nHeb je daarvoor een vergoeding of honorarium ontvangen?\n\nHans' },
  // A father passing on the news of what spies paid, and asking on mum's behalf about Christmas.
  { category: 'payment-offer', text: 'Hi Mariek,\n\nThe paper says they invited people to dinners and sometimes paid cash for data.\n\nDad' },
  { category: 'payment-offer', text: 'Hoi Mariek,\n\nDe krant schrijft dat ze mensen uitnodigden voor etentjes en soms contant betaalden. Ze nodigden mensen uit en betaalden soms contant voor gegevens.\n\nPap' },
  { category: 'private-channel', text: 'Hi Mariek,\n\nMum asks whether you come on the 25th or the 26th. Let us know on WhatsApp.\n\nDad' },
  { category: 'private-channel', text: 'Hoi Mariek,\n\nMama vraagt of jullie met kerst op de 25e of de 26e komen. Laat het even weten via WhatsApp.\n\nPap' },
  // A sister planning a relative's surprise birthday: the secret is kept from mum, the money goes to the sister.
  { category: 'secrecy', text: "Hi Ruud,\n\nWe are planning something for mum's 70th in your garden. Could you keep it between us for now? She thinks we are just coming to see the house.\n\nMarieke" },
  { category: 'secrecy', text: 'Hoi Ruud,\n\nWe plannen iets voor mam haar 70e, bij jullie in de tuin. Wil je het nog even onder ons houden? Ze denkt dat we gewoon komen kijken.\n\nMarieke' },
  { category: 'secrecy', text: 'Hoi Ruud,\n\nIk wil een verrassing regelen voor pa, bij jullie in de tuin. Wil je het nog even onder ons houden? Hij denkt dat we gewoon komen kijken.\n\nMarieke' },
  { category: 'payment-offer', text: 'Hi Maart,\n\nIt is 60 euros each, just transfer it to my account.\n\nAnouk' },
  { category: 'payment-offer', text: 'Hoi Maart,\n\nHet is 60 euro per persoon, maak maar over naar mijn rekening.\n\nAnouk' },
  { category: 'payment-offer', text: "Hi Jeroen,\n\nCould you sort out the present? It will be a balloon flight, I'll transfer half.\n\nFemke" },
  { category: 'payment-offer', text: 'Hoi Jeroen,\n\nKun jij het cadeau regelen? Het wordt een rondvlucht, ik maak de helft over.\n\nFemke' },
  // A builder who puts the reader in the site's group chat, and invoices the advance.
  { category: 'private-channel', text: "Hi Joris,\n\nCould you send me your private number again? Then I'll add you to the WhatsApp group with the plasterer.\n\nErik" },
  { category: 'private-channel', text: 'Hoi Joris,\n\nKun je me je privénummer nog eens sturen? Dan zet ik je in de WhatsApp-groep met de stukadoor.\n\nErik' },
  { category: 'payment-offer', text: 'Hi Joris,\n\nThe advance for the first instalment (30%) I will send as an invoice once the permit is in.\n\nErik' },
  { category: 'payment-offer', text: 'Hoi Joris,\n\nHet voorschot van de eerste termijn (30%) stuur ik als factuur zodra de vergunning binnen is.\n\nErik' },
  // A messenger named only to make the appointment.
  { category: 'private-channel', text: 'Hi Ingrid,\n\nMy work address is p.smeets@ufv.example, but WhatsApp is easier to arrange a time.\n\nPieter' },
  { category: 'private-channel', text: 'Hoi Ingrid,\n\nMijn werkmail is p.smeets@ufv.example, maar WhatsApp is makkelijker om af te spreken.\n\nPieter' },
  // A messenger chosen because ordinary calls are poor abroad.
  { category: 'private-channel', text: 'Hi Joost,\n\nOr call on Signal, it works better here than normal calls.\n\nSophie' },
  { category: 'private-channel', text: 'Hoi Joost,\n\nOf bel via Signal, dat werkt hier beter dan gewoon bellen.\n\nSophie' },  // Sparing the reader a chore keeps nothing from anyone.
  { category: 'secrecy', text: 'Hi Marleen,\n\nThe form is optional, so no need to bother with it.\n\nYusuf' },
  { category: 'secrecy', text: 'Hi Marleen,\n\nPlease don\'t trouble yourself with this, I will ask the front desk.\n\nYusuf' },  // Logistics arranged as before promise nothing.
  { category: 'payment-offer', text: "Hi Sanne,\n\nThe room is booked; I'll arrange the catering as before.\n\nRuud" },
  { category: 'payment-offer', text: 'Hoi Sanne,\n\nDe zaal is geboekt; ik regel de catering zoals de vorige keer.\n\nRuud' },  // A train that went somewhere and a registration code are no customers' orders or payment.
  { category: 'sensitive-request', text: 'Hi Sanne,\n\nWhich train went to Utrecht?\n\nRuud' },
  { category: 'sensitive-request', text: 'Hoi Sanne,\n\nWelke trein ging je nemen naar Utrecht?\n\nRuud' },
  { category: 'payment-offer', text: 'Hi Sanne,\n\nPlease use the voucher code CONF25 when you register.\n\nRuud' },  // A supplier paying the shipping is no trip paid for the reader.
  { category: 'hospitality', text: 'Hi Sanne,\n\nThe shipping costs are on us.\n\nRuud' },
  { category: 'hospitality', text: 'Hoi Sanne,\n\nDe verzendkosten zijn voor onze rekening.\n\nRuud' },
  // Ordinary questions about a meeting or a job, not an internal matter asked for.
  { category: 'sensitive-request', text: 'Hi Pieter,\n\nCould you send the list of upgrades in the new release notes?\n\nRuslan' },
  { category: 'network-mapping', text: 'Hoi Pieter,\n\nIk weet nog niet wie de boodschappen doet dit weekend.\n\nRuslan' },
  { category: 'secrecy', text: 'Hi Joris,\n\nManagement does not need to be involved for a change under 500 euros, per the purchasing policy.\n\nWei Jie' },
  // Ordinary talk about new colleagues, rooms, archives and language practice.
  { category: 'network-mapping', text: 'Hi,\n\nWelcome to all new hires since the summer; lunch is on Friday.\n\nMieke' },
  { category: 'network-mapping', text: 'Hoi,\n\nWie er op het feest mag, bepaalt de jarige zelf.\n\nMieke' },
  { category: 'secrecy', text: 'Hi,\n\nThe minutes will end up in the archive as usual.\n\nMieke' },
  { category: 'private-channel', text: 'Hi,\n\nMaybe it is easier if we use WeChat between the meetings? Then I can send you voice messages for pronunciation practice.\n\nYuting' },
  { category: 'private-channel', text: 'Hoi,\n\nZullen we WhatsApp gebruiken tussen de afspraken? Dan stuur ik je spraakberichten om de uitspraak te oefenen.\n\nYuting' },
  // A shared folder named, a promise kept in the team, a usual folder: no request for what is not public, no secret.
  { category: 'sensitive-request', text: 'Hi,\n\nPlease put the table in the board folder on SharePoint before Thursday.\n\nMieke' },
  { category: 'sensitive-request', text: 'Hoi,\n\nZet het overzicht maar op het intranet.\n\nMieke' },
  { category: 'secrecy', text: 'Hoi,\n\nVerder gaat het nergens heen, het blijft in het team.\n\nMieke' },
  { category: 'private-channel', text: 'Hi,\n\nThe files are in the usual place on the team drive.\n\nMieke' },
  { category: 'sensitive-request', text: 'Hi,\n\nCould you send me your price sheet for the valves?\n\nMieke' },
  // A colleague's send-off and collection, a file that needs no mail.
  { category: 'secrecy', text: 'Hi,\n\nWim\'s last day is 27 March and we\'re doing a small surprise in the lab. Please keep it between us.\n\nPriya' },
  { category: 'payment-offer', text: 'Hi,\n\nWe\'re collecting for a gift for Wim. Cash in the envelope in my top drawer.\n\nPriya' },
  { category: 'private-channel', text: 'Hi,\n\nNo need to email it, just put it in Jira.\n\nPriya' },
  { category: 'private-channel', text: 'Hoi,\n\nDie hoeven niet via de mail, zet ze maar op SharePoint.\n\nPriya' },
  // The portal as the route, and a public report.
  { category: 'private-channel', text: 'Hi,\n\nPlease submit it through the project portal, not by email.\n\nMieke' },
  { category: 'sensitive-request', text: 'Hi,\n\nThe interim report for the ministry is on the public project website.\n\nMieke' },
  // Registration is not reporting; a colleague pointing at the shared drive; a sender whose own account fails.
  { category: 'secrecy', text: 'Hoi,\n\nJe hoeft je voor de lunch niet aan te melden.\n\nAnne' },
  { category: 'private-channel', text: 'Hoi,\n\nZet het op de groepsschijf, dan hoef je niks te mailen.\n\nAnne' },
  { category: 'private-channel', text: 'Hoi,\n\nIk mail via mijn gmail omdat mijn universiteitsaccount het niet doet.\n\nDaan' },
  { category: 'private-channel', text: 'Hi,\n\nWriting from my gmail because my university account is being migrated.\n\nDaan' },
  { category: 'private-channel', text: 'Hi,\n\nHere are the terms, as usual: one hour, recorded, no client names.\n\nAnna' },
  { category: 'private-channel', text: 'Hoi,\n\nZet het op de schijf, het hoeft niet per mail.\n\nAnne' },
  { category: 'secrecy', text: 'Hoi,\n\nMailen hoeft niet, dan blijft alles in het systeem.\n\nAnne' },
  { category: 'private-channel', text: 'Hoi,\n\nZet het in de map, niet op een stick.\n\nAnne' },
  { category: 'private-channel', text: 'Hi,\n\nSave it on the shared drive, not on a stick.\n\nAnne' },
  { category: 'private-channel', text: 'Hoi,\n\nGraag niet per mail, alleen via het portaal.\n\nAnne' },
  { category: 'secrecy', text: 'Hi,\n\nPlease sign them in as your guests at the reception.\n\nAnne' },
  { category: 'private-channel', text: 'Hi,\n\nPut an umbrella in your bag, rain is coming.\n\nAnne' },
  { category: 'private-channel', text: 'Hoi,\n\nStop even een trui in je tas, het wordt koud.\n\nAnne' },
  { category: 'secrecy', text: "Hi all,\n\nKeep it quiet towards Bas for now, I want to tell him myself at dinner.\n\nTom" },
  { category: 'secrecy', text: 'Hoi,\n\nZeg nog niks tegen oma, ik wil het haar zelf vertellen.\n\nTom' },
  { category: 'diplomatic-sender', text: 'Hoi,\n\nIk heb bij het visumloket gevraagd wat de ambassade precies wil zien.\n\nRishi' },
  { category: 'sensitive-request', text: "Hi,\n\nAdd me on WeChat and I'll put you in the wedding group.\n\nTom" },
  { category: 'network-mapping', text: 'Dear Ms. Smit,\n\nFor the thank-you cards I would like to write to the team personally. Could you tell me the names of the people who did the packing?\n\nKenji' },
  { category: 'payment-offer', text: 'Dear Ms. Smit,\n\nAs a small token of our appreciation we sent a box of sweets. According to your company gift policy we declared the value to purchasing.\n\nHiroshi' },
  { category: 'network-mapping', text: 'Dear Ms. Smit,\n\nFor the training certificates, could you send me the names of the operators who joined the course?\n\nHiroshi' },
  { category: 'private-channel', text: 'Hoi allemaal,\n\nDonderdag zelfde tijd, in vergaderzaal 3.\n\nAnne' },
  { category: 'secrecy', text: 'Hoi Daan,\n\nZe zijn nog niet gepubliceerd, dus graag via de normale weg.\n\nFemke' },
  { category: 'secrecy', text: 'Hi all,\n\nLet us do a surprise after the rehearsal. Marco turns 60, so keep it quiet.\n\nRuben' },
  { category: 'secrecy', text: 'Hi all,\n\nPlease keep this quiet, she is not on this list, so do not reply-all.\n\nFemke' },
  { category: 'secrecy', text: 'Beste meneer Wiersma,\n\nAls u liever rechtstreeks overmaakt, kan ik ons IBAN doorgeven.\n\nWim' },
  { category: 'payment-offer', text: 'Hello,\n\nPayment is in cash on arrival, we have no card machine, sorry.\n\nNino' },
  { category: 'secrecy', text: 'Regards,\nHenrik\n\nIf you are not the intended recipient, please inform the sender and delete the message.' },
  { category: 'network-mapping', text: 'Hi all,\n\nSend me the names of who you bring, partners and kids welcome.\n\nRuben' },
  { category: 'sensitive-request', text: 'Lieve familie,\n\nStuur mij een foto van je paspoort (de pagina met foto) voor de toeristenkaart.\n\nShanti' },
  { category: 'sensitive-request', text: 'Dear Mr Dijkhuis,\n\nCould you create guest accounts for the Wi-Fi for our delegation of four?\n\nKim' },
  { category: 'secrecy', text: 'Hoi,\n\nHij kan de eerste weken onder ons account werken.\n\nThijs' },
  { category: 'sensitive-request', text: 'Beste collega\'s,\n\nDat document is alleen intern; stuur het dus niet door naar partners.\n\nHR' },
  { category: 'network-mapping', text: 'Dear Ms. Smit,\n\nFor the reservation, could you send us the names of the persons who will join, and any food allergies?\n\nKenji' },
  { category: 'sensitive-request', text: 'Hi all,\n\nThe first checkpoint on the route is at the bridge, please bring water.\n\nRuben' },
  { category: 'sensitive-request', text: 'Hoi allemaal,\n\nHet laatste checkpoint van de tocht is bij de brug; neem water mee.\n\nRuben' },
  { category: 'secrecy', text: 'Hoi Ruben,\n\nKun je het via je teamleider laten lopen? Dan staat het in de planning.\n\nErik' },
  { category: 'secrecy', text: 'Hi Ruben,\n\nPlease run it through your planning so your team lead sees it.\n\nErik' },
  { category: 'secrecy', text: 'Hoi Bas,\n\nZonder ticket kunnen we helaas niets doen; maak er even een aan via het portaal.\n\nSanne' },
  { category: 'secrecy', text: 'Hi Bas,\n\nWithout a ticket we cannot help, so please raise one through the portal.\n\nSanne' },
  { category: 'sensitive-request', text: 'Hi all,\n\nIf you bring a laptop, we can set up the guest network at the door.\n\nSanne' },
  { category: 'sensitive-request', text: "Beste mevrouw Verhoeven,\n\nZou onze fotograaf een paar foto's mogen maken van studenten in het lab?\n\nLotte" },
  { category: 'sensitive-request', text: 'Dear Ms Verhoeven,\n\nCould our photographer take a few photos of students in the lab?\n\nLotte' },
  { category: 'secrecy', text: 'Hi Ilse,\n\nNo need to run it by me, just go ahead with the order.\n\nGareth' },
  { category: 'sensitive-request', text: 'Hi Marloes,\n\nIs the Zenodo record for the paper (fig 3, the T1 vs field data) still the latest version after the erratum?\n\nSanne' },
  { category: 'sensitive-request', text: 'Hoi Marloes,\n\nIs het Zenodo-record bij het artikel (de veldmetingen van figuur 3) nog de laatste versie na het erratum?\n\nSanne' },
  { category: 'payment-offer', text: 'Dear all,\n\nContribution: 10-20 euro, whatever you like. You can put cash in the envelope in my top drawer.\n\nHannah' },
  { category: 'payment-offer', text: 'Hoi Marieke,\n\nZou je de lege versie willen sturen? Als tegenprestatie krijg je ons nieuwe format voor promoties.\n\nYvonne' },
  { category: 'network-mapping', text: 'Beste Joris,\n\nKun je me een overzicht sturen van welke accounts onder ons project nu actief zijn?\n\nJeroen' },
  { category: 'network-mapping', text: 'Dear Joris,\n\nCould you send me an overview of which accounts under our project are still active?\n\nJeroen' },
  { category: 'private-channel', text: 'Hoi Kees,\n\nDe procesparameters staan op SharePoint. Liever niet als bijlage mailen.\n\nAnke' },
  { category: 'sensitive-request', text: 'Dear Mr Kuipers,\n\nPlease send the serial number of your laptop (without laptop no registration is needed).\n\nVisitor office' },
  { category: 'sensitive-request', text: 'Beste meneer Kuipers,\n\nStuur het serienummer van uw laptop (zonder laptop is geen registratie nodig).\n\nBezoekersbalie' },
  { category: 'network-mapping', text: 'Hoi allemaal,\n\nWie van jullie komt er nog op de borrel vrijdag? Dan bestel ik genoeg hapjes.\n\nRuben' },
  { category: 'payment-offer', text: 'Beste Marloes,\n\nWe geven graag tien waardebonnen voor de voedselbank.\n\nSandra' },
  { category: 'private-channel', text: 'Hi Tom,\n\nWe moved, so the other address is no longer in use.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nIk maak een podcast over chips en zoek nog gasten.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nDinner at our place on Saturday?\n\nAlex' },
  { category: 'secrecy', text: 'Dear Dr Bakker,\n\nPlease do not share the manuscript with anyone without first asking the editorial office.\n\nHannah' },
  { category: 'payment-offer', text: "Hoi Ilse,\n\nElke maand dezelfde koppen: highlights, KPI's, cash, hiring en asks.\n\nFloor" },
  { category: 'sensitive-request', text: 'Dear Sander,\n\nPlease do not send us anything belonging to your current employer: no test programs or customer names.\n\nMei Ling' },
  { category: 'secrecy', text: "Hi Joris,\n\nKeep this between us: Pieter doesn't know yet, he's off to Damen at the end of the month.\n\nClaire" },
  { category: 'payment-offer', text: 'Hoi allemaal,\n\nContant kan ook, dan stop je het in de envelop in mijn la.\n\nFemke' },
  { category: 'secrecy', text: "Hi all,\n\nAnna is getting married in June! Keep it between us, we're collecting for a present.\n\nFemke" },
  { category: 'secrecy', text: "Hallo Hans,\n\nNog even tussen ons: graag niets over de status met de klant of de agent delen.\n\nFemke" },
  { category: 'secrecy', text: "Hi Hans,\n\nJust between us: please do not share the status with the customer or the agent yet.\n\nFemke" },
  { category: 'payment-offer', text: "Hoi allemaal,\n\nDe jaarafrekening is binnen. Ze verhogen het voorschot van 168 naar 195 per maand.\n\nAnouk" },
  { category: 'payment-offer', text: "Dag Femke,\n\nHet voorschot van €300 heb ik ontvangen, merci. De rest mag cash aan de chauffeur bij levering.\n\nGeert" },
  { category: 'payment-offer', text: "Dag Femke,\n\nAls het cash is, stop het dan in een envelop met uw naam op, dan geeft hij een ontvangstbewijs.\n\nGeert" },
  { category: 'secrecy', text: "Hi Joost,\n\nWe're collecting for a present, she doesn't know about this part so please keep it to yourself.\n\nLotte" },
  { category: 'secrecy', text: "Hoi Joost,\n\nWe zamelen in voor een cadeau, zij weet hier niets van, dus hou het voor je.\n\nLotte" },
  { category: 'payment-offer', text: "Hi Joost,\n\nCould you put in a couple of jars of your honey? Happy to pay you for them out of the pot.\n\nLotte" },
  { category: 'sensitive-request', text: "Dear Joost,\n\nCould you send me the photos of the lab outing to the beach? My phone was empty that day.\n\nYu-Ting" },
  { category: 'sensitive-request', text: "Beste Joost,\n\nKun je me de foto's van het labuitje naar het strand sturen? Mijn telefoon was leeg.\n\nYu-Ting" },
  { category: 'payment-offer', text: "Hi all,\n\nThe bride's dad is paying us on the night, in cash, as agreed.\n\nPete" },
  { category: 'payment-offer', text: "Hoi allemaal,\n\nDe vader van de bruid betaalt ons op de avond zelf contant, zoals afgesproken.\n\nPete" },
  { category: 'payment-offer', text: "Dear colleagues,\n\nAny cash or gift cards must be declined or registered in the register within five days.\n\nEthics Office" },
  { category: 'secrecy', text: "Dear colleagues,\n\nQuestions you would rather not ask in a group? Use the Speak-Up channel.\n\nEthics Office" },
  { category: 'payment-offer', text: "Dear Dr Smit,\n\nThe speaker honorarium, according to our university's regulations for invited lecturers, has been transferred.\n\nProf. Tanaka" },
  // Session 31: the same words where nothing is asked or kept back.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nThe eFuse map for the B1 stepping is in the public datasheet, section 4.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nWe published the held-out evaluation split with the paper last year.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nPlease upload the signed form to the partner portal before Friday.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nThe waybill lists the serial numbers of all three units.\n\nAlex' },
  { category: 'network-mapping', text: 'Hi Tom,\n\nThe signatory list was updated by the board in March.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nDe fuse-instellingen staan in de openbare datasheet.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nZet het formulier graag vóór vrijdag op het partnerportaal.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nDe pakbon vermeldt de serienummers van alle drie de units.\n\nAlex' },
  // Session 31, second round: the same words where nothing is asked, paid or kept back.
  { category: 'sensitive-request', text: 'Hi Tom,\n\nThe RMA overview for your own parts is in the customer portal.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nHet retouroverzicht van jullie eigen onderdelen staat in het klantportaal.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nWe rijden weer buiten de stad om.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nPlease raise a ticket for this one so the desk can plan it.\n\nAlex' },
  // Session 31, third round: the reader's own passport details for a visit, a phone number to call or text, the Netherlands' own consul.
  { category: 'network-mapping', text: 'Hi Tom,\n\nFor their visitor register I need your name as in your passport and your passport number.\n\nAlex' },
  { category: 'network-mapping', text: 'Hoi Tom,\n\nVoor hun bezoekersregistratie heb ik je naam zoals in je paspoort en je paspoortnummer nodig.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nVragen? Bel of app me gerust op 06 41 27 88 03.\n\nAlex' },
  { category: 'diplomatic-sender', text: 'Hi Tom,\n\nThe reception is at the residence of the Dutch consul-general in Osaka.\n\nAlex' },
  { category: 'diplomatic-sender', text: 'Hoi Tom,\n\nDe receptie is in de residentie van de Nederlandse consul-generaal in Osaka.\n\nAlex' },
  // Session 31, fifth round: the reader spared a task, and a rule stated with its limit.
  { category: 'secrecy', text: "Hi Tom,\n\nWe'll send it back with a letter, so you don't have to explain it to the fab manager yourself.\n\nAlex" },
  { category: 'secrecy', text: 'Hoi Tom,\n\nWe sturen hem terug met een brief, dan hoef jij het niet zelf uit te leggen aan de fab manager.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nHet etentje hoeft niet in het register zolang het een gewone maaltijd is.\n\nAlex' },
  // Session 32: lunch at one's own cost, a preference about a date.
  { category: 'hospitality', text: 'Hoi Tom,\n\nDe lunch is voor eigen rekening.\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI'd prefer not to schedule the review on a Friday.\n\nAlex" },
  // Session 32, second round: a recruiter's limit, the reader's own matter kept by the treasurer.
  { category: 'sensitive-request', text: "Hi Tom,\n\nCould you send your CV? To be clear, they don't want anything about your current employer's designs or test data.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je je cv sturen? Ze willen niets over de producten of testresultaten van je huidige werkgever.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nIf the fee is a problem for you, tell the board; it stays between you and the treasurer.\n\nAlex' },
  // Session 32, third round: a rule written as a list, a reference asked for.
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nWat je nooit moet doen: meetdata naar je privéadres sturen, ook niet om thuis te werken.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nWhat you should never do: send test data to your home address, not even to work from home.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nHet mooiste zou zijn als jij een aanbeveling wilt schrijven over het beoordelingsformulier voor uitvindingsmeldingen dat we samen invoerden.\n\nAlex' },
  // Session 32, fourth round: a third person's private number already called, one's own photos on a stick, the pot's state.
  { category: 'private-channel', text: 'Hoi Tom,\n\nJa, ze weet ervan: ik heb haar gisteren op haar privénummer gebeld.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nYes, she knows: I called her on her private number yesterday.\n\nAlex' },
  { category: 'sensitive-request', text: "Hoi Tom,\n\nOp de ledenavond laat ik foto's zien. Neem je eigen foto's gerust mee op een stick.\n\nAlex" },
  { category: 'private-channel', text: "Hoi Tom,\n\nOp de ledenavond laat ik foto's zien. Neem je eigen foto's gerust mee op een stick.\n\nAlex" },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nStand van de pot: € 120 via Tikkie en € 40 contant. Wil jij donderdag de envelop met het contante geld ophalen?\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nPot status: EUR 120 via the link and EUR 40 cash. Could you collect the envelope with the cash on Thursday?\n\nAlex' },
  // Session 32, fifth round: a colleague's years of service kept as a surprise.
  { category: 'secrecy', text: 'Hoi Tom,\n\nAnnie viert haar dienstjubileum, dus hou het onder ons tot de receptie.\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nIt's Frans's work anniversary on Friday, so keep it between us until the speech.\n\nAlex" },
  // Session 32, sixth round: one's own fee in cash, a member's hardship, a club's pictures, a chat group, a list of what is not given.
  { category: 'payment-offer', text: 'Hoi Tom,\n\nContant betalen kan ook, bij de penningmeester op de clubavond.\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nYou can also pay in cash at the club evening.\n\nAlex' },
  { category: 'secrecy', text: 'Hoi Tom,\n\nWie het lastig heeft met de contributie: zeg het me, dat blijft tussen ons.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nVoor de clubavond: breng maximaal vijf beelden mee op een stick.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je me laten weten of ik je mag toevoegen aan de WeChat-groep van onze oude vakgroep?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nCould I add you to the WeChat group of our old lab?\n\nAlex' },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nKun je het kort houden op de beurs? Namen en wie wat tekent, geven we niet.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nGift pool for their anniversary: keep it quiet please.\n\nAlex' },
  // Session 33, first round: a trip's rooming list, a round birthday kept quiet, the rest paid on arrival in cash.
  { category: 'network-mapping', text: 'Hi Tom,\n\nCould you let me have the list of names, with who is sharing with whom, by 15 April?\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nIt's Jim's 70th on the Sunday and we're doing a cake and a card at tea. He thinks nobody knows, so please keep it quiet when you write to him.\n\nAlex" },
  { category: 'payment-offer', text: "Hi Tom,\n\nThey'd each like 25% now by bank transfer to hold the rooms, and the rest on arrival in cash or by transfer, whichever suits.\n\nAlex" },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nDe B&B wil 25% vooraf en de rest bij aankomst contant of per overschrijving.\n\nAlex' },
  // Session 33, second round: a recruiter's rules on a former employer's information, discretion the reader can lift.
  { category: 'sensitive-request', text: "Hi Tom,\n\nJust so it's clear: we don't need anything from your current job for this. If we get that far, our interviews follow the usual rules on confidential information of previous employers.\n\nAlex" },
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nVoor de duidelijkheid: we hebben niets van je huidige werk nodig. Kun je wel even laten weten of je interesse hebt? De gesprekken volgen de gebruikelijke regels over vertrouwelijke informatie van vorige werkgevers.\n\nAlex' },
  { category: 'secrecy', text: "Hi Tom,\n\nI'll be discreet: I won't mention our conversation to anyone unless you want me to.\n\nAlex" },
  { category: 'secrecy', text: 'Hoi Tom,\n\nIk ben discreet: ik vertel er niemand over, tenzij je dat zelf wilt.\n\nAlex' },
  // Session 33, third round: a portal's "do not reply to this email", a video the mail cannot carry.
  { category: 'private-channel', text: 'Hi Tom,\n\nPlease answer in the portal and do not reply to this email.\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nBeantwoord de vraag in het portaal en reageer niet op deze e-mail.\n\nAlex' },
  { category: 'private-channel', text: "Hi Tom,\n\nI'll send you a little video on WhatsApp, this address can't handle it.\n\nAlex" },
  { category: 'private-channel', text: 'Hoi Tom,\n\nIk stuur je zo een filmpje via WhatsApp, dit adres kan dat niet aan.\n\nAlex' },
  // Session 33, fourth round: a messenger contact added, "a paper that is fine to publish".
  { category: 'sensitive-request', text: 'Hoi Tom,\n\nPraktisch: voeg me alsjeblieft toe op WeChat, mijn ID is lotte_sh_nl. Mail lees ik hier eens per week.\n\nAlex' },
  { category: 'sensitive-request', text: 'Hi Tom,\n\nPractical thing: could you please add me on WeChat? My ID is lotte_sh_nl. I only read mail once a week here.\n\nAlex' },
  { category: 'private-channel', text: 'Hi Tom,\n\nA paper that is fine to publish may still need some parameters removed from tables and figures.\n\nAlex' },
  // Session 33, fifth round: the same route through the portal, a club's planning by app, a third party paying the
  // orchestra, a voucher for someone's household, a new grandchild kept quiet.
  { category: 'private-channel', text: 'Hi Tom,\n\nCould you put our raw files in the data portal under our project number, the same way as last time?\n\nAlex' },
  { category: 'private-channel', text: 'Hoi Tom,\n\nKan je niet? Ruil dan zelf met iemand en app me even wie er komt.\n\nAlex' },
  { category: 'payment-offer', text: 'Hoi Tom,\n\nDe Rotary betaalt het orkest een vergoeding van 2.400 euro.\n\nAlex' },
  { category: 'payment-offer', text: 'Hi Tom,\n\nIdeas so far: a wooden train set, or a dinner voucher for Gerard and his wife.\n\nAlex' },
  { category: 'secrecy', text: 'Hi Tom,\n\nGerard is a grandad! Please keep it quiet until Thursday.\n\nAlex' },
];

/** Warnings about approaches, not approaches: each reads as awareness mail and gets no banner. */
const WARNINGS: Array<{ name: string; texts: string[] }> = [
  {
    name: 'reads a head of company on how staff talk to investors and the press as a warning, in English and in Dutch',
    texts: [
      "Dear all,\n\nHow we talk to investors and journalists, now that the funding round is public.\n\nOnly the CFO and I discuss the round. If someone offers you a fee for a quick expert call, wants to move to WhatsApp, or asks about things that aren't public, stop there. If in doubt, ask the security officer.\n\nDrinks on us at the booth on Tuesday.\n\nMarit",
      'Beste collega\'s,\n\nHoe we met investeerders en journalisten omgaan, nu de financieringsronde openbaar is.\n\nAlleen de CFO en ik praten over de ronde. Biedt iemand je geld voor een snel expertgesprek, wil hij verder via WhatsApp of vraagt hij naar wat niet openbaar is, stop dan. Bij twijfel: vraag het de security officer.\n\nDinsdag borrel op onze kosten bij de stand.\n\nMarit',
    ],
  },
  {
    name: "reads the employer's reminder of how customer material is handled as a warning",
    texts: [
      "Dear colleagues,\n\nA reminder of how we handle customer material before the audits.\n\nReturned parts stay on site. If someone you met at a fair asks for photos or reports over WhatsApp, don't answer and don't delete the message; forward it to the security officer.\n\nSecurity & Compliance",
    ],
  },
  {
    name: "reads the employer's rules on talking to the press as a warning, in English and in Dutch",
    texts: [
      "Dear all,\n\nBefore the trade fair, a reminder of our policy on contact with journalists and the media.\n\nReporters and people who say they are may call you on your private phone or ask for a quick chat off the record. Do not answer; take their name and forward the request to the press office.\n\nNever accept a fee or a gift for an interview. If in doubt, ask the security officer.\n\nCommunications",
      'Beste collega\'s,\n\nVoor de beurs nog even onze afspraken over contact met de pers.\n\nJournalisten, of mensen die zich zo noemen, bellen soms op je privénummer of vragen om iets "off the record". Geef geen antwoord, noteer naam en medium en stuur het verzoek door naar de persvoorlichter.\n\nNeem nooit geld of een cadeau aan voor een interview. Bij twijfel: vraag het de security officer.\n\nCommunicatie',
    ],
  },
  {
    name: 'reads an export-control notice as a warning, not as an approach',
    texts: [
      'Beste collega\'s,\n\nDeel geen procesparameters met externe partijen zonder toestemming van Exportcontrole; ze vallen onder de dual-useverordening.\n\nKrijgt u vragen over niet-openbare informatie, ook via privé-mail of WhatsApp? Meld het bij ons.\n\nAfdeling Exportcontrole',
    ],
  },
  {
    name: 'reads a trade-compliance reminder that forwards an approach as an example as a warning',
    texts: [
      'Dear all,\n\nAn engineer in Suzhou got the message below, did not answer and forwarded it to us, so you can recognise the pattern: an unnamed client, a fee, a move to WeChat.\n\nBefore any site visit, check the end-user against the licence and call Trade Compliance if in doubt.\n\nIngrid\n\n---------- Forwarded message ---------\nFrom: [removed]\n\nI do research for a client. We would pay USD 500 for a short chat about which customers wait for licences. Can we talk on WeChat? No need to inform your company.',
    ],
  },
  {
    name: 'reads travel advice that hands out a loaner laptop and a travel phone as a warning, in both languages',
    texts: [
      'Hi all,\n\nFor the trade fair: take a loaner laptop from IT, not your own, and use the travel phone.\n\nDo not share internal roadmaps or customer data at the booth, and do not move a conversation to WeChat or a private address. Report anything odd to security when you are back.\n\nEline',
      'Hoi allemaal,\n\nVoor de beurs: neem een leenlaptop van IT mee en gebruik de reistelefoon.\n\nDeel geen interne roadmaps of klantgegevens op de stand en ga niet in op verzoeken om via WhatsApp of een privéadres verder te praten. Meld vreemde contacten bij security als je terug bent.\n\nEline',
    ],
  },
  {
    name: "reads the employer's rules on gifts and hospitality from suppliers as a warning, in English and in Dutch",
    texts: [
      "Dear colleagues,\n\nDecember: what you may accept from suppliers. A short refresher of our code of conduct.\n\nUp to EUR 50 is fine once a year; register it in the gift register. Never: cash, gift cards or anything sent to your private address. If a supplier asks you about our customers or other suppliers' prices, give only what is public and report it to Security.\n\nIntegrity & Compliance",
      'Beste collega\'s,\n\nDecember: wat mag je aannemen van leveranciers? Een korte opfrisser van de gedragscode.\n\nTot € 50 mag, één keer per jaar; registreer het in het cadeauregister. Nooit: contant geld, cadeaubonnen of iets wat naar je privéadres wordt gestuurd. Vraagt een leverancier naar onze klanten of de prijzen van andere leveranciers? Geef alleen wat openbaar is en meld het bij Security.\n\nIntegriteit & Compliance',
    ],
  },
  {
    name: "reads the employer's review of papers and talks before publication as a warning, in English and in Dutch",
    texts: [
      'Dear colleagues,\n\nUpdated procedure: review of papers, talks and posters before publication. From 1 March export control looks at every submission.\n\nSubmit the final draft in PubReview at least 15 working days before the deadline. Export control checks it against the EU dual-use list: specifications of space optics can fall under Annex I, and measurement data of a customer\'s hardware needs the customer\'s approval.\n\nCommunications',
      'Beste collega\'s,\n\nNieuwe procedure: beoordeling van papers, presentaties en posters vóór publicatie. Vanaf 1 maart kijkt exportcontrole naar elke inzending.\n\nDien de definitieve versie minstens 15 werkdagen voor de deadline in via de publicatiereview. Exportcontrole toetst aan de dual-uselijst: specificaties van ruimte-optiek kunnen onder Annex I vallen, en meetdata van de hardware van een klant hebben goedkeuring van die klant nodig.\n\nCommunicatie',
    ],
  },
];

describe('wording beyond keywords', () => {
  for (const { category, text } of FOUND) {
    it(`finds ${category} in "${text.split('\n\n')[1]}"`, async () => {
      expect(categories(await analyze(text))).toContain(category);
    });
  }

  for (const { category, text } of ABSENT) {
    it(`finds no ${category} in "${text.split('\n\n')[1]}"`, async () => {
      expect(categories(await analyze(text))).not.toContain(category);
    });
  }

  for (const { name, texts } of WARNINGS) {
    it(name, async () => {
      for (const text of texts) {
        const analysis = await analyze(text);
        expect(analysis.awareness, text).toBe(true);
        expect(hasBanner(analysis), text).toBe(false);
      }
    });
  }

  it("reads a subject's exceptions with its signs: a farewell collection kept quiet keeps no secret", async () => {
    const analysis = await analyze('Hi all,\n\nThe card is in my drawer; sign it before Friday.\n\nPriya', {
      subject: "Wim's farewell: collection & card (please keep it quiet!)",
    });
    expect(categories(analysis)).not.toContain('secrecy');
  });

  it('reads a bulletin that forwards an approach between two banner lines and advises below it as a warning', async () => {
    // The blank line above the forward banner is not a reply header wrapped over two lines: the advice below the
    // closing banner stays the sender's own.
    const analysis = await analyze(
      "Beste collega's,\n\nHieronder stuur ik een melding door die een collega van een andere directie vorige maand bij ons deed. We delen hem (geanonimiseerd) omdat jullie als exportcontroleteam een aantrekkelijk doelwit zijn.\n\n---------- Doorgestuurd bericht ----------\nVan: \"Analyst\" via netwerksite\nOnderwerp: Korte betaalde notitie\n\n\"Wij adviseren een klant in Azië en zoeken uw persoonlijke visie op lopende vergunningsdossiers. Wij betalen 1.500 dollar per notitie en communiceren liever via Telegram.\"\n-------------------------------------------\n\nWaar zie je het aan? Een vaag bureau voor een onbekende klant, geld voor een 'persoonlijke visie', interesse in wat niet openbaar is, en de wens om naar een privékanaal te gaan.\n\nWat te doen bij zo'n benadering:\n- Ga niet in op het verzoek en deel niets wat niet openbaar is.\n- Stap niet over naar privémail of een berichtenapp.\n- Bewaar het bericht en verwijder het niet.\n- Meld het bij de Integrale Beveiliging via beveiliging@minezh.nl of toestel 4000. Liever een melding te veel dan een te weinig.\n\nMet vriendelijke groet,\n\nKarin Hoekstra\nBeveiligingsadviseur, Integrale Beveiliging\nMinisterie van Economische Zaken en Handel\n",
      { subject: 'Fwd: voorbeeld van een benadering via netwerksite - let op', from: { name: 'Integrale Beveiliging', address: 'beveiliging@minezh.nl' } },
    );
    expect(hasBanner(analysis)).toBe(false);
  });

});

describe('a public qualifier before the thing asked for', () => {
  it('still counts a request when the qualifier is negated ("not yet public", "non-public")', async () => {
    for (const text of [
      'Hi Tom,\n\nCould you send me the not yet public roadmap?\n\nAlex',
      'Hi Tom,\n\nCould you send me the non-public roadmap?\n\nAlex',
      'Hoi Tom,\n\nKun je me de nog niet openbare roadmap sturen?\n\nAlex',
    ]) {
      expect(categories(await analyze(text)), text).toContain('sensitive-request');
    }
  });
});

describe('a company team writing from free mail', () => {
  it('signing as security, compliance or IT from a free-mail address is an identity mismatch, in both languages', async () => {
    const english = await analyze('Hi Daan,\n\nPlease confirm your access rights by Friday.\n\nKind regards,\nSecurity & Compliance Team\nReticlon Systems', {
      from: { name: 'Reticlon Security & Compliance', address: 'reticlon.compliance@gmail.com' },
    });
    const dutch = await analyze('Hoi Daan,\n\nWil je je toegangsrechten voor vrijdag bevestigen?\n\nMet vriendelijke groet,\nTeam Security & Compliance\nReticlon Systems B.V.', {
      from: { name: 'Reticlon Security', address: 'reticlon.security@gmail.com' },
    });
    const ownDomain = await analyze('Hi Daan,\n\nPlease confirm your access rights by Friday.\n\nKind regards,\nSecurity & Compliance Team\nReticlon Systems', {
      from: { name: 'Reticlon Security & Compliance', address: 'compliance@reticlon.example' },
    });
    expect(categories(english)).toContain('identity-mismatch');
    expect(categories(dutch)).toContain('identity-mismatch');
    expect(categories(ownDomain)).not.toContain('identity-mismatch');
  });
});

describe('a list introduced by a question', () => {
  it('makes its items asked ("Could you send us the following?")', async () => {
    const analysis = await analyze(
      'Hoi Daan,\n\nWil je ons uiterlijk donderdag het volgende sturen?\n\n1\n\nEen export met alle collega\'s die leesrechten hebben op het archief\n\n2\n\nJouw eigen gebruikersnaam en wachtwoord\n\nTeam Security',
    );
    expect(categories(analysis)).toEqual(expect.arrayContaining(['network-mapping', 'sensitive-request']));
  });

  it('makes its items asked when the line before says what the sender needs ("hebben we nog iets meer nodig:")', async () => {
    const analysis = await analyze(
      'Beste Erik,\n\nVoor onze analyse hebben we nog iets meer nodig dan in de eisen staat:\n- de volledige procesflow van de die\n- de lijst van jullie toeleveranciers met de inkoopprijzen\n\nGroet,\nKevin',
    );
    expect(categories(analysis)).toContain('sensitive-request');
  });
});

describe('a sender writing from an organisation who wants it at a free-mail address', () => {
  const from = { from: { name: 'Dennis Hart', address: 'd.hart@northpoint-fieldtech.example' } };
  const redirects = (analysis: Awaited<ReturnType<typeof analyze>>) => analysis.signals.some((signal) => signal.rules.includes('SENDER_REDIRECTS_TO_FREE_MAIL'));

  it('reads "send it to my outlook address rather than to this one" as a private channel, in both languages', async () => {
    expect(redirects(await analyze('Hi,\n\nPlease send it to dennis.hart.sg@outlook.com rather than to this address, our IT holds manuals.\n\nDennis', from))).toBe(true);
    expect(redirects(await analyze('Hoi,\n\nStuur het liever naar dennis.hart.sg@outlook.com, onze IT houdt handleidingen tegen.\n\nDennis', from))).toBe(true);
  });

  it('does not read a farewell that names a private address, or the same request from free mail itself', async () => {
    expect(redirects(await analyze('Hi all,\n\nMy account closes on Friday. My private address is dennis.hart.sg@outlook.com.\n\nDennis', from))).toBe(false);
    const freeMail = { from: { name: 'Dennis Hart', address: 'dennis.hart@gmail.com' } };
    expect(redirects(await analyze('Hi,\n\nPlease send it to dennis.hart.sg@outlook.com instead.\n\nDennis', freeMail))).toBe(false);
  });
});
