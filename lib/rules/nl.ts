import type { Rule, TermList } from './types';

/** Een verbod om zulke stukken door te geven is het tegendeel van een verzoek erom (geheimhoudingsvoorwaarden). */
const VERBODEN: readonly string[] = [
  'mag|mogen|moet|moeten|dient|dienen|kunt|kan ~ geen|niet|nooit ~ vertrouwelijke|interne|niet-openbare|geheime|gevoelige|ongepubliceerde ~ delen|verstrekken|doorgeven|bekendmaken|openbaren|prijsgeven',
];

/**
 * Dutch signal rules. compromise has no Dutch model, so requests and negation are found with word lists; Dutch
 * writes compounds as one word, so the patterns name the compounds that matter.
 */
export const DUTCH_RULES: readonly Rule[] = [
  // diplomatic-sender
  {
    id: 'NL_DIPLOMATIEKE_POST',
    category: 'diplomatic-sender',
    language: 'nl',
    weight: 18,
    description: 'Schrijft namens een ambassade, consulaat of handelsvertegenwoordiging',
    patterns: [
      'ambassade|consulaat|consulaat-generaal|handelsvertegenwoordiging|handelsmissie|handelskantoor',
      'permanente vertegenwoordiging',
      'ministerie van buitenlandse zaken',
    ],
    fields: ['text', 'from', 'subject'],
    negatable: false,
  },
  {
    id: 'NL_DIPLOMATIEKE_TITEL',
    category: 'diplomatic-sender',
    language: 'nl',
    weight: 18,
    description: 'Voert een diplomatieke titel (attaché, secretaris of raad van een post)',
    claimsOfficialRole: true,
    patterns: [
      'attaché|attache',
      'eerste|tweede|derde secretaris',
      'handelsraad|wetenschapsraad|technologieraad|handelsattaché|wetenschapsattaché|defensieattaché|ambassaderaad|minister-raad',
      'raad voor ~ handel|economische|wetenschap|technologie|wetenschappelijke',
      'zaakgelastigde',
      'ambassadeur',
      'consul|consul-generaal|vice-consul',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },

  {
    id: 'NL_OFFICIELE_ROL',
    category: 'identity-mismatch',
    language: 'nl',
    weight: 0,
    description: 'Zegt namens een overheidsorgaan te schrijven',
    claimsOfficialRole: true,
    patterns: [
      'ik|wij|we vertegenwoordig|vertegenwoordigen|werk_voor|werken_voor|spreek_namens ~ een|de|onze overheidsinstelling|overheidsdienst|overheid|ministerie|ambassade|staat|overheidsinstantie',
      'namens ~ een|de|onze overheid|overheidsinstelling|overheidsdienst|ministerie|staat',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },

  // sensitive-request
  {
    id: 'NL_VERZOEK_NIET_OPENBAAR',
    category: 'sensitive-request',
    language: 'nl',
    weight: 26,
    description: 'Vraagt om informatie die niet openbaar is: intern, niet gepubliceerd of vertrouwelijk',
    unless: VERBODEN,
    patterns: [
      'interne|intern|vertrouwelijke|vertrouwelijk|ongepubliceerde|ongepubliceerd|niet-openbare|niet-gepubliceerde|onuitgegeven|geheime documenten|gegevens|details|informatie|specificaties|tekeningen|rapporten|resultaten|roadmap|data|meetgegevens|meetresultaten|cijfers|stukken|presentaties|ontwerpen|testresultaten|rapportages|rapportage|notities',
      'niet|nog_niet [eerder] gepubliceerd|gepubliceerde|openbaar|openbare|vrijgegeven',
      'niet ~ gepubliceerd|openbaar|vrijgegeven|bekendgemaakt',
      'interne|vertrouwelijke|ongepubliceerde|niet-openbare|niet-gepubliceerde|ruwe *cijfers|*gegevens|*documenten|*data|*rapporten|*resultaten|*tekeningen|*specificaties|*planning|*informatie|*metingen',
      'uit ~ interne|eigen verzameling|database|archief|systemen',
      'voordat|voor ~ gepubliceerd|openbaar|bekend|publicatie',
      'bedrijfsgeheimen|bedrijfsgeheim',
      'nergens ~ beschreven|gepubliceerd|gedocumenteerd|te_vinden|te_lezen',
      'niet ~ naar buiten ~ gebracht|gekomen',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_VERZOEK_TECHNISCH',
    category: 'sensitive-request',
    language: 'nl',
    weight: 24,
    description: 'Vraagt om ontwerpbestanden, procesparameters, broncode, modelgewichten of vergelijkbare technische stukken',
    unless: VERBODEN,
    patterns: [
      'roadmap|routekaart|productroadmap|technologieroadmap',
      'ontwerpbestanden|ontwerptekeningen|ontwerpdata|ontwerpdocumenten|maskerontwerpen|layouts|schema|schema\'s|bouwtekeningen',
      'procesparameters|procesinstellingen|procesvensters|procesdata|procesrecepten|procesgegevens|procesflow|recepturen|recepten',
      '*recepten|*recepturen|*procesparameters|*ontwerpbestanden|*broncode|*trainingsdata|*testdata|*meetdata|*testresultaten|*kalibratiedata',
      'gewichten van ~ model|*model|netwerk',
      'RTL|HDL|Verilog|VHDL|firmware',
      'GDS|GDSII|GDS-bestanden|GDS-bestand|netlijst|netlijsten|maskerlayout|maskerlayouts|layoutbestanden',
      'meetrapport|meetrapporten|testrapport|testrapporten',
      '*specificatie|*specificaties',
      'broncode|source_code',
      'modelgewichten|gewichten_van_het_model|model_weights',
      'trainingsdata|trainingsgegevens|trainingset|trainingsset|testdata|testgegevens|meetdata|kalibratiedata|yielddata|opbrengstcijfers|opbrengstgegevens',
      'klantenlijst|klantenlijsten|klantgegevens',
      'technische specificaties|tekeningen|documentatie',
      'specificaties',
      'architectuurdocumenten|architectuurdetails',
    ],
    needsRequest: true,
  },

  // payment-offer
  {
    id: 'NL_BETALING_AANBOD',
    category: 'payment-offer',
    language: 'nl',
    weight: 22,
    description: 'Biedt geld aan in ruil voor hulp',
    unless: [
      'volgens|conform|binnen|onder ~ regeling|regels|tarieven|reglement|vergoedingenregeling|reisregeling|cao|beleid|*regeling',
      // Loon in een vacature: de bonus bij een salaris is geen geld voor informatie.
      'salaris|salarissen|brutosalaris|pensioen|arbeidsvoorwaarden|dienstverband',
      // Collega's die geld inzamelen voor een cadeau.
      'bijdrage|bijdragen|inleg|Tikkie|collecte|inzameling',
    ],
    patterns: [
      'wij|we|ik|opdrachtgever|klant|zij betalen|betaal|vergoeden|vergoed|belonen|compenseren u|je|jou',
      'u|je ontvangt|krijgt ~ vergoeding|honorarium|beloning|bedrag|compensatie|betaling',
      'vergoeding|beloning|honorarium|compensatie ~ van {amount}',
      'tegen ~ vergoeding|betaling|honorarium|beloning',
      'ruime|royale|aantrekkelijke|genereuze|mooie|passende|riante vergoeding|beloning|betaling|compensatie',
      'honorarium|adviesvergoeding|consultancyvergoeding|sprekersvergoeding|*honorarium',
      'bereid|graag te ~ betalen|vergoeden|belonen',
      'bieden|bied|betalen|betaal ~ wij|we|ik {amount}',
      'wij|we|ik bieden|bied|betalen|betaal {amount}',
      'bedrag|vergoeding|honorarium|betaling ~ is|wordt|werd|zijn ~ overgemaakt|betaald|gestort|overgeboekt',
      'tranche|subsidie|financiering|betaling|termijn ~ over|uitbetaald|volgt|vrijgegeven ~ zodra|wanneer|nadat|als',
      'maken|maak ~ over ~ naar ~ rekening',
      'rekening|wallet van ~ uw|je|jouw keuze',
      'bonus|bonussen',
      'blijk van ~ dank|waardering',
      '{amount} ~ voor ~ uw|je|jouw tijd|hulp|inzichten|moeite|rapport|bijdrage|inbreng|expertise',
      '{amount} per uur|dag|rapport|gesprek|maand',
      'de moeite waard',
      'contant|contanten|cash',
      'vergoeding|beloning|betaling|geld|envelop|enveloppe|bedrag|honorarium ~ ligt|liggen|staat|staan ~ klaar',
      'bedrag|geld|vergoeding ~ staat|is|staan ~ op ~ je|jouw|uw wallet|rekening',
      'verdubbel|verdubbelen|verhoog|verhogen ~ ik|we|wij ~ het|het_bedrag|de_vergoeding',
      'heb|hebben ik|we|wij ~ een budget',
      'envelop|enveloppe',
      'cryptovaluta|crypto|bitcoin|bitcoins|usdt|tether',
      'cadeaubon|cadeaukaart|cadeaubonnen',
      'als dank|blijk van waardering ~ vergoeding|bedrag|cadeau|attentie',
    ],
  },

  // secrecy
  {
    id: 'NL_GEHEIMHOUDING',
    category: 'secrecy',
    language: 'nl',
    weight: 20,
    description: 'Vraagt het contact te verbergen voor werkgever of collega\'s',
    patterns: [
      'onder ons',
      'tussen ons',
      'tussen u|jou en mij',
      'vertel|meld|zeg ~ werkgever|leidinggevende|manager|baas|collega\'s|collega|afdeling|organisatie|universiteit|beveiliging|niemand ~ niets|niks',
      'niet via ~ werkgever|leidinggevende|organisatie|universiteit|afdeling ~ laten|te',
      'niet ~ in ~ agenda|urenregistratie|administratie|systemen|registratie',
      'niet ~ registreren|vastleggen|melden|noteren',
      'hoeft|hoeven ~ werkgever|leidinggevende|manager|baas|collega\'s|organisatie|universiteit|niemand ~ niet|niets ~ te weten',
      'niemand hoeft ~ te weten',
      "werkgever|leidinggevende|manager|baas|collega's|collega|organisatie|universiteit|afdeling ~ hoeft|hoeven ~ niet|niets|niks ~ te weten",
      "werkgever|leidinggevende|manager|baas|collega's|organisatie|universiteit|afdeling ~ niet|liever_niet ~ betrekken|inlichten|informeren|inschakelen",
      'hoeft|hoeven ~ er ~ niet|niks ~ mee naar',
      'met niemand ~ over',
      'gooi|gooit ~ dit|deze|het ~ weg',
      'liever niet via',
      'uw|je|jouw naam ~ wordt|komt ~ nergens|niet ~ vermeld|genoemd',
      'zonder ~ medeweten|toestemming|tussenkomst|tussenkomst_van|medeweten_van ~ werkgever|leidinggevende|manager|organisatie|universiteit|bedrijf|collega\'s|*bureau|*afdeling|*loket|beveiliging|kennisveiligheid|compliance',
      'liever|het_liefst ~ rechtstreeks|direct|buiten',
      'buiten ~ werkgever|leidinggevende|organisatie|universiteit|bedrijf|collega\'s om',
      'discreet|discrete|discretie',
      'verwijder|wis ~ dit|deze ~ bericht|e-mail|mail|mailtje|berichten',
      'na lezing verwijderen|vernietigen',
      'niet via officiële kanalen',
      'buiten de officiële kanalen',
      'informeel ~ en|houden',
    ],
    // Een verrassing voor een collega houdt men ook stil.
    unless: ['verrassen|verrassing|surprise|verjaardag|afscheid|afscheidscadeau|pensioen'],
    fields: ['text', 'subject'],
    negatable: false,
  },

  // private-channel
  {
    id: 'NL_PRIVE_KANAAL',
    category: 'private-channel',
    language: 'nl',
    weight: 18,
    description: 'Wil het contact buiten de kanalen van het werk voortzetten',
    patterns: [
      'privé-mail|privémail|privé-adres|privéadres|privé-e-mailadres|privé-nummer|privénummer|privételefoon|privé-telefoon|privémailadres|privé-mailadres',
      'privé|persoonlijke|persoonlijk e-mailadres|mailadres|e-mail|mail|adres|nummer|telefoonnummer|gmail',
      'via|op|naar|over|met ~ Telegram|Signal|WhatsApp|WeChat|Wickr|Threema|Viber',
      'installeer|installeren|download|gebruik Telegram|Signal|WhatsApp|WeChat|Threema',
      'mijn ID|WeChat-ID|Telegram-ID|Signal-nummer|WhatsApp-nummer',
      'mijn Telegram|Signal|WhatsApp|WeChat|Threema nummer|account|naam|id|is',
      'Telegram|Signal|WhatsApp|WeChat|Threema ~ verder|voortzetten|contact|bereikbaar',
      'niet ~ via ~ uw|je|jouw werkmail|werkadres|zakelijke|werk|bedrijfsmail|universiteitsmail',
      'buiten ~ uw|je|jouw werkmail|zakelijke_mail|werk-e-mail|bedrijfsmail om',
      'niet ~ in ~ je|jouw|uw werkmail|werkmailbox|mailbox|zakelijke_mail',
      'app|appen|sms|whatsapp me|mij',
      'verder|voortaan via ~ de app|Signal|Telegram|WhatsApp|WeChat',
    ],
    negatable: false,
  },

  // hospitality
  {
    id: 'NL_GASTVRIJHEID',
    category: 'hospitality',
    language: 'nl',
    weight: 10,
    description: 'Biedt diners, recepties, cadeaus of betaalde reizen aan',
    unless: ['volgens|conform|binnen|onder ~ regeling|regels|reglement|reisregeling|cao|beleid|*regeling'],
    patterns: [
      'lunch|diner|etentje|borrel|maaltijd ~ op mijn|onze kosten',
      'op mijn|onze kosten',
      'lunch|lunchen|diner|dineren|etentje|borrel|maaltijd ~ op mijn|onze rekening',
      'nodig|nodigen ~ u|je|jou ~ uit ~ voor|op|bij ~ lunch|diner|etentje|receptie|borrel',
      'alle kosten ~ vergoed|betaald|gedekt|voor_onze_rekening',
      'alles wordt betaald|vergoed',
      'reis|reiskosten|vlucht|vliegticket|vliegtickets|hotel|verblijf|verblijfskosten|hotelkosten|tickets ~ worden|wordt|nemen|betalen|vergoeden ~ vergoed|betaald|verzorgd|voor_onze_rekening|wij|door_ons',
      'wij|we|ik|ze|zij betalen|vergoeden|regelen|verzorgen ~ reis|reiskosten|vlucht|vliegticket|hotel|verblijf|tickets',
      'studiereis|snoepreisje|werkbezoek',
      'klein|kleine cadeau|cadeautje|attentie|geschenk',
      'horloge|fles|cadeau|geschenk ~ voor ~ u|je|jou',
      'het horloge|cadeau|geschenk|pakket ~ aangekomen|ontvangen',
      'receptie ~ op|in|bij ~ ambassade|residentie|consulaat',
    ],
  },

  // network-mapping
  {
    id: 'NL_NETWERK',
    category: 'network-mapping',
    language: 'nl',
    weight: 15,
    description: 'Vraagt naar collega\'s, wie toegang heeft, of om introducties',
    patterns: [
      'collega\'s|medewerkers|mensen|ingenieurs|onderzoekers die ~ toegang hebben',
      'welke|wie ~ collega\'s|medewerkers|mensen|ingenieurs|onderzoekers ~ toegang|werken|werkt|zitten|zit',
      'introductie|introduceren|voorstellen ~ van|bij|aan ~ uw|je|jouw',
      'wie ~ heeft|hebben toegang',
      'toegang heeft|hebben tot',
      'wie ~ werkt|werken|zit|zitten ~ aan|op|bij',
      'in contact ~ brengen|komen|zetten',
      'voorstellen|introduceren aan|bij ~ collega|collega\'s|iemand|mensen|ingenieurs|onderzoekers|team',
      'namen|contactgegevens ~ van ~ collega\'s|medewerkers|ingenieurs|team|onderzoekers',
      'organogram|organisatieschema',
      "overzicht|lijst|lijstje|namen ~ van ~ de|uw|je|jouw collega's|medewerkers|onderzoekers|ingenieurs|promovendi|teamleden",
      'wie van hen|jullie|u ~ toegang|kan|kunnen|heeft|hebben',
    ],
    needsRequest: true,
  },

  // unverifiable-organisation
  {
    id: 'NL_ONDUIDELIJKE_ORGANISATIE',
    category: 'unverifiable-organisation',
    language: 'nl',
    weight: 14,
    description: 'Schrijft voor een vaag adviesbureau, een denktank, een expertnetwerk, een talentenprogramma of een niet genoemde opdrachtgever',
    patterns: [
      'niet [nader] genoemde|bekendgemaakte opdrachtgever|klant|partij|cliënt|partner',
      'anonieme|onbekende opdrachtgever|klant|cliënt|partij',
      'opdrachtgever|klant|cliënt|partij ~ anoniem|onbekend|ongenoemd ~ blijven|blijft',
      'kan|kunnen|mag|mogen ~ naam ~ opdrachtgever|klant|cliënt ~ niet ~ noemen|bekendmaken|delen',
      'denktank|denktanks|think_tank|thinktank|expertnetwerk|expertnetwerken|talentenprogramma|talentprogramma|talentenprogramma\'s',
      'namens een|onze ~ opdrachtgever|overheid|instituut|stichting|klant|cliënt',
      'naam ~ niet ~ noemen|geven|delen|bekendmaken|vermelden|prijsgeven',
      'in opdracht van ~ een|onze partner|klant|opdrachtgever|cliënt|investeerder',
      'expert network|networks',
      'think tank',
      'opdrachtgever|klant|partij|cliënt|investeerder|bedrijf|organisatie ~ kan|mag|kunnen|mogen ~ niet|niets|weinig ~ over ~ zeggen|vertellen|kwijt|delen',
    ],
  },
];

export const DUTCH_REQUEST_CUES: readonly TermList[] = [
  {
    id: 'NL_VERZOEK',
    language: 'nl',
    description: 'Vraagt de lezer iets te delen, te sturen of mee te nemen',
    patterns: [
      'kunt|kun|kan|zou|zoudt|wilt|wil|mag|mocht u|je|jij',
      'zou|zouden ~ u|je ~ willen|kunnen',
      'graag',
      'ontvangt|ontvangen|krijgt|krijgen de|wij|we|onze|ik|mijn',
      'vragen|vraag ~ u|je|jou',
      'benieuwd|geïnteresseerd naar|in',
      'wil|wilt|willen ~ inzien|ontvangen|hebben|krijgen|inkijken|zien',
      'betalen|bieden|{amount} ~ voor',
      'alstublieft|alsjeblieft|svp|a.u.b.|aub',
      'verzoek|verzoeken ~ u|je',
      'het zou ~ helpen|fijn|mooi|waardevol|nuttig ~ als|zijn',
      'ik|wij|we ben|zijn ~ benieuwd|geïnteresseerd|op_zoek',
      'stuur|stuurt|deel|deelt|bezorg|breng|neem|geef|mail|mailt|zend|stuurt|laat ~ zien|mee|door|me|mij|ons',
      'mee ~ te ~ nemen|brengen',
      'toegang ~ tot',
      'in ruil voor',
      'volgende stap',
      'willen|wil|wilt|mogen|mag|zou|zouden ~ u|je|jou vragen|verzoeken',
      'heb je|u',
      'zou|zouden dat|het ~ helpen',
      'laat|laten ~ weten',
      'heeft|hebt u|je',
    ],
  },
];

export const DUTCH_WITHHOLDING_CUES: TermList = {
  id: 'NL_NIET_DOORGEVEN',
  language: 'nl',
  description: 'Vraagt de lezer iets niet door te geven',
  patterns: ['niet|nooit ~ delen|doorsturen|doorgeven|verspreiden|bespreken|tonen|kopiëren|openbaar_maken'],
};

export const DUTCH_NEGATORS: TermList = {
  id: 'NL_ONTKENNING',
  language: 'nl',
  description: 'Heft een volgende treffer in dezelfde zinsnede op',
  patterns: ['niet|geen|nooit|zonder|noch|geenszins|niets|onbetaald|onbezoldigd|kosteloos|vrijwillig'],
};

export const DUTCH_AWARENESS_CORE: TermList = {
  id: 'NL_BEWUSTWORDING_KERN',
  language: 'nl',
  description: 'Noemt spionage of inlichtingendiensten als onderwerp van de mail',
  patterns: [
    'spionage|spion|spionnen|economische_spionage',
    'inlichtingendienst|inlichtingendiensten|inlichtingenofficier|inlichtingenofficieren|statelijke_actoren|statelijke_actor',
    'buitenlandse ~ mogendheden|overheden|diensten|actoren',
    'bewustwording|bewustwordingscampagne|awareness',
    'kennisveiligheid|Loket_Kennisveiligheid',
    // Exportcontrole waarschuwt voor dezelfde benaderingen: zulke mededelingen beschrijven, ze vragen niets.
    'exportcontrole|dual-use|dual-useverordening|dual-usegoederen',
    'AIVD|MIVD|NCTV',
    'signalen herkennen',
    'rode vlaggen',
  ],
};

export const DUTCH_AWARENESS_SUPPORT: TermList = {
  id: 'NL_BEWUSTWORDING_STEUN',
  language: 'nl',
  description: 'Beschrijft benaderingen als waarschuwing en vraagt ze te melden',
  patterns: [
    'wees|blijf alert|waakzaam|voorzichtig|op_uw_hoede',
    'herken|herkennen|herkent ~ benadering|benaderingen|signalen|pogingen',
    'meld|melden|meldt ~ dit|het|deze|zulke|verdachte ~ bij|aan',
    'beveiligingsfunctionaris|integriteitsfunctionaris|security_officer|securityofficer|beveiligingsafdeling|securityteam',
    'bijvoorbeeld|zoals',
    'kunnen|kan|proberen|probeert ~ aanbieden|vragen|uitnodigen|bieden',
    'signalen',
  ],
};
