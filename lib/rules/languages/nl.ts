import type { LanguageWords } from './types';

export const DUTCH_WORDS: LanguageWords = {
  language: 'nl',
  // Words both languages share ("in", "is", "we") are left out.
  markers: (
    'de het een en van ik je u uw wij ons onze niet dat dit zijn voor met aan ook bij naar kunt graag heb heeft er om als wordt maar zou nog wel deze die hebben kan zal wat hoe jullie mijn zich geen meer dan uit worden zoals over ' +
    // Frequent in short informal mail and never English: a one-liner ("Zullen we volgende keer ergens rustiger
    // afspreken?") may have none of the words above.
    'jij jou hij zij hun waar wanneer waarom welke welk alleen misschien keer volgende vandaag morgen gisteren zullen willen kunnen moeten gaan komen doen bedankt groet groeten groetjes alvast hoi weer mee toch dus nu'
  ).split(' '),
  abbreviations: [
    'dhr', 'mevr', 'mw', 'bijv', 'bv', 'o.a', 'i.v.m', 'z.s.m', 'm.b.t', 'ca', 'enz', 'etc', 'nl', 'resp', 'evt', 'incl',
    'excl', 't.a.v', 'a.s', 'jl', 'p.s', 'vs', 'nr', 'tel', 'e.d', 'd.w.z', 'm.vr.gr', 'mr', 'dr', 'ir', 'ing', 'prof',
    'drs', 'ds', 'zgn', 'zg', 'i.p.v', 'i.o.m', 'm.i.v', 'n.a.v', 't.b.v', 't.o.v', 'v.w.b', 'blz', 'afd', 'jr',
    'sr', 'st', 'kol', 'gen', 'ltz', 'nov', 'dec', 'jan', 'feb', 'mrt', 'apr', 'aug', 'sept', 'okt', 'a.u.b', 'vnl',
    // Betaalopdrachten: "t.n.v. A. Jansen, o.v.v. 'Gerda 70'".
    't.n.v', 'o.v.v', 'z.o.z', 'i.s.m', 'm.u.v', 'o.b.v',
  ],
  stopWords: 'de het een en of van voor met aan op in die dat naar te ons mij u uw je jouw dit deze om bij als zij ze hij wij we ik is zijn was maar niet'.split(' '),
  notAnObject: ['niet', 'nog', 'voordat', 'voor', 'uit'],
  // "maar" as a particle opens no clause: after an imperative or a small adverb ("maak maar over naar mijn rekening",
  // "alleen maar"), or before "even", "eens", "liefst".
  clauseBreaks: [
    '(?<!\\b(?:alleen|nog|dan|toch|zeg|gewoon|maak|stuur|geef|doe|laat|kom|bel|app|mail|neem|zet|vul|vraag|kijk|ga|wacht|hou|houd|reken|boek|leg|breng|pak|regel|probeer|lees|schrijf)\\s+)maar(?!\\s+(?:even|eens|liefst|weer)\\b)',
    'echter',
    'hoewel',
    'terwijl',
  ],
  // Ook het beleefde verzoek met "niet even": "kun je niet even een foto maken van dat overzicht?".
  suggestionOpeners: [
    '(?:(?:en|dus|maar)\\s+)?waarom\\b[^?]*\\bniet\\s+(?:gewoon|even|eens|meteen)(?![\\p{L}])',
    // Ook over een derde, met wat ertussen: "kan hij de eerste tijd niet gewoon met mijn badge meelopen?".
    '(?:kun|kan|kunt|zou|wil|mag)\\s+(?:je|jij|u|hij|zij|ze)\\s+(?:[\\p{L}]+\\s+){0,3}?niet\\s+(?:even|gewoon|eens|ff)(?![\\p{L}])',
  ],
  listJoins: ['en', 'of', 'noch'],
  exampleOpeners: ['zoals', 'waaronder', 'bijvoorbeeld', 'bijv\\.?', 'bv\\.?', 'o\\.a\\.?', 'onder andere'],
  continuationOpeners: [
    '(?:dat|dit) (?:geldt|omvat|betekent|houdt in|betreft)',
    'daaronder (?:valt|vallen)',
    'hetzelfde geldt (?:voor|bij)',
  ],
  standingTerms: [
    '(?:de)?zelfde (?:afspraak|deal|regeling|voorwaarden|vergoeding|bedrag)',
    '(?:op|tegen) de (?:gebruikelijke|afgesproken|vaste|bekende) (?:voorwaarden|basis|afspraak|vergoeding)',
    // De vaste manier zonder verwijzing: "zelfde indeling is prima".
    '(?:de|het)?zelfde (?:formaat|format|opzet|indeling|layout|opmaak|map) (?:is|werkt) (?:prima|goed|fijn|perfect)',
    '(?:zoals|als) (?:altijd|vanouds|afgesproken|(?:de )?vorige keer|gebruikelijk)',
    // Een vaste manier van aanleveren: "zelfde formaat als december".
    '(?:in )?(?:het|de)?zelfde (?:formaat|format|stramien|opzet|indeling|layout|opmaak) als (?:altijd|vanouds|(?:de )?vorige keer|in \\w+|(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\w*)',
  ],
  nextInstalments: [
    // Ook met een beleefdheid ertussen: "volgende week ook graag weer".
    'ook (?:graag |even |maar )?weer',
    'weer zo',
    // De volgende periode weer, en voortaan ook: "Volgende maand weer rond de 5e?", "zet de nummers er voortaan ook bij".
    '(?:volgende|komende) (?:maand|week|keer|kwartaal|ronde) weer',
    '(?:voortaan|vanaf nu) (?:\\S+ ){0,3}ook',
    'net als (?:vorige keer|de vorige|toen|in \\w+|vorige (?:maand|week|kwartaal))',
    // Zoals de keren, dagen of weken ervoor: "zelfde als de vorige keren", "zelfde als de afgelopen vrijdagen", "net als de laatste paar weken".
    '(?:zelfde als|hetzelfde als|net als|zoals) (?:de )?(?:afgelopen|laatste|vorige) (?:paar |twee |drie |vier )?(?:keren|maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen|zaterdagen|zondagen|weken|maanden|rondes|kwartalen|diensten)',
    '(?:het)?zelfde als',
    // De vaste afspraak genoemd: "zelfde afspraak als in september".
    '(?:de |het )?zelfde (?:afspraak|regeling|deal|voorwaarden) als',
    'die van (?:deze|volgende|vorige|(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\w*|q[1-4])',
    // Zoals bij de periode ervoor, de actuele stand en weer meegebracht: "zoals bij Q1", "neem je de actuele lijst weer mee?".
    '(?:zoals|net als) (?:bij|in|met|voor) (?:q[1-4]|h[12]|(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\w*)',
    'de actuele (?:lijst|versie|stand|export|set|tabel|planning|uitdraai)',
    // De volgende van de reeks zonder naam, en de vaste opzet kaal genoemd: "kan de volgende weer?", "week 14 t/m 17, zelfde opzet.".
    'de volgende (?:weer|ook)',
    '(?:de|het)?zelfde (?:opzet|formaat|format|indeling|layout|opmaak)(?=\\s*[.!?]|\\s*$)',
    '(?:neem|breng)(?: je| jij| u)?(?: \\S+){0,3} weer(?: \\S+){0,4} mee',
    // Weer doorgestuurd: "als je hem hebt, stuur je hem weer even door?".
    'stuur(?: je| jij| u)?(?: \\S+){0,3} weer(?: \\S+){0,3} door',
    '(?:bedankt|dank je|dank)(?: nog| weer)? voor (?:de vorige keer|vorige keer|de vorige|de laatste)',
    // Het volgende deel van een reeks: "lukt het nog met de tweede?", "de bijgewerkte lijst".
    'de (?:tweede|derde|vierde|volgende|bijgewerkte) (?:lijst|versie|batch|set|ronde|export|deel|update)',
    'met de (?:tweede|derde|vierde|volgende)(?! keer)',
    // Weer op de drager: "kun je de tabellen er weer op zetten?"; de maand erna: "lukt oktober ook?".
    '(?:er|ze|die|het) weer op (?:zetten|zet)',
    // Die van een kwartaal: "die van het vierde kwartaal".
    'die van het (?:eerste|tweede|derde|vierde|volgende|vorige) (?:kwartaal|halfjaar)',
    // Die van een andere klant of groep ook: "kun je die van Hanwol ook even doen? Zelfde manier."; weer in de map.
    'die van \\w+ ook(?: even| weer)?',
    '(?:op )?(?:de)?zelfde manier',
    'weer in de (?:map|folder|dropbox)',
    '(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\w* ook(?: weer)?\\?',
    'weer (?:hierheen|naar dit adres|hetzelfde|op een stickje)',
    // De ronde van een seizoen en weer zoals die van toen: "is de najaarsronde al binnen? Dan graag weer zoals in maart".
    '(?:voorjaars|zomer|najaars|winter|kwartaal|jaar)(?:ronde|lijst|batch|export|update)',
    // Hetzelfde voor de volgende periode en weer op de stick: "zelfde voor volgende week graag", "weer op de stick te zetten".
    '(?:het|de)?zelfde voor (?:volgende|komende|deze) (?:week|maand|keer|ronde|dienst)',
    // De nieuwe van de reeks: "lukt het om de nieuwe lijst donderdag mee te nemen?".
    'de nieuwe (?:lijst|versie|revisie|export|set|batch|tabel|uitdraai)',
    // Dezelfde set als toen: "neem je dezelfde set mee als vorige keer".
    'dezelfde (?:set|map|stapel|lijst|tabel|stick) (?:mee )?als (?:vorige keer|de vorige keer|toen|altijd)',
    'weer op (?:de|een|het) (?:stick|stickje|usb-stick|usb-stickje) (?:te )?(?:zetten|zet)',
    // Zoals die van een periode ervoor: "kun je ze doen zoals die van Q2?".
    '(?:zoals|net als) die van (?:q[1-4]|h[12]|(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\w*|vorige keer|de vorige keer|toen)',
    'weer (?:zoals|als) (?:in |met |bij )?(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec|vorige|de vorige|toen|het voorjaar|de zomer|het najaar)\\w*',
  ],
  sendVerbs: ['stuur', 'stuurt', 'sturen', 'doorsturen', 'opsturen', 'mail', 'mailen', 'mailt', 'schrijf', 'schrijven', 'antwoord', 'antwoorden'],
  // Also the reader's promise of the rest: "de rest stuur ik vanavond", "ik stuur het je morgen".
  // Ook "Verstuurd." aan het begin van het antwoord, niet "dat is gedaan in de volgende versie" of "Verstuurd vanaf mijn iPhone".
  handovers: ['(?:^|(?<=\\n))[>\\s]*(?:verstuurd|gestuurd|gedaan)[.!]', 'heb (?:het|ze|alles|de \\w+) (?:\\S+ ){0,3}(?:verstuurd|gestuurd|opgestuurd|doorgestuurd)', 'sta(?:at|an) (?:er ?op|erin|klaar)', '(?:zit|zitten) erbij', 'op (?:de|het|een) (?:stick|stickje|usb-stick|usb-stickje) gezet', 'heb (?:het|ze|alles) erop gezet', 'neem ik (?:het |ze |die )?(?:\\w+ )?mee', 'ik neem (?:het|ze|die|alles) mee', 'hierbij', 'bijgaand', 'in de bijlage', 'zie bijlage', 'hier (?:is|zijn|heb je|het|de)', 'zoals beloofd', 'ik stuur (?:je|het|ze|de rest)', 'stuur ik (?:je|het|ze)?'],
  trailingNegation: { negators: ['niet', 'geen', 'nooit'], clauseEnds: ['maar', 'en', 'of'] },
  passOns: [
    '(?:die|deze|de|hun|zijn|haar) (?:vragen|punten) (?:\\S+ ){0,2}(?:doorlopen|beantwoorden|bekijken|doornemen|invullen|nalopen)',
    '(?:vragen|punten) hieronder',
  ],
  publicQualifiers: ['gepubliceerde', 'gepubliceerd', 'openbare', 'openbaar', 'publieke', 'publiek', 'vrijgegeven', 'aangekondigde', 'open[- ]source'],
  qualifierNegators: ['niet', 'nog', 'nooit'],
  // Dutch puts the participle after the thing ("wij hebben de cijfers geüpload"): only the forms that lead with it.
  givenBySender: [
    '(?:bijgaand|hierbij) (?:stuur|sturen|ontvang|ontvangt|vind|vindt)',
    // Wat de afzender aanbiedt te geven: "app me, dan kan ik je de deurcode geven".
    '(?:kan|zal|ga|wil|geef|stuur|app|mail) ik (?:je|jou|u|jullie)(?! (?:vragen|verzoeken))',
  ],
  readerWishes: ['(?:je|jij|u) (?:zou|zoudt|wilt|wil) (?:ook |liever )?graag'],
  imperatives:
    'neem stuur breng geef zet deel mail upload kopieer maak print bel app sms laat regel vraag bewaar zoek check scan fotografeer download exporteer plak leg'.split(' '),
  notImperativeOpeners: [],
  // Apple Mail writes "Op 14 okt 2025, om 21:33 heeft Naam <adres> het volgende geschreven:".
  replyHeaders: ['Op\\s.{3,200}\\bschreef\\b.{0,120}:', 'Op\\s.{3,200}\\bheeft\\s.{1,200}\\bhet volgende geschreven:', '-{2,}\\s*(?:Oorspronkelijk bericht|Origineel bericht|Doorgestuurd bericht)\\s*-{2,}'],
  replyHeaderWords: [
    'op', 'om', 'schreef', 'heeft', 'het', 'volgende', 'geschreven', 'van', 'verzonden', 'datum', 'oorspronkelijk', 'origineel', 'bericht', 'uur',
    'ma', 'maandag', 'di', 'dinsdag', 'wo', 'woensdag', 'do', 'donderdag', 'vr', 'vrijdag', 'za', 'zaterdag', 'zo', 'zondag',
    'jan', 'januari', 'feb', 'februari', 'mrt', 'maart', 'apr', 'april', 'mei', 'jun', 'juni', 'jul', 'juli', 'aug', 'augustus', 'sep', 'september', 'okt', 'oktober', 'nov', 'november', 'dec', 'december',
  ],
  quotedFromLabels: ['Van'],
  quotedDateLabels: ['Verzonden', 'Datum'],
  closings: ['(?:met\\s+)?(?:vriendelijke|hartelijke|beste|collegiale)\\s+groet(?:en)?', 'groet(?:en|jes)?', 'mvg', 'm\\.vr\\.gr\\.', 'hoogachtend'],
  footerCues: [
    'dit (?:e-?mail)?bericht is (?:uitsluitend|alleen) bestemd',
    'dit (?:e-?mail)?bericht (?:en eventuele bijlagen )?(?:kan|kunnen|bevat) (?:mogelijk )?vertrouwelijke',
    'aan dit bericht kunnen geen rechten',
    'indien u (?:dit bericht|niet de geadresseerde)',
    'afmelden voor',
    // Een juridische voettekst opent vaak met de inschrijving: "Veldkennis B.V. is ingeschreven bij de KvK onder nummer …".
    'ingeschreven (?:bij|in) (?:de )?(?:kvk|kamer van koophandel|het handelsregister)',
    'statutair gevestigd',
    'uitschrijven',
    'u ontvangt deze (?:e-?mail|nieuwsbrief)',
  ],
  reportingWords: [
    'schreef', 'schrijft', 'geschreven', 'zei', 'zegt', 'gezegd', 'vroeg', 'vraagt', 'bood', 'beloofde', 'citeerde',
    'berichten', 'bericht', 'zinnen', 'zin', 'woorden', 'zoals', 'bijvoorbeeld', 'bv\\.', 'onder meer', 'onder andere',
  ],
  othersConditions: ['(?:als|wanneer|indien|mocht) (?:iemand|een (?:contact|onbekende|gastheer|bezoeker|recruiter|journalist)|mensen|anderen)'],
  reportInstructions: ['(?:meld|vertel|noteer|laat|neem|bel|mail|informeer|stuur|schrijf)', '(?:ga|reageer) (?:er )?niet'],
  firstPerson: ['ik', 'wij', 'we', 'mijn', 'ons', 'onze'],
  addressedToReader: [
    '(?:stuurde|schreef|heeft) (?:je|jou|u) (?:een )?(?:bericht|berichtje|notitie|uitnodiging)',
    '(?:je|jou|u) (?:een )?(?:bericht|berichtje|uitnodiging) (?:gestuurd|geschreven)',
    '(?:nieuw )?bericht (?:voor|aan) (?:je|jou|u)',
  ],
};
