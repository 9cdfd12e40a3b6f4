import type { Rule, TermList } from './types';

/** Een geschenk gemeld volgens de regels van de lezer is geen aanbod: "volgens jullie geschenkenbeleid hebben we de waarde bij inkoop gemeld". */
const AANGEMELD_GESCHENK: readonly string[] = [
  'volgens|conform|onder|zoals ~ jullie|het|de|uw|ons ~ geschenkenbeleid|relatiegeschenkenbeleid|giftenbeleid|cadeaubeleid|geschenkenregister|giftenregeling',
  'waarde|geschenk|cadeau ~ gemeld|aangegeven|geregistreerd|opgegeven',
];

/**
 * Eigen foto's en filmpjes van een uitje, een reis of de club zijn geen werkmateriaal: "neem je eigen foto's gerust mee op
 * een stick", "bespreking thema Industrie, breng maximaal vijf beelden mee op een stick".
 */
const EIGEN_BEELDEN: readonly string[] = [
  "je|jullie|uw|jouw eigen ~ foto's|fotootjes|filmpjes|video's|vakantiefoto's|reisfoto's",
  'clubavond|ledenavond|fotoclub|themaavond|bespreking_thema|fotobespreking|expositie',
];

/** Een verbod om zulke stukken door te geven is het tegendeel van een verzoek erom (geheimhoudingsvoorwaarden). */
const VERBODEN: readonly string[] = [
  // De regels die de grens stellen, als zodanig genoemd: "de gebruikelijke regels over vertrouwelijke informatie van vorige werkgevers".
  'regels|beleid|richtlijnen|afspraken|verplichtingen ~ over|voor|rond|omtrent ~ vertrouwelijke|interne|niet-openbare|geheime ~ informatie|gegevens|stukken',
  'vertrouwelijke|interne|niet-openbare|geheime ~ informatie|gegevens|stukken ~ van ~ vorige|eerdere|voormalige|andere|je_huidige|je_vorige ~ werkgever|werkgevers',
  'mag|mogen|moet|moeten|dient|dienen|kunt|kan ~ geen|niet|nooit ~ vertrouwelijke|interne|niet-openbare|geheime|gevoelige|ongepubliceerde ~ delen|verstrekken|doorgeven|bekendmaken|openbaren|prijsgeven',
  'deel|deelt|delen|verstrek|verstrekt|geef|geeft|bespreek|bespreekt ~ geen|nooit ~ vertrouwelijke|interne|niet-openbare|geheime|gevoelige|ongepubliceerde',
  // Voorwaarden die het delen uitsluiten: "onze voorwaarden verbieden het delen van vertrouwelijke informatie".
  'verbieden|verbiedt|verboden|verbod_op|uitgesloten|sluiten_uit ~ delen|verstrekken|bespreken|doorgeven|het_delen_van|het_verstrekken_van ~ vertrouwelijke|interne|niet-openbare|geheime|gevoelige|ongepubliceerde',
  'verboden|verbod_op|niet_toegestaan|uitgesloten ~ om ~ vertrouwelijke|interne|niet-openbare|geheime|gevoelige|ongepubliceerde',
  // De eigen controle van het gesprek op zijn vragen: "als een vraag naar vertrouwelijke informatie lijkt te gaan, meld het".
  'als|mocht|wanneer ~ vraag|vragen|onderwerp ~ naar|over|richting ~ vertrouwelijke|niet-openbare|interne|koersgevoelige',
  // Alleen met nadruk: "je hoeft geen vertrouwelijke stukken te sturen, alleen de yield" is juist de geruststelling van een benadering.
  'uitdrukkelijk|nadrukkelijk|expliciet|beslist ~ geen|nooit ~ tekeningen|recepten|gegevens|data|documenten|bestanden|materiaal ~ zien|ontvangen',
  // Materiaal dat de lezer niet mag meenemen: "neem geen ontwerpbestanden of meetdata van je werkgever mee".
  'neem|breng|toon ~ geen|nooit ~ ontwerpbestanden|bestanden|documenten|gegevens|data|materiaal|tekeningen|code|broncode|meetdata',
  // Voorwaarden in een bijzin, het werkwoord achteraan: "waarin staat dat u geen vertrouwelijke informatie (…) deelt".
  'dat|waarbij u|je|jij|wij|we ~ geen|nooit vertrouwelijke|interne|niet-openbare|geheime|gevoelige|ongepubliceerde',
  // Compliance voorwaarden: de lezer mag weigeren, of deelt alleen wat openbaar is.
  'mag|mogen|kunt|kun|kan ~ altijd|gerust|zonder_meer ~ weigeren|afslaan|overslaan|niet_beantwoorden',
  'alleen|uitsluitend|enkel openbare|gepubliceerde informatie|kennis|gegevens|bronnen',
  'niets|geen vertrouwelijks|vertrouwelijke_informatie ~ van ~ je|uw werkgever',
  // Een regel als opsomming: "Wat je nooit moet doen: testdata of instellingen naar een privéadres sturen".
  'wat ~ je|jij|u|we|wij ~ nooit|niet ~ moet|moeten|mag|mogen|hoort|hoeft',
  // Een opsomming van wat niet gedeeld wordt, het werkwoord achteraan: "namen en wie wat tekent, geven we niet".
  'geven|delen|noemen|vertellen|sturen we|wij niet|nooit',
  // De grens van een recruiter: "ze willen niets horen over de producten of testresultaten van je huidige werkgever".
  'niets|niks ~ over|van|uit ~ de|het|je|jouw|uw ~ huidige|vorige ~ werkgever|baas|bedrijf',
  'niets|niks ~ over|van|uit ~ de|het ~ producten|resultaten|testresultaten|projecten|klanten ~ van ~ je|jouw|uw ~ huidige|vorige ~ werkgever|baas|bedrijf',
  // Waartoe het gesprek beperkt is, en wat het uitsluit: "vragen over jullie roadmap zijn niet toegestaan".
  'beperkt|beperken ~ tot ~ openbare|publieke|gepubliceerde',
  'zijn|is|worden|wordt niet toegestaan|bespreekbaar|aan_de_orde',
  'wordt|worden|zal|zullen ~ niet ~ beoordeeld|geaccepteerd|meegenomen|besproken|gevraagd|gewaardeerd',
  'buiten_beschouwing|buiten_de_scope|uitgesloten|taboe',
  // Wat de lezer buiten moet houden: "laat interne cijfers thuis", "interne resultaten blijven buiten het gesprek".
  'laat|laten|houd|hou|houden ~ interne|vertrouwelijke|niet-openbare|ongepubliceerde|gevoelige|geheime ~ thuis|buiten|weg|achterwege',
  'interne|vertrouwelijke|niet-openbare|ongepubliceerde|gevoelige|geheime ~ blijft|blijven ~ thuis|buiten|achterwege',
  'interne|vertrouwelijke|niet-openbare|ongepubliceerde|gevoelige|geheime ~ thuislaten|weglaten|buitenlaten|thuishouden',
  'vermijd|vermijden|uitgezonderd|met_uitzondering_van ~ interne|vertrouwelijke|niet-openbare|ongepubliceerde|gevoelige|geheime',
  // Wat de afzender zelf niet nodig heeft: "interne rapporten en testdata hoef ik nu niet".
  'hoef|hoeven ik|we|wij ~ niet|geen',
  // Wat al openbaar is, zegt de afzender erbij: "foto's van de opstelling die jullie ook op de website hebben".
  'die|dat ~ ook|al ~ op ~ de|jullie|uw|je ~ website|site|LinkedIn|YouTube|persbericht',
  // Een gepubliceerd record, gevraagd naar zijn depot of citatie: "is het Zenodo-record bij het artikel nog de laatste versie?".
  'Zenodo|Zenodo-record|figshare|Dryad|arXiv|bioRxiv|DOI|DOI\'s|erratum|rectificatie|supplementary_material|aanvullend_materiaal',
  // Wat de afzender met de eigen voorlichters regelt, vraagt hij niet aan de lezer: "voor foto's stem ik af met communicatie".
  'stem|stemmen ik|we|wij ~ met ~ af',
  'ik|we|wij stem|stemmen ~ met ~ af',
  'ik|we|wij ~ afstemmen|afgestemd ~ met ~ de|jullie|uw ~ communicatie|afdeling|persvoorlichter|voorlichting|woordvoerder|communicatieafdeling',
  // De plicht van de expert om zulke vragen af te wijzen: "weiger elke vraag die raakt aan niet-openbare informatie".
  'weiger|weigert|weigeren|wijs|wijst|wijzen|sla|slaat|beantwoord|beantwoordt ~ vraag|vragen|onderwerp|onderwerpen|verzoek|verzoeken ~ vertrouwelijke|interne|niet-openbare|ongepubliceerde|gevoelige|geheime|koersgevoelige',
];

/** Een vergoeding die er niet is, met het voorwerp voorop: "een honorarium kunnen we helaas niet bieden". */
const GEEN_VERGOEDING: readonly string[] = [
  // Een ruil van gewone stukken: "als tegenprestatie krijg je ons nieuwe format voor promoties".
  'tegenprestatie|in_ruil ~ krijg|stuur|geef|deel ~ ik|je|jij|u ~ ons|onze|mijn ~ nieuwe|eigen ~ format|formats|template|sjabloon|checklist|draaiboek|slides|presentatie|opzet',
  'honorarium|vergoeding|sprekersvergoeding|spreekvergoeding|betaling ~ niet ~ bieden|betalen|geven|vergoeden|toekennen|uitkeren',
  // De vraag of de lezer betaald kreeg, zoals een belastingadviseur of accountant die stelt: "heb je daarvoor een honorarium ontvangen?".
  'heb|had|hebt|heeft|krijg|kreeg|ontvang|ontving ~ je|jij|u ~ daar|daarvoor|er|een|enige ~ vergoeding|honorarium|betaling|fee|sprekersvergoeding',
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
    description: 'Ondertekent namens een ambassade, consulaat of handelsvertegenwoordiging',
    examples: {
      hit: ['Ik hoor graag van u.\n\nMet vriendelijke groet,\nLi Wei\nAmbassade van de Volksrepubliek China', 'Dank voor uw tijd.\n\nHoogachtend,\nOleg Petrov\nHandelsvertegenwoordiging van de Russische Federatie'],
      miss: ['Ik heb gisteren mijn paspoort opgehaald bij het gemeentehuis.', 'Ik vroeg bij VFS wat de ambassade precies wil zien.'],
    },
    // In de tekst zegt alleen de ondertekening wie schrijft; elders is een ambassade vaak alleen het onderwerp (een visum).
    zones: ['signature'],
    patterns: [
      'ambassade|consulaat|consulaat-generaal|handelsvertegenwoordiging|handelsmissie|handelskantoor',
      'permanente vertegenwoordiging',
      'ministerie van buitenlandse zaken',
    ],
    fields: ['text', 'from', 'subject'],
    negatable: false,
  },
  {
    id: 'NL_DIPLOMATIEKE_ZELF',
    category: 'diplomatic-sender',
    language: 'nl',
    weight: 18,
    description: 'Presenteert zich als schrijvend vanuit een ambassade, consulaat of handelsvertegenwoordiging',
    examples: {
      hit: ['Ik schrijf u vanuit de ambassade in Den Haag.', 'De handelsmissie nodigt u uit voor een seminar over chips.'],
      miss: ['Het ministerie van Economische Zaken publiceerde een nieuw rapport.', 'Heb je je paspoort al terug van het consulaat?'],
    },
    patterns: [
      'onze|mijn ambassade|consulaat|consulaat-generaal|handelsvertegenwoordiging|handelsmissie|handelskantoor|missie',
      'namens ~ de|onze ambassade|consulaat|handelsvertegenwoordiging|handelsmissie|handelskantoor|missie',
      'ik|wij|we ~ werk|werken|ben|zijn|zit|zitten ~ bij|op|voor de|onze ambassade|consulaat|handelsvertegenwoordiging|handelsmissie|handelskantoor',
      'vanuit|hier_op|hier_bij de|onze ambassade|consulaat|handelsvertegenwoordiging|handelsmissie|handelskantoor',
      // De post zelf nodigt uit: "de handelsmissie nodigt u uit".
      'ambassade|consulaat|handelsvertegenwoordiging|handelsmissie|handelskantoor ~ nodigt|nodigen ~ u|je|jou ~ uit',
    ],
    negatable: false,
  },
  {
    id: 'NL_DIPLOMATIEKE_TITEL',
    category: 'diplomatic-sender',
    language: 'nl',
    weight: 18,
    description: 'Voert een diplomatieke titel (attaché, secretaris of raad van een post)',
    examples: {
      hit: ['Ik ben tweede secretaris voor wetenschap en technologie.', 'Als wetenschapsattaché volg ik uw werk met grote belangstelling.'],
      miss: ['De secretaris van de ondernemingsraad stuurt de notulen.', 'Onze afdelingssecretaris regelt de zaal voor de vergadering.'],
    },
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
    examples: {
      hit: ['Ik werk voor een ministerie dat onderzoek naar sensoren steunt.', 'Wij schrijven u namens de overheid van ons land.'],
      miss: ['De overheid heeft nieuwe exportregels aangekondigd.', 'Wij werken voor een bedrijf dat kassen bouwt.'],
    },
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
    id: 'NL_ORGANISATIE_AFDELING',
    category: 'identity-mismatch',
    language: 'nl',
    weight: 0,
    description: 'Ondertekent als beveiliging, compliance, ICT of HR van een bedrijf: vanaf een gratis mailadres is dat een voorwendsel',
    examples: {
      hit: ['Dank voor je medewerking!\n\nMet vriendelijke groet,\nTeam Security & Compliance\nReticlon Systems B.V.', 'Graag voor vrijdag.\n\nGroet,\nAfdeling ICT'],
      miss: ['Het securityteam heeft vorige week de nieuwe paslezers getest.', 'HR zet de vacature maandag online.'],
    },
    claimsOfficialRole: true,
    zones: ['signature'],
    patterns: [
      'team|afdeling ~ beveiliging|security|compliance|ICT|IT|HR|personeelszaken|servicedesk|helpdesk',
      'beveiliging|security|compliance|ICT|IT|HR|servicedesk|helpdesk team|afdeling|desk',
      'security|beveiliging ~ compliance',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },
  {
    id: 'NL_VERZOEK_NIET_OPENBAAR',
    category: 'sensitive-request',
    language: 'nl',
    weight: 26,
    description: 'Vraagt om informatie die niet openbaar is: intern, niet gepubliceerd of vertrouwelijk',
    examples: {
      hit: ['Kunt u mij de interne rapporten over de proef sturen?', 'Zou je de resultaten willen delen voordat ze gepubliceerd worden?'],
      miss: ['De resultaten zijn vorige maand gepubliceerd in Nature.', 'Deel alstublieft geen vertrouwelijke documenten met ons.'],
    },
    // Een vacature die nog niet openbaar is, is de baan, niet het materiaal van de lezer.
    unless: [
      ...VERBODEN,
      'vacature|functie|rol|positie|zoektocht ~ nog|niet ~ openbaar|bekend|aangekondigd|gepubliceerd|uitgezet',
      // Het geheim van de zoektocht zelf: "de huidige voorzitter heeft haar vertrek nog niet aangekondigd".
      'vertrek|afscheid|opvolging|pensionering|aftreden ~ nog|niet ~ aangekondigd|bekendgemaakt|bekend|openbaar',
      'nog|niet ~ aangekondigd|bekendgemaakt ~ dat ~ zij|hij|ze ~ vertrekt|stopt|afscheid|aftreedt',
      // Een vraag of de lezer het nieuws zag: "las je dat verhaal over die ingenieur die bedrijfsgeheimen doorspeelde?"
      // Niet "ik las uw artikel; kunt u de meetdata erachter sturen?", dat vraagt wel.
      'las|zag|hoorde je|jij|u ~ verhaal|nieuws|zaak|rechtszaak|bericht|krantenbericht',
      'heb|had je|jij|u ~ verhaal|nieuws|zaak|rechtszaak|bericht|krantenbericht ~ gelezen|gezien|gehoord',
    ],
    patterns: [
      // Wat de lezer buiten de opname van een praatje hield: "de slide die volgens jou niet in de opname mocht".
      'niet ~ in|op ~ de|het ~ opname|opnames|video|livestream|stream|verslag|proceedings|notulen ~ mocht|mochten|moest|moesten|hoorde|hoort|mag|mogen|wilde|wou|kwam|komt',
      'niet ~ gefilmd|opgenomen|gefotografeerd|gedeeld ~ mocht|mochten|mag|mogen|hoorde|hoort',
      // Intern werkmateriaal: "interne sjablonen of checklists", "de interne beoordelingscriteria".
      // Wat alleen het personeel leest: "de interne weekbrief", "jullie op het intranet".
      'interne weekbrief|weekbrieven|nieuwsbrief|personeelsblad|mededelingen|memo|memo\'s',
      'jullie|uw op|in|van het|de intranet|SharePoint|wiki',
      'interne|intern ~ sjablonen|sjabloon|checklists|checklist|criteria|procedures|procedure|richtlijnen|formulieren|werkinstructies|handleidingen|draaiboek|draaiboeken',
      // Wat de commissie van de lezer echt weegt: "welke criteria uw screeningscommissie werkelijk hanteert".
      'welke|wat ~ criteria|factoren|overwegingen ~ je|jouw|uw|jullie|de ~ commissie|screeningscommissie|afdeling|team|bureau|school ~ echt|werkelijk|eigenlijk|in_de_praktijk ~ weegt|hanteert|gebruikt|toepast|meeweegt',
      'nooit|niet ~ in ~ de|het|jullie|uw gepubliceerde|openbare|officiële richtlijnen|beleid|regels|procedures|handreiking',
      // Wat de lezer vandaag draait of haalt, naast wat er gepubliceerd is: "wat jullie nu echt draaien", "hoe ver zitten
      // jullie van de cijfers uit het paper".
      'wat ~ jullie|je|u ~ nu|vandaag|tegenwoordig ~ echt|eigenlijk|werkelijk ~ draaien|draait|gebruiken|gebruikt|doen|doet|halen|haalt',
      'hoe_ver|hoever ~ zitten|zit|zijn|ben ~ jullie|je|u ~ van|af_van|vanaf ~ de ~ cijfers|getallen|waarden|resultaten|specificaties ~ uit|in|van ~ het|de|jullie|je ~ paper|artikel|publicatie|datasheet',
      // Wat een machine echt doet, naast wat de datasheet zegt: "wat de tool in de praktijk echt doet".
      'wat|hoe ~ de|het|jullie|die|deze ~ tool|tools|machine|machines|systeem|systemen|lijn|fab|proces ~ echt|eigenlijk|werkelijk ~ doet|doen|haalt|halen|draait|draaien|presteert|presteren|levert|leveren',
      // De eigen lijn of het eigen lab van de lezer, nagebouwd: "een lijn vergelijkbaar met die u in Nederland beheert".
      'vergelijkbaar|gelijk|identiek|soortgelijk ~ aan|met ~ die|dat|degene ~ je|jij|u|jullie ~ beheert|beheren|runt|draait|draaien|gebouwd|bouwde|hebt|heeft|hebben|gebruikt|gebruiken',
      'namaken|nabouwen|kopiëren|repliceren|nadoen ~ jullie|je|uw|de|het ~ lijn|lab|laboratorium|opstelling|faciliteit|cleanroom|fab',
      'interne|intern|vertrouwelijke|vertrouwelijk|ongepubliceerde|ongepubliceerd|niet-openbare|niet-gepubliceerde|onuitgegeven|geheime documenten|gegevens|details|informatie|specificaties|tekeningen|rapporten|resultaten|roadmap|data|meetgegevens|meetresultaten|cijfers|stukken|presentaties|ontwerpen|testresultaten|rapportages|rapportage|notities|verslag|verslagen|beoordeling|beoordelingen',
      'niet|nog_niet [eerder] gepubliceerd|gepubliceerde|openbaar|openbare|vrijgegeven',
      'niet ~ gepubliceerd|openbaar|vrijgegeven|bekendgemaakt',
      // Wat buiten de openbare bron blijft: "de regels die niet in het openbare havenportaal verschijnen".
      'niet ~ in ~ het|de|jullie|uw|ons|onze openbare|publieke|gepubliceerde|officiële *portaal|portaal|jaarverslag|jaarverslagen|rapport|rapporten|website|publicatie|publicaties|database|register|brochure|datasheet|artikel|artikelen',
      // De echte cijfers, tegenover wat naar buiten gaat: "de gemeten waarden, niet de datasheetwaarden".
      'niet de|het ~ brochure|datasheet|catalogus|officiële|gepubliceerde|publieke|marketing ~ waarden|cijfers|getallen|gegevens|specificaties|versie',
      'niet de|het datasheetwaarden|datasheetcijfers|brochurecijfers|brochurewaarden|catalogusgegevens|catalogiwaarden|catalogwaarden',
      // De interne versie, tegenover wat naar buiten gaat: "niet de versie die naar sales gaat", "zoals het in het MES staat".
      'niet ~ de ~ versie|lijst|sheet|presentatie ~ die ~ naar ~ sales|klanten|buiten|de_klant',
      'zoals ~ die|het|ze|hij ~ in ~ het|de ~ MES|PLM|PDM|ERP|systeem|wiki|repository ~ staat|staan',
      'de|onze|jullie klant|klanten|auditor|auditors|sales nooit ~ gezien|zag|zagen|kreeg|kregen',
      'interne|vertrouwelijke|ongepubliceerde|niet-openbare|niet-gepubliceerde|ruwe *cijfers|*gegevens|*documenten|*document|*data|*rapporten|*rapport|*resultaten|*tekeningen|*specificaties|*planning|*informatie|*metingen|*memo|*notitie|*notities|*overzicht|*handleiding|*handleidingen|*lijst|*lijsten|*presentatie|*presentaties|*prognose|*prognoses|*begroting|*bestand|*bestanden|*verslag|*verslagen',
      // Wat een beursgenoteerd bedrijf pas later naar buiten brengt: "de concept-analistenpresentatie", "de voorlopige cijfers".
      'concept|voorlopige|ongecontroleerde ~ cijfers|resultaten|jaarcijfers|kwartaalcijfers|halfjaarcijfers|jaarrekening|jaarverslag|analistenpresentatie|beleggerspresentatie|resultatenpresentatie',
      'conceptjaarrekening|conceptjaarverslag|conceptcijfers|conceptresultaten|conceptkwartaalcijfers|conceptjaarcijfers',
      'uit ~ interne|eigen verzameling|database|archief|systemen',
      // Wat het team van iemand echt haalde: "welke overlay zijn team werkelijk haalde".
      'prestaties|cijfers|waarden|resultaten|nauwkeurigheid|opbrengst|yield ~ zijn|haar|hun|het|jullie ~ team|groep|lab|lijn ~ werkelijk|echt|daadwerkelijk ~ haalde|haalden|bereikte|bereikten|mat|maten',
      'voordat ~ gepubliceerd|openbaar|bekend|publicatie',
      // "Voor" als "voordat", niet "voor zover jullie dat openbaar willen maken".
      'voor publicatie|bekendmaking|openbaarmaking',
      'voor ~ het|ze|die|dat|deze ~ openbaar|gepubliceerd|bekend ~ is|zijn|wordt|worden|gemaakt',
      'bedrijfsgeheimen|bedrijfsgeheim',
      'nergens ~ beschreven|gepubliceerd|gedocumenteerd|te_vinden|te_lezen',
      'niet ~ naar buiten ~ gebracht|gekomen',
      // Wat een derde de lezer toevertrouwde: "de tekening die je klant je gaf".
      'klant|opdrachtgever|eindklant|partner ~ je|jou|u ~ gaf|gegeven|toevertrouwde|toevertrouwd|verstrekte|verstrekt|deelde|gedeeld',
      'van ~ je|jouw|uw|de ~ klant|opdrachtgever|eindklant ~ kreeg|gekregen|ontving|ontvangen',
      // Wat alleen achter gesloten deuren te zien was: "de slides uit de besloten sessie", "niet in het openbare deel".
      'besloten|gesloten|niet-openbare sessie|sessies|deel|gedeelte|bijeenkomst|briefing|vergadering',
      'niet ~ in ~ het|de openbare deel|gedeelte|sessie|programma',
      'achter gesloten deuren',
      // De volledige versie in plaats van de openbare, waarvan men weet dat een contract haar bindt: "de volledige set,
      // niet de uitgedunde openbare", "ik begrijp dat het onder de partnerovereenkomst valt".
      'niet ~ de|het ~ openbare|gepubliceerde|vrijgegeven|uitgedunde|verkleinde|opgeschoonde versie|set|dataset|variant|release|editie',
      'ik|we|wij ~ begrijp|begrijpen|weet|weten ~ dat ~ het|dit|die|ze ~ onder ~ de|het|een ~ partnerovereenkomst|samenwerkingsovereenkomst|consortiumovereenkomst|datadelingsovereenkomst|NDA|geheimhoudingsovereenkomst|contract ~ valt|vallen',
      // De officiële route geeft alleen het openbare: "bij jullie investor relations krijg ik alleen het jaarverslag".
      'bij|van|via ~ jullie|de ~ investor_relations|persvoorlichting|website|communicatieafdeling ~ krijg|lees|zie|vind ~ ik ~ alleen|maar|slechts',
      // Wat het bedrijf gaat indienen en de juridische analyses ervoor: "de openstaande uitvindingsmeldingen", "die freedom-to-operate analyse"; wat op de eigen omgeving staat.
      'openstaande|lopende|nog_niet_ingediende|geplande uitvindingsmeldingen|octrooiaanvragen|disclosures',
      'freedom-to-operate|FTO ~ analyse|analyses|rapport|rapporten|studie|onderzoek|opinie',
      'fto-analyse|fto-rapport|inbreukanalyse|nietigheidsanalyse|octrooianalyse',
      'op|in|van|uit jullie|je|jouw|uw intranet|SharePoint|wiki|Confluence|netwerkschijf',
      // De eigen bevindingen van een audit; wat een screening laat stoppen: "welk veld houdt de order tegen".
      'auditbevindingen|bevindingentabel|bevindingenlijst',
      'bevindingen ~ uit|van ~ het|de|dit|jullie ~ audit|auditrapport|rapport|onderzoek',
      'welk|welke ~ veld|velden|criterium|criteria|regel|regels|drempel|drempels|trefwoord|trefwoorden ~ triggert|triggeren|blokkeert|blokkeren|houdt|houden|zorgt|zorgen ~ tegen|vast|voor_de_blokkade|ervoor',
      // Wat de kant van de lezer intern noemde: "er staat 'niet voor extern gebruik' op".
      'staat|stond|schreef|geschreven|gemarkeerd|gestempeld ~ niet_voor_extern|niet_voor_externen|alleen_intern|alleen_voor_intern_gebruik|niet_voor_verspreiding',
      // Wat uit het gepubliceerde stuk is geknipt: "de stukken die je eruit hebt gehaald", "ingekort voor de juristen".
      'stukken|delen|passages|stukjes|citaten ~ eruit ~ gehaald|geknipt|gelaten',
      'stukken|delen|passages|stukjes|citaten ~ geschrapt|weggelaten|weggeknipt',
      'ongeknipte|onbewerkte|ruwe|ongecensureerde|integrale transcriptie|transcript|interview|opname|uitwerking',
      'ingekort|geknipt|bewerkt ~ voor ~ de ~ juristen|advocaten|juridische_zaken|legal|communicatie|voorlichting',
      // Wat een beoordelaar in vertrouwen heeft: "de aanvragen die bij jou liggen", "het scoreoverzicht van het panel".
      'voorstellen|aanvragen|projectvoorstellen|manuscripten ~ bij_jou_liggen|bij_jou_op_tafel|op_je_bureau|op_jouw_bureau|je_beoordeelt|jij_beoordeelt|je_moet_beoordelen',
      'scoreoverzicht|scorelijst|scores|rangschikking|ranking ~ van|voor ~ het|de ~ panel|commissie|beoordelingscommissie|ronde',
      // Dicht tot het verschijnt, en zoals het intern gaat: "de full-texts die onder embargo staan", "het protocol zoals jullie dat intern hanteren".
      'onder embargo',
      'afgesloten|gesloten|dicht|embargo ~ tot ~ publicatie|verschijning|de_publicatie|het_verschijnen',
      'voordat ~ ze|het|die|dit ~ in ~ het|de ~ concept|paper|rapport|verslag|artikel|publicatie|presentatie ~ gaat|gaan|komt|komen',
      'zoals ~ jullie|u|je ~ dat|het|die|ze ~ intern ~ hanteren|hanteert|gebruiken|gebruikt|toepassen|toepast|doen|doet',
      'niet ~ de ~ huisregels|versie|tekst|regels|informatie ~ van|op ~ de|jullie ~ website|site',
      // Waar het team van de lezer op uitkwam: "de drempel waar jullie op uitgekomen zijn".
      'waarden|drempel|drempels|instellingen|parameters|getallen ~ waar ~ jullie|je|u ~ op ~ uitgekomen|uitkwamen|uitkwam',
      // Alles, niet het uitgedunde deel dat gebruikt is: "niet alleen de subset die we voor mijn scriptie gebruikten".
      'niet_alleen|niet_enkel ~ de|het ~ subset|deel|selectie|stukje|uitsnede ~ die|dat ~ we|jij|je|ik ~ gebruikt|gebruikten|uitknipten|knipten|publiceerden|deelden|kozen',
      // Wat de lezer onderonsje liet zien, wat een panel echt invult, welke gebieden extra bekeken worden; de volgorde voor de beurzen: "die plots die je op je laptop liet zien", "de volgorde voor de beurzen".
      'op ~ je|jouw ~ laptop|scherm|telefoon ~ liet_zien|toonde|hebt_laten_zien|erbij_haalde',
      'formulier|formulieren|sjabloon|scoreformulier|beoordelingsformulier ~ dat|die ~ jullie|de|het ~ panel|commissie ~ echt|eigenlijk|werkelijk ~ invult|invullen|gebruikt|gebruiken',
      'lijst ~ van|met ~ onderzoeksgebieden|vakgebieden|landen|onderwerpen ~ die ~ extra|nader|strenger ~ bekeken|gescreend|getoetst',
      'volgorde|ranglijst|rangorde|rangschikking|ranking ~ voor|van ~ de ~ beurzen|beurs|kandidaten|aanvragen|sollicitanten|aanvragers',
      // Andermans data eronder: "ik besef dat daar de data van de partner onder zit".
      'data|opnames|dataset|scans ~ van ~ de|jullie ~ partner|klant|opdrachtgever ~ onder|eronder|in ~ zit|zitten',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_VERZOEK_TECHNISCH',
    category: 'sensitive-request',
    language: 'nl',
    weight: 24,
    description: 'Vraagt om ontwerpbestanden, procesparameters, broncode, modelgewichten of vergelijkbare technische stukken',
    examples: {
      hit: ['Kunt u mij de procesparameters van de depositiestap sturen?', 'Graag ontvang ik de broncode van de uitlijnmodule.', 'Zou je een paar foto\'s van de opstelling kunnen maken, met de bedrading zichtbaar?'],
      miss: ['De broncode staat sinds vorig jaar openbaar op GitHub.', 'Onze procesparameters zijn dit jaar flink verbeterd.'],
    },
    unless: [
      ...VERBODEN,
      // Foto's van een uitje, niet van het werk in het lab: "de foto's van het labuitje naar het strand".
      "foto|foto's|plaatjes ~ van ~ het|de|ons ~ labuitje|teamuitje|uitje|feest|borrel|barbecue|BBQ|etentje|personeelsfeest",
      ...EIGEN_BEELDEN,
    ],
    patterns: [
      // Wat er op machines is veranderd, waarde voor waarde: "de kalibratiewijzigingen met oude en nieuwe waarden".
      'kalibratiewijzigingen|parameterwijzigingen|receptwijzigingen|wijzigingslog|wijzigingshistorie',
      // De gelicentieerde ontwerpkit van een foundry: "de diktetabel en het regeldeck".
      'regeldeck|rule_deck|DRC-deck|DRC_deck|laagopbouw|diktetabel|ontwerpregels_van_de_foundry|design_rule_manual',
      // De energievoorziening van een fab: "het eendraadsschema van jullie MS-net", "welke verbruikers op UPS en no-break zitten".
      'eendraadsschema|eenlijnschema|enkellijnschema|MS-net|middenspanningsnet|middenspanningsinstallatie|noodstroomvoorziening|noodstroomplan',
      'welke ~ verbruikers|installaties|systemen|machines|tools ~ op ~ UPS|no-break|noodstroom|de_noodstroom',
      'roadmap|routekaart|productroadmap|technologieroadmap',
      'ontwerpbestanden|ontwerptekeningen|ontwerpdata|ontwerpdocumenten|maskerontwerpen|layouts|schema|schema\'s|bouwtekeningen',
      'procesparameters|procesinstellingen|procesvensters|procesdata|procesrecepten|procesgegevens|procesflow|recepturen|recepten',
      '*recepten|*recepturen|*procesparameters|*ontwerpbestanden|*broncode|*trainingsdata|*testdata|*meetdata|*testresultaten|*kalibratiedata|*cyclusdata|*procesdata|*sensordata|*logdata',
      'receptbestand|receptbestanden|procesresultaten|depositieresultaten|etsresultaten',
      // De afgestelde tabellen van een chip of machine: "die nieuwe kloktabellen", "de trimtabel".
      'kloktabellen|kloktabel|timingtabellen|timingtabel|trimtabellen|trimtabel|registertabellen|registertabel|klokinstellingen|kloktabellen_en_registers',
      // Wat het laatste werk van de lezer mat: "de resultaten van de laatste thermische cycli".
      'resultaten|metingen|meetresultaten|testresultaten|data|cijfers|bestanden|logs|scans ~ van|uit ~ de|het|jullie|je|uw ~ laatste|nieuwste|recente|vorige ~ cycli|*cycli|runs|run|batch|batches|lots|lot|metingen|tests|test|serie|campagne|proefvaart|proeven',
      // Wat een testsuite vangt en waar een model de fout in gaat: "de faalgevallen uit de regressieruns".
      'faalgevallen|foutgevallen|randgevallen|regressieresultaten|regressieruns|regressielogs',
      // De data waar een model van leerde: "de gelabelde set waar jullie model op getraind is".
      'gelabelde|geannoteerde set|sets|data|dataset|datasets|beelden|voorbeelden',
      'set|data|dataset|datasets|beelden ~ waar|waarop ~ jullie|het|je|uw ~ model|modellen|netwerk ~ op ~ getraind|gefit|gebouwd',
      // Wat andere gebruikers of partners bij de lezer achterlieten: "de recepten van de andere gebruikers".
      "data|datasets|dataset|recepten|resultaten|bestanden|mappen|beelden|samples|metingen|sessies ~ van ~ andere|externe ~ gebruikers|klanten|partners|bedrijven|groepen",
      "andere|externe ~ gebruikers|klanten|partners|bedrijven ~ hun ~ data|datasets|recepten|resultaten|bestanden|beelden|metingen",
      // Wie wat deed in een systeem: "de audittrail van de laatste 90 dagen".
      'audittrail|audit_trail|auditlog|auditlogs|audit_log|toegangslogs|toegangslog|inloggeschiedenis|aanmeldlogs',
      'loggegevens|logbestanden|logfiles|servicelogs|storingslog|storingslogs|servicelogboeken|foutlogs|machinelogs|onderhoudsrapport|onderhoudsrapporten|servicerapport|servicerapporten|storingsrapport|storingsrapporten|storingslogboek',
      'bring-up ~ log|logs|verslag',
      'testmatrix|testmatrices|kwalificatiedeck|defectpareto|defect-pareto',
      // Wat de kwaliteitscontrole meet: "eindinspectiecijfers", "meetcijfers", "de tolerantietabel".
      '*inspectiecijfers|*inspectieresultaten|*inspectierapporten|*inspectiedata|*meetcijfers|kwaliteitscijfers|*rendementcijfers',
      'tolerantietabel|tolerantietabellen|tolerantiebudget|tolerantiebudgetten|tolerantieketen|tolerantieketens',
      'checkpoint|checkpoints ~ van ~ het|jullie ~ *model|model|netwerk',
      // Een getraind model bij zijn stand: "het laatste checkpoint, plus de config erbij".
      'je|jouw|jullie|getrainde ~ checkpoint|checkpoints',
      'checkpoint|checkpoints ~ plus|met|en|inclusief ~ de|het ~ config|configuratie|gewichten|trainingsconfig|held-out|holdout|hold-out|evalset|evaluatieset|testset',
      'gewichten van ~ model|*model|netwerk',
      'RTL|HDL|Verilog|VHDL|firmware',
      // Wat er aan de eigen systemen veranderde: "wat er aan de firewall veranderd is", "de stand van de accounts".
      'wat er ~ aan|in|op ~ de|het ~ firewall|netwerk|configuratie|servers|systemen|specificatie|spec|tekening|eisen ~ veranderd|gewijzigd|aangepast',
      'stand van ~ de ~ accounts|rechten|gebruikers',
      // Beveiligingsmateriaal van de eigen systemen: "het sleutelrotatieschema", "de firewallregels".
      'sleutelrotatieschema|sleutelrotatieschema\'s|sleutelrotatie|sleutelbeheer|sleutelbeheerplan|sleutelmateriaal|versleutelingssleutels|encryptiesleutels|cryptosleutels|privésleutels|privesleutels|rootsleutels|ondertekeningssleutels',
      'firewallregels|firewall-regels|firewallconfiguratie|vpn-configuratie|vpn-configuraties|routerconfiguratie|routerconfiguraties|netwerktopologie|netwerkdiagram|netwerkdiagrammen',
      'GDS|GDSII|GDS-bestanden|GDS-bestand|netlijst|netlijsten|maskerlayout|maskerlayouts|layoutbestanden',
      'meetrapport|meetrapporten|testrapport|testrapporten',
      // Het servicegereedschap van de werkgever, mee naar andermans machine: "je servicelaptop met de kalibratiesoftware erop".
      'servicelaptop|servicelaptops|servicesoftware|servicetools|servicedongle|diagnosesoftware|kalibratiesoftware|uitlijnsoftware|referentiewafers|referentiewafer|kalibratiewafers|kalibratiestandaarden|golden_wafer|golden_wafers',
      'servicehandleiding|servicehandleidingen|onderhoudshandleiding|onderhoudshandleidingen|servicedocumentatie|kalibratieprocedure|kalibratieprocedures|uitlijnprocedure|uitlijnprocedures|processtappen|etsstappen',
      // Named compounds, not any word on -tekening: "ondertekening" is a signature.
      'armtekening|armtekeningen|werktekening|werktekeningen|machinetekening|machinetekeningen|onderdeeltekening|onderdeeltekeningen|constructietekening|constructietekeningen|detailtekening|detailtekeningen|assemblagetekening|assemblagetekeningen|productietekening|productietekeningen|samenstellingstekening|samenstellingstekeningen|overzichtstekening|overzichtstekeningen|totaaltekening|totaaltekeningen|systeemtekening|systeemtekeningen|moduletekening|moduletekeningen|kamertekening|kamertekeningen',
      'bewegingsprofiel|bewegingsprofielen|snelheidsprofielen|versnellingsprofielen|belastingsprofielen',
      // Waar het werk van de lezer op draait: "de stijfheidstabellen waarmee je werkt".
      'tabellen|tabel|*tabellen|instellingen|parameters|waarden|curves|coëfficiënten ~ waarmee|waar ~ je|jij|jullie|u ~ werkt|werken|mee_werkt|mee_werken',
      // Een tekening van eigen recent werk: "een tekening van een recent geleidingsontwerp".
      'tekening|tekeningen|CAD-model|CAD-bestand|CAD-bestanden ~ van ~ een|het|jullie|je|jouw ~ recent|recente|huidig|huidige|nieuw|nieuwe|laatste ~ ontwerp|*ontwerp|onderdeel|assemblage',
      // Het warmtebehandelingsrecept: "het uithardingsschema", "het sinterprofiel", en wat erin gaat: "de mengverhoudingen".
      'uithardingsschema|uithardschema|uithardingscyclus|uithardcyclus|uithardingsprofiel|gloeiprofiel|gloeischema|sinterprofiel|sinterprofielen|sintercyclus|reflowprofiel|reflowprofielen|bakprofiel|temperatuurprofiel|temperatuurprofielen|temperatuurcurve|temperatuurcurves',
      'mengverhouding|mengverhoudingen|additiefpercentages|harsmengsel|harsrecept|harsrecepten|receptuur',
      // Not a payment's or a payslip's specificatie.
      'productspecificatie|ontwerpspecificatie|processpecificatie|systeemspecificatie|machinespecificatie|interfacespecificatie|testspecificatie|*specificaties',
      'broncode|source_code',
      'modelgewichten|gewichten_van_het_model|model_weights',
      'modelbestanden|modelbestand|trainingsconfiguratie|trainingsconfiguraties',
      'getrainde ~ modelbestanden|modellen|model|netwerken|netwerk',
      'trainingsdata|trainingsgegevens|trainingset|trainingsset|testdata|testgegevens|meetdata|kalibratiedata|kalibratiebestand|kalibratiebestanden|yielddata|opbrengstcijfers|opbrengstgegevens',
      // Wat het laatste werk van de lezer mat: "de XRD- en Hall-metingen van de laatste drie runs".
      '*metingen|metingen|meetdata|meetresultaten|meetwaarden|resultaten|data|cijfers|curves|spectra|scans ~ van|uit ~ de|jullie|je ~ laatste|recente|nieuwste|huidige ~ runs|run|ronde|rondes|batches|batch|lots|lot|wafers|samples|series|meetcampagne',
      // Hoe een lijn presteert, in elke vorm waarin een fab dat samenvat: "het yieldoverzicht op waferniveau", "de uitvalcijfers".
      // Hoe de geïnstalleerde machines het houden, per module of per site: "de MTBF-export per module voor de Koreaanse sites".
      'MTBF|MTTR|MTBI|MTTF|uptime|beschikbaarheid|storingscijfers|uitvaldata ~ export|exports|data|cijfers|gegevens|rapport|rapportage|overzicht|per_module|per_site|per_tool|per_klant',
      'MTBF-export|MTBF-cijfers|MTBF-data|MTBF-gegevens|MTBF-rapport|MTBF-overzicht|uptimecijfers|beschikbaarheidscijfers',
      'yieldoverzicht|yieldoverzichten|yieldsamenvatting|yieldrapport|yieldrapportage|yieldcijfers|opbrengstoverzicht|opbrengstoverzichten|opbrengstrapport|uitvalcijfers|uitvaloverzicht|defectoverzicht|defectcijfers|defectpareto|defectparetos|scrapcijfers',
      // Waar een beeld- of spraakmodel van leert: "gelabelde trainingstegels", "geannoteerde opnames".
      'gelabelde|geannoteerde ~ data|dataset|datasets|beelden|afbeeldingen|tegels|*tegels|opnames|fragmenten|voorbeelden|samples|*beelden|*data',
      'voortgangsrapportage|voortgangsrapportages|voortgangsrapport|voortgangsverslag|projectrapportage|partnerrapportage',
      'klantenlijst|klantenlijsten|klantgegevens',
      // Wat een octrooiafdeling heeft voordat het openbaar is: uitvindingsmeldingen, indieningsplannen, conceptconclusies.
      'uitvindingsmelding|uitvindingsmeldingen|uitvindingsformulieren|disclosurelijst|disclosure-lijst|meldingenlijst',
      'octrooistrategie|octrooiplanning|indieningsplan|indieningsplannen|indieningsplanning',
      'conceptconclusies|concept-conclusies|conceptaanvraag|conceptaanvragen|conceptoctrooiaanvraag|conceptoctrooiaanvragen',
      'niet_gepubliceerde|ongepubliceerde octrooiaanvragen|octrooiaanvraag|aanvragen',
      'FTO-analyse|FTO-analyses|FTO-advies|FTO-adviezen',
      'technische specificaties|tekeningen|documentatie',
      // De nieuwste stand van een ontwerp: "de nieuwe revisie van de tekeningen".
      'revisie|revisies|versie ~ van ~ de|het|jullie ~ tekeningen|tekening|ontwerp|layout|schema|bouwtekeningen',
      'specificaties',
      'architectuurdocumenten|architectuurdetails',
      // De foto van het ding zelf, niet van mensen erin: "foto's van studenten in het lab" is een portret.
      "foto's|foto|afbeeldingen|opnames|video ~ van de|het|jullie|jouw|uw ~ opstelling|meetopstelling|setup|cleanroom|machine|tool|lab|prototype|binnenkant|plaat",
      'wafers|samples|monsters|proefstukken|prototypes|chips|preparaten ~ meenemen|mee_nemen|meegeven|opsturen',
      // Een stuk van het materiaal zelf: "een stukje van die brokken van de Magnova-wafers".
      'stukje|stukjes|stuk|stukken|brokje|brokjes|brokken|restje|restjes|scherf|scherven ~ van ~ de|die|jullie|het|een ~ *wafer|*wafers|wafer|wafers|samples|monsters|preparaten|proefstukken|stack|stacks|lagen',
      'ruwe ~ data|meetdata|puntenwolken|metingen|meetwaarden|gegevens|bestanden',
      // Named settings, not any word on -instellingen: "kennisinstellingen" are institutions.
      '*parameters|*procesflow|*puntenwolken',
      'machine-instellingen|machineinstellingen|toolinstellingen|meetinstellingen|laserinstellingen|camera-instellingen|camerainstellingen|servo-instellingen|servoinstellingen|regelinstellingen|fabrieksinstellingen|etsinstellingen|depositie-instellingen|belichtingsinstellingen|ovensinstellingen|ovninstellingen',
      // Een export van hoe iets is ingericht: "een export van de huidige configuratie van de concentrator", "een export uit jullie videomanagementsysteem", "de gebruikersrollen".
      'export|exports|dump|uitdraai|kopie ~ van|uit ~ de|het|jullie|je ~ huidige|actuele|complete|hele ~ configuratie|instellingen|inrichting|setup',
      'export|exports|dump|uitdraai ~ uit|van ~ jullie|je|het|de ~ *systeem|database|CMDB|ERP|SAP|CRM|VMS',
      'gebruikersrollen|rollen_en_rechten|rechtenstructuur|autorisatiematrix|rechtenmatrix|opname-instellingen|cameralijst|cameraposities',
      // Wat de service-engineers opschreven: "de log van de service-engineer, of de notitie die hij erbij schreef".
      'log|logs|logboek|logbestand|notitie|notities|rapport|verslag ~ van ~ de|jullie ~ service-engineer|service-engineers|servicemonteur|monteur|technicus',
      // De regelinstellingen van een locatie: "de setpoints en alarmgrenzen uit het GBS".
      'setpoints|setpunten|instelwaarden|alarmgrenzen|alarmwaarden|trenddata|trendexport|trends|schermafdrukken|screenshots ~ uit|van|in|op ~ het|de|jullie ~ gbs|bms|scada|plc|dcs|gebouwbeheersysteem|regelsysteem|besturing|hmi',
      // Een exemplaar van de hardware zelf: "dat reserve-engineering model van het board".
      'engineering_model|engineeringmodel|engineering-model|reserve-engineering_model|kwalificatiemodel|flight_spare|reservebord|testbord|EM-bord',
      // De opbouw van een netwerk: de firewallregels, de IP-reeksen, de firmware van de VPN-gateway, waar logins worden gecontroleerd.
      'firewallregels|firewall-regels|firewallbeleid|firewallconfiguratie|regelset|rulebase|objectgroepen',
      'ip-reeksen|ip-reeks|ip-ranges|ip-adresreeksen|ip-bereik|ip-bereiken|subnetten',
      'vpn-gateway|vpn_gateway|firewall|firewalls ~ firmwareversie|firmware|softwareversie|versie|type',
      'welke ~ server|servers ~ vpn-logins|logins|inlogs|authenticatie',
      // De logs van een opstelling: "de logs van de testbank van deze week".
      'logs|logbestand|logbestanden|logfiles|logging ~ van ~ de|het|jullie ~ testbank|testopstelling|meetopstelling|opstelling|machine|tool|prober|oven|scanner|maskaligner|aligner|stepper|wirebonder|sputteraar|etser|klimaatkast|klimaatkamer|testkamer|controller|besturing',
      // De ruwe uitvoer van een besturing: "de ruwe export van de controller, met alle setpoints".
      'ruwe ~ export|exports|dump|uitvoer ~ van|uit ~ de|het|jullie ~ controller|besturing|plc|kast|machine|tool|systeem',
      // Een lijst per klant, de maten van een opstelling, de opbouw van een netwerk, de recepten van andere gebruikers, het scherm met de instellingen.
      'lijst|overzicht|cijfers ~ met|van ~ afkeur|afkeuren|uitval|klachten|retouren ~ per ~ klant',
      'maten|afmetingen|maatvoering ~ van ~ de|het ~ kamer|vacuümkamer|cryostaat|opstelling|houder|frame|stage|module|behuizing',
      "netwerksegmenten|vlan's|vlans|jump_host|jumphost|firewall-uitzonderingen|firewalluitzonderingen|netwerktekening|netwerkplattegrond",
      'recepten|procesrecepten|instellingen ~ van ~ de|andere ~ bedrijven|klanten|gebruikers',
      'scherm ~ met ~ de ~ instellingen|parameters|waarden|recepten',
      // Complete eenheden van de nieuwe serie, al afgeregeld: "twee complete boards van de nieuwe serie, getest en afgeregeld".
      'complete|volledige|afgeregelde|geteste ~ boards|kaarten|modules|units|printplaten ~ van ~ de ~ nieuwe|laatste|huidige ~ serie|generatie|batch|revisie',
      // De metingen van de nieuwste run, en een interfacedocument: "de g2-metingen en de verliesdata van de nieuwe wafer-run".
      'metingen|meetdata|data|resultaten|verliesdata|meetresultaten|logs|sheets|bestanden|plots|curves ~ van|uit ~ de|het ~ nieuwe|laatste|volgende ~ run|batch|lot|wafer-run|serie',
      'ICD|ICDs|interfacedocument|interfacedocumenten|interfacespecificatie',
      // De logs van een machine geëxporteerd, en de acceptatiespecificatie: "de export van de inspectielogs", "de nieuwe acceptatiespec".
      'export|exports|uitdraai ~ van ~ de ~ inspectielogs|logs|logbestanden|meetlogs|alarmlogs|toollogs|machinelogs',
      'inspectielogs|alarmlogs|toollogs|machinelogs|driftlogs',
      'acceptatiespec|acceptatiespecificatie|acceptatiecriteria|testspecificatie',
      // De ingebrande beveiliging van een chip en de weg eromheen: "de hash van de root-sleutel in de OTP", "samples waar de debugpoort open staat", "kan secure boot uitgezet worden", "de sleutelhiërarchie".
      'OTP|eFuse|efuse|fuse|fuses map|maps|sheet|instellingen|waarden|tabel|layout',
      'OTP-instellingen|OTP-map|fusemap|fuse-map|fuse-instellingen|fusetabel',
      'root-sleutel|rootsleutel|ontwikkelsleutel|ontwikkelsleutels|debugsleutel|debugsleutels|signeersleutel|signeersleutels|tekensleutel|ondertekeningssleutel|development-sleutel',
      'debugpoort|debug-poort|debugpoorten|JTAG|JTAG-poort|debuginterface ~ open|openstaat|ontgrendeld|vrij',
      'secure_boot|signatuurcontrole|handtekeningcontrole|codeondertekening ~ uitzetten|uitgezet|uit_te_zetten|uitschakelen|uitgeschakeld|omzeilen|omzeild|overslaan|overgeslagen|versoepelen',
      'sleutelhiërarchie|sleutelhierarchie|sleutelstructuur|sleutelboom',
      'sleutels|sleutel|certificaten ~ geroteerd|vervangen|ingetrokken|vernieuwd|gewisseld',
      'op ~ een|de|je|het ~ stick|stickje|usb-stick|usb-stickje|geheugenstick|geheugenstickje',
      // De data waarop een model wordt beoordeeld, los van de training: "de held-out evalset".
      'held-out|holdout|hold-out ~ set|sets|data|dataset|evalset|testset',
      'evalset|evalsets|evaluatieset|evaluatiesets|held-out-set|holdoutset',
      // De slide met de planning erop, aangewezen: "die slide met de tijdlijn voor de nieuwe set".
      'slide|slides|dia|sheet|pagina|die ~ met ~ de ~ tijdlijn|tijdlijnen|roadmap|planning|mijlpalen|lanceerdata|releasedata|prioriteiten|bedragen|budgetten|verdeling|toewijzing',
      // Niet-vrijgegeven silicium en wat eraan gemeten is: "tien stuks van de Gen4 engineering die", "de karakterisatiesamenvatting van die lot", "het retouroverzicht van het kwartaal".
      'engineering_die|engineering_dies|engineering_silicium|niet-vrijgegeven_die|niet-vrijgegeven_dies|niet-vrijgegeven_onderdelen|pre-productie_samples|preproductiesamples',
      'karakterisatie|karakterisering|kwalificatie|betrouwbaarheids samenvatting|overzicht|rapport|data ~ van|voor ~ die|deze|de|het ~ lot|batch|wafer|run',
      'karakterisatiesamenvatting|karakterisatierapport|kwalificatierapport|betrouwbaarheidsrapport',
      'retour|retouren|RMA|klacht|klachten|garantie overzicht|overzichten|cijfers|rapport|lijst|export',
      'retouroverzicht|retouroverzichten|retourcijfers|retourlijst|klachtenoverzicht|rma-overzicht|garantieoverzicht',
      // De nieuwe planning, meegenomen: "lukt het om de nieuwe planning van Veldhoven mee te nemen?".
      'nieuwe|nieuwste|actuele|bijgewerkte|laatste planning|planningen|productieplanning|leverplanning|roadmap ~ mee_te_nemen|meenemen|meebrengen|mee_te_brengen|mee',
      // Hoe de eigen machines bezet zijn, per machine of klant: "de bezetting per tester voor april".
      'bezetting|bezettingsgraad|benutting|belading|utilisatie|planning ~ per ~ tester|testers|machine|machines|tool|tools|lijn|klant|klanten',
      // Wat een testcampagne mat, en een strooilichtbudget: "de gemeten waarden uit jullie testcampagne", "het ghostbudget".
      'gemeten|ruwe|absolute ~ waarden|data|resultaten|cijfers|curves ~ uit|van ~ jullie|je|de ~ testcampagne|meetcampagne|campagne|kwalificatie|kwalificatietests',
      'ghostbudget|strooilichtbudget|strooilichtanalyse|strooilichtmodel|ghost-budget',
      // De eigen sporen en modellen van een regellus: "de ruwe encoder- en servofoutsporen", "het storingsmodel van die opstelling".
      'encoder|servo|servofout|positiefout|volgfout|ruwe ~ traces|sporen|tracedata',
      'storingsmodel|storingsmodellen|plantmodel|servomodel|ruismodel|feedforwardmodel|disturbance_model',
      // De foutlogs en trendbestanden van een machine: "de error-logexports en de trendbestanden van de bundelstroom".
      'error-log|errorlog|foutlog|foutlogs|eventlog export|exports|bestanden|dumps',
      'trendbestanden|trendbestand|trendexports|trendexport|error-logexports|foutlogexports',
      // Wat er straks uitkomt: "een concept van de releasenotes voor de volgende versie".
      'concept|conceptversie|voorlopige_versie ~ van ~ de ~ releasenotes|release_notes|changelog',
      'releasenotes|release_notes|changelog ~ voor|van ~ de ~ volgende|komende|nieuwe ~ versie|release|update',
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
    examples: {
      hit: ['Wij betalen u een vergoeding van 3.000 euro voor twee uur.', 'Fijn dat je meedoet, de eerste betaling is onderweg.', 'Mijn vrienden waren er blij mee, er staat weer wat voor je klaar.'],
      miss: ['De reiskosten worden vergoed volgens de reisregeling van de universiteit.', 'We zamelen geld in voor een cadeau; een bijdrage via Tikkie is welkom.'],
    },
    unless: [
      // Een derde die de groep betaalt, een beleid dat cadeaus laat weigeren, en een vergoeding volgens de regels van een instelling: "de vader van de bruid betaalt ons contant", "cadeaukaarten moeten worden geweigerd".
      'betaalt|betalen|gaat_betalen ~ ons',
      // Een derde die de club betaalt, niet de lezer: "de Rotary betaalt het orkest een vergoeding van 2.400 euro".
      'betaalt|betalen|gaat_betalen|geeft|geven ~ het|de|onze ~ orkest|koor|club|vereniging|band|harmonie|fanfare|team|groep|ploeg',
      'moeten|moet ~ worden ~ geweigerd|geregistreerd|gemeld|teruggegeven|geretourneerd',
      'volgens|conform|onder ~ de|onze|hun ~ regeling|regels|reglement|richtlijnen|gedragscode ~ van ~ de ~ universiteit|faculteit|instelling|organisatie',
      // Het voorschot dat een leverancier bijstelt: "ze verhogen het voorschot van 168 naar 195 per maand".
      'verhogen|verhoogt|verlagen|verlaagt|aanpassen|past_aan ~ het|uw|je|jullie|ons ~ voorschot|termijnbedrag|maandbedrag',
      ...GEEN_VERGOEDING,
      'volgens|conform|binnen|onder ~ regeling|regels|tarieven|reglement|vergoedingenregeling|reisregeling|cao|beleid|*regeling',
      // Loon in een vacature: de bonus bij een salaris is geen geld voor informatie.
      'salaris|salarissen|brutosalaris|*salaris|salarisindicatie|salarisschaal|pensioen|arbeidsvoorwaarden|dienstverband|aandelenopties|aandelenoptieregeling',
      // Een bonus als deel van het loon: "bonus tot 15%".
      'bonus tot|van ~ *% ~ van_het_salaris|van_je_salaris|plus|en',
      'doelbonus|bonusregeling',
      // De eigen bonus van de afzender: "ik heb vorige maand die bonus gehad".
      'ik|we|wij|hij|zij heb|hebben|had|kreeg|kregen|heeft ~ bonus',
      'bonus ~ gehad|gekregen|ontvangen|binnen',
      // Een cadeau dat de lezer voor een ander koopt: "kun jij de cadeaubon regelen?".
      'regel|regelen|koop|kopen|haal|halen|bestel|bestellen|zorg_voor ~ de|een|die ~ cadeaubon|cadeaukaart|bon|cadeau|kado',
      'de|een|die cadeaubon|cadeaukaart|bon|cadeau|kado ~ regelen|kopen|halen|bestellen|regel|koop|haal|bestel',
      // Cash als kop van een bedrijfsupdate: "highlights, KPI's, cash, hiring".
      "KPI|KPI's|KPIs|runway|burn|burnrate|omzet|highlights|kasstroom ~ cash",
      'cash ~ runway|burn|burnrate|positie|KPI|KPIs|hiring|omzet',
      // Wat iemand maakt, niet overmaakt: "ik maak Ruisvrij, een podcast over AI".
      'maak|maken|maakt ~ podcast|podcasts|aflevering|afleveringen|documentaire|serie|programma|reportage|film|boek|artikel|video',
      // Bonnen die een winkel aan een goed doel geeft: "20 cadeaubonnen voor de kerstpakketten".
      'cadeaubonnen|bonnen|cadeaukaarten|waardebonnen ~ voor ~ de|het|onze|jullie ~ kerstpakketten|pakketten|voedselbank|deelkast|loterij|tombola|goede_doel|actie|inzameling',
      // Het geld van de lezer in de pot: "contant kan ook, dan stop je het in de envelop in mijn la".
      'stop|doe|leg|gooi ~ je|jij ~ het|het_geld|je_bijdrage|jouw_bijdrage ~ in ~ de|een ~ envelop|enveloppe|pot|bus|la',
      'stop|doe|leg ~ het|het_geld|het_bedrag ~ in ~ een|de ~ envelop|enveloppe ~ met ~ uw|je|jouw ~ naam',
      // Wat de afzender van de lezer kreeg: "het voorschot van €300 heb ik ontvangen".
      'voorschot|aanbetaling|bedrag|betaling ~ heb|hebben ~ ik|we ~ ontvangen|goed_ontvangen|binnen',
      // Wat de lezer aan de afzender betaalt: "jouw deel is 60 euro, maak het naar mij over of geef het contant".
      'geef|betaal|maak ~ het|dat|die|het_bedrag|je_deel|jouw_deel ~ aan|naar ~ mij|ons',
      'naar|op ~ mijn|onze|ons ~ rekening|rekeningnummer|bankrekening|IBAN',
      // Wat de afzender de lezer in rekening brengt: "het voorschot van de eerste termijn stuur ik als factuur".
      'stuur|sturen|stuurt ~ ik|we|wij ~ als|per ~ factuur|rekening',
      'ik|we|wij ~ factureer|factureren|stuur_je|sturen_je|stuur_u|sturen_u ~ het|de|een ~ voorschot|termijn|factuur',
      // De lezer die aan een ander overmaakt: "je kunt het overmaken naar Ans of contant in de envelop doen".
      'je|jij|u kunt|kan ~ het|dat|het_geld|het_bedrag|je_bijdrage|uw_bijdrage|jouw_bijdrage|je_deel overmaken|overboeken|storten',
      'kun|kunt|kan je|jij|u ~ het|dat|het_geld|het_bedrag|je_bijdrage|uw_bijdrage|jouw_bijdrage|je_deel overmaken|overboeken|storten',
      // Kosten die de afzender voorschiet en onderling verrekent: "ik betaal het voorschot, we verrekenen het daarna".
      'we|wij ~ verrekenen|verreken',
      'verrekenen|verrekening ~ daarna|achteraf|onderling|later',
      // Terugbetalen wat de lezer voorschiet: "ik betaal je de helft terug".
      'betaal|betalen|betaalt ~ terug',
      'terugbetalen|terugbetaal|terugbetaling|voorschieten|voorgeschoten',
      // Collega's die geld inzamelen voor een cadeau.
      'bijdrage|bijdragen|inleg|Tikkie|collecte|inzameling',
      'iedereen|allemaal|we_allemaal ~ legt|leggen|doet|doen ~ wat|iets ~ in',
      // Wat anderen betaalden, zoals een krant het meldt: "ze nodigden mensen uit en betaalden soms contant".
      'betaalden|boden|gaven ~ soms|vaak|zelfs|ook|daarbij|er ~ contant|contanten|cash|geld',
      'soms|vaak|zelfs|ook|daarbij ~ contant|contanten|cash|geld ~ betaalden|boden|gaven',
      // De cadeauwens van een jarige, waar de gasten aan bijdragen: "cadeau hoeft niet, maar ze spaart voor een racefiets".
      'ze|zij|hij spaart|spaarde ~ voor',
      'cadeau|cadeaus|cadeautje|kado|kadootje ~ hoeft|hoeven ~ niet',
      // Een stuksprijs in een offerte is de prijs van goederen: "200 stuks: EUR 38,20 per stuk".
      'stuks',
      'offerte|prijsopgave|prijslijst|stuksprijs|stuksprijzen',
      // Wat de lezer betaalt, niet wat de lezer krijgt: "inschrijfgeld", "deelnamekosten".
      'inschrijfgeld|inschrijvingskosten|deelnamekosten|deelnemersbijdrage|deelnamebijdrage|missiebijdrage|missiekosten|reisbijdrage|programmabijdrage|workshopkosten|seminarkosten|congreskosten|cursusgeld|collegegeld|lidmaatschap|contributie|toegangsprijs',
    ],
    // De aanbrengregeling van de eigen werkgever: "zou je me aandragen via die referral-regeling? Dan krijg jij die bonus".
    unlessNearby: [
      // Geld dat de lezers geven, niet krijgen; contant dat de lezer bij aankomst betaalt.
      'bijdragen|meebetalen|inleggen|bijdrage_leveren|potje|inzameling',
      // De lezer die zelf contant betaalt: "contant betalen kan ook, bij Joost op de clubavond".
      'contant|cash ~ betalen|afrekenen|voldoen ~ kan|mag ~ ook',
      // De stand van de gezamenlijke pot: "€245 via Tikkie en €85 contant in de envelop".
      'de_pot|uit_de_pot|van_de_pot|met_de_pot|cadeaupot|Tikkie',
      'contant|cash ~ bij_aankomst|bij_ophalen|bij_aflevering|aan_de_deur|bij_inchecken|bij_levering|aan_de_chauffeur|aan_de_bezorger',
      'bij_aankomst|bij_ophalen|aan_de_deur|bij_inchecken|bij_levering ~ contant|cash|in_contanten',
      'pinautomaat|pinapparaat|geen_pin|pinnen_kan_niet',
      ...AANGEMELD_GESCHENK,
      'jullie|je|jouw|die|de ~ referral-regeling|referralregeling|referralprogramma|referral-programma|aanbrengregeling|aanbrengpremie|referralbonus|referral-bonus',
      // Het cadeau dat de lezer regelt en de afzender half betaalt: "Kun jij het cadeau regelen? Ik maak de helft over."
      'kun|kan|wil|zou je|jij|u ~ het|de|een ~ cadeau|cadeaubon|cadeaukaart|kado ~ regelen|kopen|halen|bestellen|verzorgen',
    ],
    patterns: [
      'wij|we|ik|opdrachtgever|klant|zij betalen|betaal|vergoeden|vergoed|belonen|compenseren u|je|jou',
      // Een derde die betaalt: "mijn klant betaalt je EUR 5.000", "het fonds biedt u 3.000 euro".
      'opdrachtgever|klant|instituut|bedrijf|fonds|stichting|sponsor|partner|hij|zij betaalt|biedt|vergoedt|beloont|geeft ~ u|je|jou ~ {amount}',
      'u|je ontvangt|krijgt ~ vergoeding|honorarium|beloning|bedrag|compensatie|betaling',
      'vergoeding|beloning|honorarium|compensatie ~ van {amount}',
      // Het kale aanbod van een notificatie of een eenregelige vraag: "Vergoeding USD 5.000, te betalen bij oplevering."
      'vergoeding|beloning|honorarium|compensatie|fee {amount}',
      'tegen ~ vergoeding|betaling|honorarium|beloning',
      'ruime|royale|aantrekkelijke|genereuze|mooie|passende|riante vergoeding|beloning|betaling|compensatie',
      'honorarium|adviesvergoeding|consultancyvergoeding|sprekersvergoeding|*honorarium',
      'retainer|voorschot|maandvergoeding',
      'eerste|volgende|maandelijkse|afgesproken betaling|termijn|overboeking ~ is|komt|staat ~ onderweg|verstuurd|overgemaakt|gedaan',
      'bereid|graag te ~ betalen|vergoeden|belonen',
      'bieden|bied|betalen|betaal ~ wij|we|ik {amount}',
      'wij|we|ik bieden|bied|betalen|betaal {amount}',
      // De afzender die het geld overmaakt: "ik maak het deze week over".
      'ik|we|wij maak|maken ~ over',
      // Een deel nu, de rest bij levering: "de helft maak ik nu over, de rest zodra ik de bestanden heb".
      'helft|deel|eerste_deel|voorschot ~ maak|betaal|stort ~ ik|we|wij ~ nu|vandaag|vooraf|alvast|direct',
      // Een lopende betaalde regeling: "vergoeding gaat weer op de gebruikelijke manier".
      'vergoeding|betaling|envelop|enveloppe|bedrag|geld|overboeking ~ gebruikelijke|vertrouwde|bekende|dezelfde manier|wijze|weg|route',
      // De rest van een lopende betaling: "het andere deel is al op de gebruikelijke manier verstuurd".
      'andere|tweede|resterende|overige deel|helft|tranche|termijn ~ gebruikelijke|vertrouwde|bekende|dezelfde manier|wijze|weg|route',
      'bedrag|vergoeding|honorarium|betaling ~ is|wordt|werd|zijn ~ overgemaakt|betaald|gestort|overgeboekt',
      // Een betaling die op de levering wacht: "de gebruikelijke overboeking volgt zodra ik het heb".
      'tranche|subsidie|financiering|betaling|termijn|overboeking|geld|gebruikelijke ~ over|uitbetaald|volgt|vrijgegeven ~ zodra|wanneer|nadat|als',
      'maken|maak ~ over ~ naar ~ rekening',
      'rekening|wallet van ~ uw|je|jouw keuze',
      'bonus|bonussen',
      'blijk van ~ dank|waardering',
      '{amount} ~ voor ~ uw|je|jouw tijd|hulp|inzichten|moeite|rapport|bijdrage|inbreng|expertise',
      '{amount} per uur|dag|rapport|gesprek|maand',
      // Het de moeite waard maken, niet of een plek de moeite waard is.
      'maak|maken|maakt ~ het|dit|dat ~ de moeite waard',
      'de moeite waard ~ te ~ maken',
      // Een vaste betaalwijze: "net als in januari reken ik het op dezelfde manier af".
      'reken|rekenen ~ ik|we|het|dat ~ op_dezelfde_manier|zoals_vorige_keer|net_als_vorige_keer|zoals_altijd|zoals_gewoonlijk|op_de_gebruikelijke_manier|zoals_toen|net_als_toen ~ af',
      // Iets terug voor de moeite: "voor de moeite stuur ik je graag iets leuks".
      'voor de|je|jouw|uw moeite ~ stuur|krijg|geef|regel ~ ik|je|u ~ iets|wat|een_bedankje|een_kleinigheid|een_attentie',
      // Dezelfde belofte met het werkwoord voorop: "ik geef je graag iets voor de moeite, zeg 200 euro".
      'geef|stuur|betaal|bied ~ je|jou|u ~ iets|wat|een_kleinigheid|een_bedankje|een_kleine_vergoeding ~ voor ~ de|je|jouw|uw ~ moeite',
      'contant|contanten|cash',
      'vergoeding|beloning|betaling|geld|envelop|enveloppe|bedrag|honorarium ~ ligt|liggen|staat|staan ~ klaar',
      'bedrag|geld|vergoeding ~ staat|is|staan ~ op ~ je|jouw|uw wallet|rekening',
      // Waar het geld heen gaat, zoals eerder: "de overboeking gaat naar dezelfde wallet".
      'betaling|geld|vergoeding|overboeking|bedrag ~ gaat|gaan ~ naar ~ dezelfde|je|jouw|uw|de_bekende|de_vertrouwde wallet|rekening',
      'verdubbel|verdubbelen|verhoog|verhogen ~ ik|we|wij ~ het|het_bedrag|de_vergoeding',
      'heb|hebben ik|we|wij ~ een budget',
      'envelop|enveloppe',
      'cryptovaluta|crypto|bitcoin|bitcoins|usdt|tether',
      'cadeaubon|cadeaukaart|cadeaubonnen|boekenbon|boekenbonnen|dinerbon|dinerbonnen',
      'als dank|blijk van waardering ~ vergoeding|bedrag|cadeau|attentie',
      'staat|ligt|liggen|staan ~ weer|al|nog ~ wat|iets|een_envelop|het_geld|je_deel ~ voor ~ je|jou|u ~ klaar',
      'financieel ~ helpen|steunen|ondersteunen|bijspringen|tegemoetkomen',
      'helpen|steunen|ondersteunen ~ financieel',
      '{amount} ~ extra|per ~ stuk|document|rapport|pakket|bestand|tekening|levering|essay|artikel',
      'zoals altijd|gewoonlijk|afgesproken|vorige_keer ~ envelop|enveloppe|contant|betaling|vergoeding|bedankje',
      'envelop|enveloppe|contant|betaling|vergoeding|bedankje ~ zoals|als ~ altijd|gewoonlijk|afgesproken|vorige_keer',
      'gebruikelijke|vertrouwde|bekende bedankje|attentie|envelop|enveloppe|extraatje',
      // De betaling zelf, afgerekend als altijd: "eind van de maand afgerekend op de gebruikelijke manier".
      'afgerekend|verrekend|vereffend ~ op_de_gebruikelijke_manier|zoals_altijd|zoals_vorige_keer|zoals_gewoonlijk|zoals_eerder|op_dezelfde_manier',
      // De vaste betaling als de kant van de afzender: "ik regel het gebruikelijke aan mijn kant".
      'het gebruikelijke aan|van|vanuit|op mijn|onze kant',
      // De vaste betaling als iets dat klaarligt: "het gebruikelijke ligt vrijdag weer klaar".
      'het gebruikelijke ligt|staat|is|wordt ~ klaar|geregeld|onderweg|klaargelegd',
      // Een persoonlijke belofte van de afzender: "ik zorg goed voor je als je weer in Penang bent".
      'ik|wij|we zorg|zorgen|zal_zorgen|zullen_zorgen goed voor je|jou|u',
      'je|jij|u komt|zult|zal ~ niets|niks tekort',
      // De rest van een lopende betaling meegebracht: "dan heb ik de rest voor jou bij me".
      'heb|neem ~ ik ~ de|het ~ rest|andere_deel|resterende_deel ~ voor ~ jou|je ~ bij_me|mee',
      // De eigen tijd van de lezer betaald, of de moeite beloond: "je avond vergoeden we natuurlijk", "je moeite netjes belonen".
      'je|jouw|uw ~ avond|avonden|weekend|tijd|uren|moeite|inzet ~ vergoeden|vergoed|belonen|beloond|compenseren|gecompenseerd|erkennen|waarderen',
      'je|jouw|uw ~ moeite|inzet|hulp ~ goed|ruim|royaal|netjes|gepast ~ belonen|vergoeden|waarderen|erkennen',
      // De vaste manier van betalen: "de gebruikelijke wallet".
      'gebruikelijke|vaste|zelfde|dezelfde wallet|cryptowallet',
    ],
  },

  // secrecy
  {
    id: 'NL_GEHEIMHOUDING',
    category: 'secrecy',
    language: 'nl',
    weight: 20,
    description: 'Vraagt het contact te verbergen voor werkgever of collega\'s',
    examples: {
      hit: ['Laten we dit onder ons houden.', 'Uw werkgever hoeft hier niets van te weten.', 'Je hoeft het niet aan je baas te vragen, het is tussen oud-labgenoten.'],
      miss: [
        "Zeg tegen je collega's nog niets, het is een verrassing voor haar afscheid.",
        'Ik heb het rooster met mijn leidinggevende besproken.',
        'We geven pap een verrassingsfeest voor zijn 70e. Hou het alsjeblieft onder ons!',
      ],
    },
    patterns: [
      // Buiten de systemen die het vastleggen: "dan blijft het lekker buiten de ticketsystemen".
      'blijft|blijven|houden|hou|houd ~ buiten ~ de|het ~ ticketsysteem|ticketsystemen|administratie|boeken|registratie|logboek',
      // De procedure die het vastlegt overgeslagen, en een bron die niemand herleidt.
      'hoeven|hoef|hoeft ~ niet ~ die|de|dat|deze|het ~ hele ~ procedure|aanvraag|formulier|traject ~ opnieuw|weer',
      'hoeven|hoef|hoeft ~ die|de|dat|deze|het ~ hele ~ procedure|aanvraag|formulier|traject ~ niet ~ opnieuw|weer',
      'zonder ~ nieuwe|formele|tweede ~ aanvraag|formulier|ticket|goedkeuring',
      'niemand ~ zal|gaat|komt ~ weten|merken|zien ~ waar ~ het|dit|dat ~ vandaan',
      // Praten in plaats van opschrijven, en de route die het vastlegt overdreven genoemd.
      'makkelijker|beter|handiger|veiliger ~ om ~ te ~ bellen|praten ~ dan ~ op_te_schrijven|te_mailen|te_schrijven|op_papier',
      'via|langs ~ de|je|jullie ~ foundry|juristen|juridische_zaken|legal|inkoop|compliance|exportcontrole ~ lijkt|is|voelt ~ overdreven|overkill|onnodig',
      // Achtergrond die niemand terugziet: "je naam komt nergens in, ik gebruik het alleen voor mezelf".
      'je|jouw|uw naam ~ komt|wordt|staat ~ nergens|niet ~ in|genoemd|vermeld',
      'gebruik|gebruiken ~ het|dat|ze ~ alleen|enkel|puur ~ voor ~ mezelf|mijzelf|mijn_achtergrond|achtergrond',
      // Het advies de nevenfunctie niet te melden: "het bleek eenvoudiger dit niet als nevenwerkzaamheid te melden".
      'makkelijker|handiger|eenvoudiger|beter|verstandiger|sneller ~ niet ~ te ~ melden|registreren|opgeven|aangeven',
      'niet ~ als ~ nevenwerkzaamheid|nevenwerkzaamheden|nevenfunctie|nevenfuncties|nevenactiviteit|nevenactiviteiten',
      'nevenwerkzaamheid|nevenwerkzaamheden|nevenfunctie|nevenfuncties|nevenactiviteit|nevenactiviteiten ~ niet ~ melden|registreren|opgeven|aangeven|te_melden|te_registreren',
      // De belofte van een journalist dat de lezer onbenoemd blijft: "zonder bronvermelding", "ik noem geen namen".
      'zonder bronvermelding|naamsvermelding',
      'niet ter publicatie|citering',
      'niet voor citaat|citering',
      'noem|noemen|publiceer|publiceren|druk|vermeld ~ geen ~ namen|naam',
      'zal|zullen|ga|gaan ~ je|jouw|uw|de|hun ~ naam|namen ~ niet ~ noemen|publiceren|afdrukken|vermelden',
      'onder ons',
      // Om een collega heen: "buiten Pieter om", "buiten je leidinggevende om".
      "buiten ~ je|jouw|uw|de|jullie ~ leidinggevende|manager|*manager|baas|chef|directeur|afdeling|team|collega|collega's ~ om",
      // Buiten de eigen collega's gehouden: "deze mail niet breed binnen de faculteit verspreiden".
      'niet ~ breed|verder|intern ~ verspreiden|verspreidt|doorsturen|rondsturen|delen',
      'niet ~ binnen ~ de|je|uw|jullie ~ faculteit|afdeling|groep|vakgroep|team|organisatie|instituut ~ verspreiden|doorsturen|rondsturen|delen',
      'tussen ons',
      'tussen u|jou en mij',
      'vertel|meld|zeg ~ werkgever|leidinggevende|manager|baas|collega\'s|collega|afdeling|organisatie|universiteit|beveiliging|niemand ~ niets|niks',
      'niet via ~ werkgever|leidinggevende|organisatie|universiteit|afdeling ~ laten|te',
      'niet ~ in ~ agenda|urenregistratie|administratie|systemen|registratie',
      // Buiten het gedeelde archief: "liever niet dat het in het archief van de werkgroep belandt".
      'liever|beter ~ niet ~ in|op ~ het|de ~ archief|notulen|verslag|wiki|gedeelde_map|dossier|verslaglegging ~ terechtkomt|terechtkomen|belandt|belanden|komt|komen|staat|staan',
      // Niet "niet aan te melden" (inschrijven): melden alleen direct na de ontkenning.
      'niet ~ registreren|vastleggen|noteren',
      'niet melden|te_melden|gemeld',
      'hoeft|hoeven ~ werkgever|leidinggevende|manager|baas|collega\'s|organisatie|universiteit|niemand ~ niet|niets ~ te weten',
      'niemand hoeft ~ te weten',
      "werkgever|leidinggevende|manager|baas|collega's|collega|organisatie|universiteit|afdeling ~ hoeft|hoeven ~ niet|niets|niks ~ te weten",
      "werkgever|leidinggevende|manager|baas|collega's|organisatie|universiteit|afdeling ~ niet|liever_niet ~ betrekken|inlichten|informeren|inschakelen",
      'hoeft|hoeven ~ er ~ niet|niks ~ mee naar',
      'met niemand ~ over',
      'gooi|gooit ~ dit|deze|het ~ weg',
      'liever niet via',
      // Buiten exportcontrole en beveiliging om: "beter als dit niet via jullie exportafdeling loopt".
      'niet ~ via|langs ~ de|je|jouw|uw|jullie ~ exportafdeling|exportcontrole|exportcontroller|exportcompliance|exportmensen|compliance|compliance-afdeling|beveiliging|beveiligingsafdeling|juridische_afdeling|juristen|communicatieafdeling|communicatie|persvoorlichting|voorlichting|persafdeling|securityafdeling|security-afdeling|securityteam',
      'uw|je|jouw naam ~ wordt|komt ~ nergens|niet ~ vermeld|genoemd',
      // "Jouw naam komt er niet in, ik noem alleen 'een bron in de fabriek'."
      'uw|je|jouw naam ~ komt|staat ~ er ~ niet|nergens ~ in|bij',
      'ik|we|wij noem|noemen|citeer|citeren ~ alleen|slechts|enkel ~ een ~ bron',
      'zonder ~ medeweten|toestemming|tussenkomst|tussenkomst_van|medeweten_van ~ werkgever|leidinggevende|manager|organisatie|universiteit|bedrijf|collega\'s|*bureau|*afdeling|*loket|beveiliging|kennisveiligheid|compliance',
      'liever|het_liefst ~ rechtstreeks|direct|buiten',
      'buiten ~ werkgever|leidinggevende|organisatie|universiteit|bedrijf|collega\'s om',
      'discreet|discrete|discretie',
      'verwijder|wis ~ dit|deze ~ bericht|e-mail|mail|mailtje|berichten',
      'na lezing verwijderen|vernietigen',
      'verwijder|wis|vernietig ~ na|nadat ~ lezen|lezing|gelezen|je_het_gelezen|versturen|verzenden|het_versturen|printen|gebruik',
      // Een dekmantel: "als iemand ernaar vraagt, zeg dan dat je er zelf was".
      'als|mocht ~ iemand|iemand_ernaar|ze|men|beveiliging ~ vraagt|vragen|ernaar_vraagt ~ zeg|zeg_je|zeg_dan|zeg_maar|kun_je_zeggen',
      // Het verhaal als feit verteld: "als iemand ernaar vraagt, het is nog steeds hetzelfde onderdeel".
      'als|mocht ~ iemand|iemand_ernaar|ze|men ~ vraagt|vragen|ernaar_vraagt ~ het_is|is_het|het_blijft ~ nog|gewoon|nog_steeds|alleen',
      // Buiten het formulier dat het vastlegt: "laat het van het end-use-formulier af".
      'laat|houd|hou ~ het|hem|ze|dit ~ van|buiten|uit ~ het|de ~ eindgebruikersverklaring|end-use-formulier|exportformulier|douaneformulier|exportaangifte|bezoekerslijst ~ af|weg|buiten',
      // Om de procedure heen: "het papierwerk overslaan", "de beveiligingsbalie er niet bij halen".
      'papierwerk|registratie|procedure|formulieren|rompslomp|bureaucratie|aanmelding ~ overslaan|omzeilen|vermijden|skippen',
      'geen|niet ~ begeleiding|begeleider|bezoekerspas|aanmelding ~ nodig|te_regelen|regelen',
      'niet via officiële kanalen',
      'buiten de officiële kanalen',
      'in_plaats_van|buiten|zonder ~ het|de|ons|jullie ~ officiële|formele|normale|gewone ~ ticket|kanaal|kanalen|procedure|route|portaal|systeem',
      // "Laten we het informeel houden", "informeel en discreet"; niet "een informeel samenzijn met hapjes en drankjes".
      'informeel houden|blijven',
      'informeel en discreet|vertrouwelijk|onofficieel',
      // Niet langs wie erover gaat: "je hoeft het niet aan je baas te vragen", "niet eerst langs de juridische afdeling".
      "hoeft|hoeven|hoef ~ niet|niets ~ aan|langs|via|bij|met ~ je|jouw|uw|jullie|de|het ~ baas|werkgever|leidinggevende|manager|bedrijf|afdeling|universiteit|beveiliging|compliance|juristen|collega's",
      // Om de afdeling heen die erover gaat: "hoeft echt niet via jullie marketingafdeling", "dan hoeft het niet via de
      // inkopers", "niet langs jullie helpdesk".
      'hoeft|hoeven|hoef ~ niet|niets ~ via|langs|door ~ je|jouw|uw|jullie|hun|zijn|haar|de|het ~ marketing|*afdeling|inkoop|inkopers|verkoop|sales|communicatie|voorlichting|persvoorlichting|helpdesk|servicedesk|support|supportdesk|klantenservice|portaal|portal|partnerportaal|releasedesk|receptie|balie|security|securityteam|security-team|beveiligingsteam|exportcontrole|kennisveiligheid|accountmanager|IT|ICT|juridische_zaken|legal|secretariaat|data_desk|datadesk',
      "niet ~ aan|langs|bij ~ de|je|jouw|uw|jullie|het ~ baas|werkgever|leidinggevende|bedrijf|universiteit|ouders|collega's|afdeling ~ vragen|vertellen|vertelt|zeggen|zegt|melden|meldt|voorleggen|sturen",
      "beter|liever|verstandiger ~ niet ~ vragen|vertellen|vertelt|zeggen|zegt|melden|meldt|betrekken|inlichten|voorleggen",
      "bespreek|bespreken ~ niet|nergens ~ met ~ je|jouw|uw|de ~ leidinggevende|manager|baas|collega's|team|afdeling",
      // De leidinggevende erbuiten houden: "niet nodig om jullie engineeringmanager erbij te halen".
      'niet_nodig|hoeft_niet|hoef_je_niet|onnodig ~ *manager|leidinggevende|baas|chef|directeur|afdeling|team ~ erbij|in_te_lichten|te_betrekken|te_informeren|in_cc',
      // Wie erboven staat erbuiten gehouden: "je hoeft prof. De Wilde er niet mee lastig te vallen".
      'hoeft|hoef|hoeven|nodig ~ niet|om ~ mee|ermee lastig_te_vallen|te_belasten|te_storen|op_te_zadelen',
      // Lijdend gezegd: "de directie hoeft er nog niet mee lastiggevallen te worden", "… erbij betrokken te worden".
      'directie|management|leiding|baas|leidinggevende|manager|werkgever|afdeling ~ hoeft|hoeven ~ niet|nog_niet ~ lastiggevallen|betrokken|ingelicht|geïnformeerd|ingeschakeld te worden',
      // Een collega bij naam buiten de cc gehouden: "je hoeft Jeroen niet in de cc te zetten".
      'hoeft|hoef|hoeven ~ niet ~ in_de_cc|in_cc|in_de_bcc|erbij_te_betrekken|erbij_te_halen|mee_te_nemen_in_de_cc',
      'ze|die|zij zeggen|zeggen_toch ~ toch|alleen|meteen ~ nee',
      // Wie erover gaat als onderwerp erbuiten gezet: "inkoop en jullie accountmanager hoeven er ook niet bij", "security hoeft dit nog niet te zien".
      'inkoop|inkopers|accountmanager|security|securityteam|security-team|compliance|exportcontrole|beveiliging|leidinggevende|manager ~ hoeft|hoeven ~ niet|nog_niet|ook_niet ~ bij|erbij|te_zien|van_te_weten|mee_te_kijken',
      // De route die het vastlegt vermeden: "ik zou het nog even niet via inkoop laten lopen".
      'niet|liever_niet|nog_niet ~ via|langs|door ~ inkoop|de_inkoop|inkopers|security|het_securityteam|compliance|exportcontrole|de_accountmanager|jullie_accountmanager|de_receptie|kennisveiligheid*|*screening|het_aanvraagformulier ~ laten_lopen|laten_gaan|spelen|regelen',
      // Ook niet langs wie het werk inplant of goedkeurt: "ik zou het niet via jullie planning of je teamleider laten lopen".
      'niet|liever_niet|nog_niet ~ via|langs ~ jullie|je|jouw|de ~ planning|serviceplanning|planners|teamleider|leidinggevende|manager|baas|chef|werkgever|servicedesk ~ laten_lopen|laten_gaan|spelen|regelen',
      // Een bron die onzichtbaar blijft: "het komt op geen enkele manier bij jou terug", "ik heb het niet van jou".
      'komt|zal ~ niet|nooit|op_geen_enkele_manier ~ bij_jou|bij_je|naar_jou ~ terug',
      'heb|had ~ het ~ niet van_jou|van_je',
      // De route als bezwaar, voor wie het rechtstreeks stuurt: "via inkoop gaat het eerst weer door drie handen", "via het portaal duurt het weken"; wie het nog niet hoeft te zien: "die hoeven dit stadium nog niet te zien".
      'via|langs ~ inkoop|de_inkoop|het_portaal|het_klantportaal|compliance|security|security*|beveiliging*|kennisveiligheid*|exportcontrole|de_accountmanager|ehs|hse|hr|p&o|juridische_zaken|de_facilitaire_dienst|het_ticketsysteem|een_ticket|de_officiële_route|de_officiële_weg|*loket|*commissie ~ duurt|gaat|kost ~ weken|maanden|te_lang|eeuwen|door_drie_handen|door_tien_handen',
      'hoeft|hoeven ~ dit|het|dat|hiervan ~ nog_niet|niet ~ te_zien|te_weten|te_horen',
      // Voor de lezer alleen: "wel even voor jezelf houden".
      'voor ~ jezelf|jou_alleen|jullie_zelf ~ houden|hou|houdt',
      // Een omschrijving vager gemaakt voor het visumloket: "vervang dat door iets algemeens", "gedetailleerde omschrijvingen geven alleen maar vragen".
      'door|met|als iets_algemeens|iets_algemeners|iets_vaags|iets_vagers|iets_minder_specifieks',
      'gedetailleerde|precieze|specifieke ~ omschrijving|omschrijvingen|beschrijving|beschrijvingen ~ geeft|geven|leidt|leiden|zorgt|zorgen ~ alleen|maar ~ vragen|extra_vragen|vertraging',
      // Buiten het register om: "dan hoeven de namen niet in het bezoekerssysteem", "hoeft niet in het uitleenboek"; wie moet tekenen erbuiten: "zonder dat Ellen ervoor hoeft te tekenen", "ik zou Ilse er niet mee lastigvallen".
      'hoeft|hoeven ~ niet ~ in_het_bezoekerssysteem|in_het_uitleenboek|in_het_logboek|in_het_register|in_het_bezoekersregister|geregistreerd_te_worden',
      'zonder_dat ~ hoeft|hoeven|moet ~ te_tekenen|te_ondertekenen|goed_te_keuren|toestemming_te_geven',
      'zou|zou_ik ~ niet ~ mee_lastigvallen|mee_lastig_vallen|lastigvallen',
      // Bezoek als eigen mensen opgevoerd: "als je ons meeneemt als twee van jouw monteurs"; niemand die kijkt; de regeling als gedoe: "dat gedoe met die bezoekersregeling laten we maar zitten".
      "meenemen|meeneemt|neem|neemt|aanmelden|aanmeldt|meld|binnenlaten|binnenlaat|laat|zet|zetten ~ als ~ jouw|je|jullie|een_van_jouw|twee_van_jouw|een_van_jullie|twee_van_jullie|een_paar_van_jouw ~ monteurs|monteur|collega|collega's|aannemers|medewerkers|medewerker|stagiairs|stagiair|personeel|technici|engineers|mensen",
      'niemand|geen_mens|geen_hond ~ die|dat ~ ernaar|daarnaar|daar_naar|er_naar|er|het ~ kijkt|kijken|vraagt|controleert|let|merkt',
      "gedoe|rompslomp|toestanden|gezeur ~ met|rond|van ~ *regeling|procedure|procedures|formulieren|aanmelding|screening|paspoortkopie|papierwerk|nda's|nda ~ laten_we|laat|laten ~ zitten|achterwege|maar_zitten|overslaan",
      // Wat je deelt blijft bij de afzender: "het blijft bij mij en mijn baas"; wetend dat het niet mag: "ik weet dat het niet helemaal de bedoeling is".
      'alles|het|dit|dat|wat_je_deelt|wat_je_stuurt ~ blijft|blijven|zal_blijven bij_mij|tussen_ons|onder_ons',
      'niet_helemaal|eigenlijk_niet|niet_echt|strikt_genomen_niet de_bedoeling|toegestaan|volgens_het_boekje|de_regel',
      // Niet via de officiële weg: "hoeft niet via officiële weg hoor".
      'niet via|langs|over ~ officiële|formele|gewone|normale weg|route|kanalen',
      // Buiten de gewone weg, en wie erover gaat erbuiten gelaten: "een vraag die een beetje buiten de gewone weg gaat", "ik zou inkoop er voorlopig even buiten laten".
      'buiten|langs ~ de ~ gewone|normale|officiële|formele|gebruikelijke ~ weg|route|kanalen|procedure ~ om|gaat|gaan',
      'inkoop|de_inkoop|security|compliance|exportcontrole|juridische_zaken|legal|je_manager|je_leidinggevende|je_baas|je_teamleider|jullie_accountmanager|je_begeleider|je_promotor|je_professor|je_directeur ~ er|hier ~ buiten_laten|buiten_houden|even_buiten_laten|voorlopig_buiten_laten',
      'inkoop|de_inkoop|security|compliance|exportcontrole|juridische_zaken|legal|je_manager|je_leidinggevende|je_baas|je_teamleider|jullie_accountmanager|je_begeleider|je_promotor|je_professor|je_directeur ~ erbuiten|hierbuiten ~ laten|houden',
      // Niemand eerst gevraagd, niets officieel gemaakt: "het hoeft niet langs Vantor of je projectbureau", "het hoeft geen officiële zaak te worden".
      'hoeft|hoeven|hoef ~ niet ~ langs|voorgelegd_aan ~ je|jouw|jullie|de ~ manager|leidinggevende|baas|projectbureau|projectleider|partner|partners|begeleider|promotor|afdeling|teamleider',
      'hoeft|hoeven|hoef ~ geen ~ officiële|formele ~ zaak|kwestie|toestand|aanvraag ~ te_worden|van_te_maken',
      // Een gebruik dat onzichtbaar blijft: "het komt in geen enkele presentatie terecht".
      'komt|komen|belandt|belanden ~ in_geen_enkele|nergens ~ terecht',
      // Het ticket overgeslagen: "zonder ticket graag".
      'zonder_ticket|geen_ticket|zonder_melding|zonder_een_ticket graag|alsjeblieft|svp|liefst|aub',
      // Niemand die het mist; buiten de boeken; niet officieel; niemand hoeft het te weten.
      'niemand|geen_mens|geen_hond ~ mist|zal_missen|merkt_het',
      // In de toekomende tijd of met wat erbij: "niemand gaat ze missen", "niemand merkt er iets van".
      'niemand|geen_mens|geen_hond ~ gaat|zal ~ het|ze|die|dat|er_iets|iets ~ missen|merken',
      'niemand|geen_mens|geen_hond ~ merkt|ziet ~ er ~ iets|wat|niks ~ van',
      'buiten_de_boeken|buiten_de_administratie|buiten_de_registratie',
      'hoeft|hoeven ~ niet ~ officieel',
      'hoeft|hoef|hoeven ~ niemand|aan_niemand ~ te_vragen|te_melden|te_vertellen|toestemming_te_vragen',
      // Onderling geregeld, niet via wie erover gaat: "ik zou het fijn vinden als we dit onderling regelen en niet via Peter".
      'onderling ~ regelen|afhandelen|oplossen ~ en ~ niet ~ via|langs',
      // Zonder de aanmelding of het boekingssysteem, niet langs de beheerder, niemand hoeft er iets van te weten.
      'zonder ~ dat|het|de|die ~ hele ~ aanmeldtraject|aanmelding|aanmeldprocedure|registratie|screening|procedure|papierwerk|bezoekersregistratie',
      'hoeft|hoeven ~ niet ~ in_het_boekingssysteem|in_het_reserveringssysteem|langs_de_beheerder|langs_de_labbeheerder|langs_de_labmanager',
      'hoeft|hoeven ~ er ~ niks|niets ~ van_te_weten|van_te_horen|van_te_merken',
      // De bron en het spoor buiten het archief: "zonder vermelding van waar het vandaan komt", "zodat het niet in de geschiedenis blijft"; mensen erbuiten: "we hoeven Marcel er niet bij te halen"; het ICT-loket overgeslagen.
      'zonder|geen ~ vermelding|woord|melding ~ van|over ~ waar ~ het|ze|dit|dat ~ vandaan',
      'zodat ~ het|dit|ze ~ niet ~ in ~ de|het ~ geschiedenis|historie|log|logs|archief ~ blijft|blijven|staat|staan|komt|komen|terechtkomt',
      'niet bij te_halen|te_betrekken|te_slepen',
      'niet ~ via|langs ~ de|je|jouw|uw|jullie|het ~ ICT-loket|IT-loket|servicedesk|helpdesk|ICT|IT-afdeling|ICT-afdeling|contractafdeling|inkoop|RMA-formulier|RMA|retourformulier|retourprocedure ~ laten|lopen|doen|regelen',
      // Buiten de papieren gehouden: "dat hoeft niet in de exportpapieren te komen"; de begeleider erbuiten omdat hij een procedure zou starten.
      'hoeft|hoeven ~ niet ~ in|op ~ de|het ~ exportpapieren|papieren|exportaangifte|eindgebruikersverklaring|pakbon|factuur|administratie|exportdocumenten ~ te ~ komen|staan',
      'hoeft|hoeven ~ niet ~ lastig_gevallen|gestoord|ingelicht|betrokken ~ te ~ worden',
      'alleen|gewoon|meteen ~ een ~ hele ~ procedure|traject|toestand ~ starten|beginnen|opstarten|optuigen',
      // Nergens getoond: "het is alleen voor onze eigen beslissing, niks komt op een slide".
      'niks|niets ~ komt|gaat ~ op|in ~ een ~ slide|sheet|presentatie|paper|rapport',
      // De projectmensen en het papierwerk erbuiten; het bericht daarna gewist: "beter niet aan je projectmensen vragen", "wis deze daarna, zoals altijd".
      'beter_niet|liever_niet ~ aan ~ je|jullie|de ~ projectmensen|projectleider|projectteam|begeleider|partner ~ vragen|voorleggen|melden',
      'wis|verwijder ~ deze|dit|hem ~ daarna|achteraf|na_het_lezen|zoals_altijd|zoals_vorige_keer',
      // Wie niet mag horen dat het gevraagd is: "zeg maar niet tegen Henk dat ik het vroeg".
      'zeg|vertel ~ niet tegen ~ dat ik ~ het|dit|dat ~ vroeg|vraag|gevraagd',
      // Buiten het partnerportaal, en de papieren laten zoals ze zijn terwijl de spullen elders heen gaan: "hoeft niet op het portaal", "niemand hoeft de papieren aan te passen", "de factuur zonder het serienummer".
      'hoeft|hoeven ~ niet ~ op|in ~ het|de|jullie ~ portaal|portal|partnerportaal|klantportaal|ticketsysteem|systeem ~ te_zetten|gezet|te_plaatsen|geplaatst|in_te_dienen|ingediend|te_uploaden|geüpload',
      'zonder ~ het|dit|ze|hem ~ op|in ~ het|de|jullie ~ portaal|portal|partnerportaal|klantportaal|ticketsysteem ~ te_zetten|te_plaatsen|in_te_dienen|te_uploaden',
      'hoeft|hoeven ~ niemand ~ de|het|jullie ~ papieren|papierwerk|documenten|order|bestelling|eindgebruikersverklaring ~ aan_te_passen|te_wijzigen|te_veranderen|opnieuw_te_doen',
      'niemand|geen_mens ~ hoeft|hoeven ~ de|het|jullie ~ papieren|papierwerk|documenten|order|bestelling|eindgebruikersverklaring ~ aan_te_passen|te_wijzigen|te_veranderen|opnieuw_te_doen',
      'factuur|facturen|pakbon|vrachtbrief|AWB|douanepapieren|aangifte ~ zonder ~ serienummer|serienummers|typenummer|eindgebruiker|ontvanger',
      // Geen job of ticket ervoor, zodat niemand het inplant of aftekent: "maak er geen job van", "zonder ticket aan te maken".
      'maak|maken ~ er ~ geen ~ job|ticket|order|werkorder|opdracht|case|melding ~ van|voor',
      'zonder ~ een ~ job|ticket|order|werkorder|opdracht|case|melding ~ aan_te_maken|te_openen|in_te_schieten',
      // Om iemand bij naam heen, als verzoek: "graag weer buiten Frank om".
      'graag|liefst|liever ~ buiten ~ om',
      // Iemand bij naam erbuiten, of wie erover gaat de moeite bespaard: "ik zou Maarten er nog even buiten laten", "dan hoeven we hen niet weer lastig te vallen".
      'ik_zou|zou_ik ~ er|hier ~ buiten_laten|buiten_houden',
      'dan|zodat ~ hoeven|hoef ~ we|je|jij ~ hen|hem|haar|niemand|ze ~ niet ~ lastig_te_vallen|te_storen|erbij_te_halen|te_betrekken',
      // Buiten het boekingssysteem gehouden: "het makkelijkst als het niet in het boekingssysteem komt".
      'niet ~ in ~ het|de ~ boekingssysteem|reserveringssysteem|reserveringstool|boekingstool|logboek|planningssysteem ~ komt|komen|terechtkomt|gaat|hoeft',
    ],
    // Een verrassing voor een collega houdt men ook stil.
    unless: [
      // De lezer iets uit handen genomen, geen geheim: "dan hoef jij het niet zelf uit te leggen aan de fab manager".
      'hoef|hoeft|hoeven ~ niet ~ zelf ~ uit_te_leggen|te_vertellen|te_regelen|te_doen|te_melden',
      // Een regel met zijn grens, geen geheim: "dat hoeft niet in het register zolang het een gewone maaltijd is".
      'zolang|mits ~ het|dat|die|ze ~ een|binnen ~ gewone|normale|redelijke|de_grens|de_regels|de_richtlijn',
      // Wie niets mag weten is de gevierde: "zij weet van dit deel niets, dus hou het voor je".
      'ze|zij|hij ~ weet|mag ~ het|dit|er ~ niet|nog_niet|niks|niets ~ van|weten',
      // De eigen geheimhouding tegenover de klant: "niets over de status met de klant of de agent delen".
      'met ~ klant|klanten|agent|agenten|distributeur|distributeurs ~ delen|bespreken|communiceren',
      // De disclaimer voor een verkeerde ontvanger: "verwijder dit bericht".
      'niet ~ de ~ geadresseerde|beoogde_ontvanger|bedoelde_ontvanger|beoogde_geadresseerde',
      'abusievelijk|per_abuis|ten_onrechte|onterecht ~ ontvangen|gekregen',
      // Wie verrast wordt staat niet in de mail; wie rechtstreeks betaalt houdt niets geheim: "als u liever rechtstreeks overmaakt".
      'staat|staan ~ niet ~ op|in ~ deze|de ~ lijst|mail|cc|verzendlijst',
      'allen_beantwoorden|reply-all|reply_all|antwoord_aan_allen',
      'rechtstreeks|direct ~ overmaakt|overmaken|betaalt|betalen|overboekt|overboeken|overmaakt',
      // Nieuws dat de afzender zelf brengt: "zeg nog even niks tegen Bas, ik wil het hem zelf vertellen".
      'wil|wilde|ga|zal ~ het ~ hem|haar|ze|hun|hen ~ zelf|persoonlijk ~ vertellen|zeggen|bellen|laten_weten',
      'bel|vertel|app ~ hem|haar|ze|hen ~ zelf|persoonlijk',
      'verrassen|verrassing|surprise|verjaardag|afscheid|afscheidscadeau|pensioen|jaar_in_dienst|jubileum|dienstjubileum|jubilaris|cadeaupot|inzameling',
      // Een lid dat de contributie even niet kan betalen: "wie het lastig heeft met de contributie: dat blijft tussen ons".
      'lastig|moeilijk|krap|zwaar ~ met ~ de|het ~ contributie|lidmaatschap|bijdrage|cursusgeld',
      // Wie de afzender zelf buiten de cc laat, houdt niets geheim: "je hoeft mij niet in de cc te zetten".
      'hoeft|hoef|hoeven ~ mij|me|ons ~ niet ~ in_de_cc|in_cc|erbij_te_betrekken',
      // De discretie van een recruiter beschermt de lezer: zijn gegevens gaan nergens heen zonder akkoord.
      'gegevens|cv|profiel|sollicitatie|naam ~ na|met|zonder|als ~ jouw|uw|je|jij|u ~ akkoord|toestemming|goedkeuring|instemming',
      'behandel|behandelen|houd|houden ~ jouw|je|uw ~ interesse|sollicitatie|kandidatuur|zoektocht|gegevens ~ discreet|vertrouwelijk',
      // Discretie die de lezer kan opheffen: "ik vertel er niemand over, tenzij je dat zelf wilt".
      'tenzij|behalve_als ~ je|u|jij ~ dat|het ~ zelf ~ wilt|wil|goedvindt|aangeeft|vraagt',
      'niemand ~ bij ~ je|jouw|uw huidige ~ werkgever ~ hoort|weet',
      // "Ons" als bezittelijk woord: "onder ons distributiecontract", "tussen ons bedrijf en de universiteit".
      'onder|tussen ons *contract|contract|contracten|*overeenkomst|overeenkomst|recht|bestaande|huidige|eigen|beheer|toezicht|dak|bedrijf|instituut|team|label|merk|programma|project|NDA|consortium|account|naam|abonnement|nummer',
      'tussen ons en ~ de|het|een|jullie|uw|hun|andere|onze',
      // Vertrouwelijkheid die een overeenkomst regelt: "conform de consortiumovereenkomst graag discreet behandelen".
      'volgens|conform|onder|krachtens ~ de|het|onze|jullie|deze ~ consortiumovereenkomst|samenwerkingsovereenkomst|subsidieovereenkomst|projectovereenkomst|geheimhoudingsovereenkomst|raamovereenkomst|kwaliteitsovereenkomst|licentieovereenkomst|leveringsovereenkomst|NDA|overeenkomst|contract',
      // Discretie als keuze die bij iemand ligt: "het delen van technische informatie is ter discretie van uw bedrijf".
      'naar|ter ~ discretie',
    ],
    // Het feest in de zin ervoor of erna: "We willen hem na de receptie verrassen met een etentje. Graag onder ons houden!"
    unlessNearby: [
      // Het eigen vertrouwelijke kanaal van de werkgever: "vragen die je liever niet in de groep stelt? Ga naar de vertrouwenspersoon".
      'klokkenluider|klokkenluidersregeling|vertrouwenspersoon|meldpunt|speak-up|integriteitsmeldpunt',
      // Een bruiloft van een collega: "Ingrid gaat op 6 juni trouwen".
      'trouwen|trouwt|bruiloft|huwelijk',
      // Een verrassing voor iemand: "we doen een verrassing na de repetitie", "Marco wordt 60".
      'een|de|kleine|grote ~ verrassing ~ doen|organiseren|plannen|regelen|voorbereiden',
      'wordt|is_geworden 18|21|25|30|40|50|60|65|70|75|80|90|100',
      // Een privézaak van de familie: "een adoptie waar de oudere familieleden nog gevoelig over zijn".
      'adoptie|geadopteerd|scheiding|miskraam|zwangerschap|zwanger|diagnose|begrafenis',
      'familie|familieleden ~ nog|zijn|is|blijft ~ gevoelig|gevoelig_over|van_streek',
      'verrassings*|surprisefeest*|surpriseparty*',
      'hem|haar|pa|pap|papa|ma|mam|mama|opa|oma|vader|moeder|oom|tante ~ verrassen',
      // De verjaardag van een familielid: "Mam wordt zaterdag 70. Zij weet van niks, dus hou het onder ons."
      'pa|pap|papa|ma|mam|mama|opa|oma|vader|moeder|oom|tante|zus|broer ~ wordt|viert|is_jarig|jarig',
      // Een verrassing of een verjaardag van een familielid: "iets voor mam haar 70e", "een verrassing voor pa".
      'verrassing|verrassingen|surprise|feest|feestje ~ voor ~ pa|pap|papa|ma|mam|mama|opa|oma|vader|moeder|oom|tante|zus|broer',
      "pa|pap|papa|ma|mam|mama|opa|oma|vader|moeder|oom|tante|zus|broer haar|zijn|d'r|z'n verjaardag|feest|jubileum|40e|50e|60e|65e|70e|75e|80e|90e",
      "pa's|paps|papa's|ma's|mams|mama's|opa's|oma's|moeders|vaders verjaardag|feest|jubileum|40e|50e|60e|65e|70e|75e|80e|90e",
    ],
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
    examples: {
      hit: ['Kunnen we dit gesprek verder voeren via Signal?', 'WeChat is voor mij makkelijker: chen_sh88.', 'Kort is prima. Alleen via dit adres.'],
      miss: ['Het signaal van de sensor viel weg na de update.', 'Stuur het verslag naar het gedeelde teamadres.'],
    },
    // Een privéadres alleen voor de planning is logistiek, geen kanaal voor de inhoud.
    unless: [
      // Het privénummer van een derde, al gebeld: "ik heb haar op haar privénummer gebeld".
      'haar|hem|ze ~ op|via ~ haar|zijn|hun ~ privénummer|privételefoon|mobiel|06 ~ gebeld|gesproken|geappt|bereikt|gebeld_en',
      // Appen voor de planning van een club: "ruil dan zelf met iemand en app me even wie er komt".
      'app|appt|appen ~ me|mij|even ~ wie|wanneer|hoe_laat|of ~ er|je|jij ~ komt|komen|kan|kunt|rijdt|meedoet',
      // Waarom de afzender van een privéadres schrijft, omdat het eigen account het niet doet: "ik mail via mijn gmail omdat mijn studentenaccount in de spam belandt".
      "omdat|want|aangezien ~ mijn|m'n|onze|ons|de ~ studentenaccount|universiteitsaccount|werkaccount|account|mail|universiteitsmail|server|laptop ~ in_de_spam|niet_werkt|het_niet_doet|eruit_ligt|plat_ligt|bouncet|kapot|vaak_in_de_spam|vaak",
      'privé|privémail|privéadres|privénummer|persoonlijke ~ alleen|uitsluitend|enkel ~ voor ~ de ~ planning|logistiek|agenda|herinneringen|reisafspraken',
      // Naar het werkadres omdat het privéadres niet werkt: "sorry dat ik naar je werkmail stuur, je privémail doet het niet".
      'sorry|excuses ~ dat|voor ~ naar|op|aan ~ je|jouw|uw werkmail|werkadres|werk-e-mail|zakelijke_mail|zakelijke_adres',
      'privémail|privéadres|privé-mail|privé-adres|gmail|hotmail ~ doet|werkt|komt ~ niet',
      'privémail|privéadres|privé-mail|privé-adres|gmail|hotmail ~ bouncet|bouncede|bounced|geeft_een_bounce',
      // Het eigen adres van de lezer, doorgegeven aan familie: "kun je je privémail aan mam doorgeven?".
      'privémail|privéadres|privénummer|privé-mail|privé-adres|mailadres|nummer ~ aan|voor ~ mam|pap|mama|papa|moeder|vader|oma|opa|tante|oom|zus|broer ~ doorgeven|geven|sturen|doorsturen',
      // De afzender die het eigen adres verontschuldigt: "excuses voor het privéadres", "sorry dat ik van mijn privémail stuur".
      'excuses|sorry|verontschuldig* ~ voor|dat ~ het|mijn|dit|de ~ privéadres|privémail|privé-adres|privé-mail|gmail|hotmail|thuisadres',
      // Het eigen adres van het werk bestaat nog niet: "mijn universiteitsaccount wordt pas op mijn eerste dag aangemaakt".
      'account|*account|mailadres|e-mailadres|mailbox ~ nog_niet|nog_geen|pas',
      // Een groepsapp is geen kanaal onder vier ogen: "stuur de foto's in de familie-WhatsApp of naar mijn privémail".
      'familie-WhatsApp|familie-app|familieapp|familiegroep|familiechat|gezinsapp|groepsapp|groepschat|WhatsApp-groep|Signal-groep|appgroep',
      // Wat de afzender zelf stuurt en de mail niet aankan: "ik stuur je zo een filmpje via WhatsApp, dit adres kan dat niet aan".
      "ik ~ stuur|app|deel ~ je|jou|jullie ~ filmpje|filmpjes|video|video's|foto|foto's|fotootje|fotootjes|opname|opnames",
      'adres|mail|e-mail|mailbox|account ~ kan ~ dat|het|die|zo\'n|zulke ~ niet ~ aan',
      // Bellen of appen, als contactgegevens onder een bericht: "vragen? Bel of app me gerust op 06 41 27 88 03".
      'bel|bellen ~ of ~ app|appen|whatsapp|whatsappen',
      // Alleen om een avond te prikken: "app me even welke avond je kunt".
      'welke|wanneer ~ avond|dag|tijd|datum|dagen|avonden ~ je|jij|u ~ kunt|kan|kunnen|past|uitkomt',
      // Alleen om de afspraak te maken: "WhatsApp is makkelijker om af te spreken".
      'om|voor ~ af_te_spreken|iets_af_te_spreken|het_afspreken|een_afspraak_te_maken|een_tijd_te_prikken|een_datum_te_prikken',
      // Een app omdat bellen daar slecht of duur is: "bel via Signal, dat werkt hier beter dan gewoon bellen".
      "werkt|is|gaat ~ beter|goedkoper|betrouwbaarder|stabieler ~ dan ~ bellen|gewoon_bellen|normaal_bellen|sms|sms'en|sms'jes",
    ],
    // Het privéadres voor familiezaken, niet voor het werk: "dit werkadres voelt raar voor familiezaken".
    unlessNearby: [
      // Alleen om de lezer aan een groep toe te voegen, in dezelfde zin of de volgende: "kun je me je privénummer nog
      // eens sturen? Dan zet ik je in de WhatsApp-groep met de stukadoor".
      'zet|voeg|doe ~ je|jou|u ~ in|bij|aan ~ groep|groepsapp|groepschat|appgroep|app-groep|*groep',
      'familiezaken|familiedingen|familienieuws|familieberichten',
      // Foto's van de familie: "stuur de foto's van vorige zomer via WhatsApp, ik maak een fotoboekje".
      "fotoboek|fotoboekje|fotoalbum|diavoorstelling|vakantiefoto's|familiefoto's",
      // Oefenen met een taalmaatje tussen de afspraken: "dan stuur ik je spraakberichten voor de uitspraak".
      'uitspraak|taalmaatje|taaluitwisseling|spraakberichten|tandem ~ oefenen|oefening|voor|huiswerk',
      'oefenen|oefen|oefent ~ mijn|je|jouw|ons ~ Nederlands|Engels|Chinees|Mandarijn|Spaans|Duits|Frans|Japans|Koreaans|Arabisch|uitspraak|tonen',
      // Wat een ouder vraagt: "mama vraagt of jullie met kerst komen. Laat het even weten via WhatsApp".
      'mama|papa|mam|pap|ma|pa|oma|opa|moeder|vader ~ vraagt|vroeg|wil_weten|wil|zegt',
    ],
    patterns: [
      // Het eigen nummer voor na het werk: "geef me je eigen 06 en ik bel je na werktijd".
      'je|jouw|uw eigen|privé|prive 06|06-nummer|nummer|mobiel|mobiele_nummer',
      // Dit adres tegenover dat van het werk: "naar dit adres, niet naar je werkadres".
      'dit|dat|mijn|privé adres|mailadres|e-mailadres ~ niet ~ het|je|jouw|uw werkadres|werkmail|werk|zakelijke|werk-e-mailadres',
      // Een ander adres, voorlopig: "gebruik voorlopig dit adres, onze mail wordt gemigreerd".
      'gebruik|mail|stuur|antwoord ~ naar|op ~ dit|mijn_andere|mijn_nieuwe|dit_tijdelijke ~ adres|mailadres|e-mailadres ~ voorlopig|voor_nu|even|tijdelijk|zolang|voorlopig',
      'gebruik ~ voorlopig|voor_nu|even|tijdelijk ~ dit|mijn ~ adres|mailadres|e-mailadres',
      'privé-mail|privémail|privé-adres|privéadres|privé-e-mailadres|privé-nummer|privénummer|privételefoon|privé-telefoon|privémailadres|privé-mailadres',
      'privé|persoonlijke|persoonlijk e-mailadres|mailadres|e-mail|mail|adres|nummer|telefoonnummer|gmail|mailbox|inbox',
      // De eigen lijn van de afzender, niet die van kantoor: "bel me liever 's avonds op mijn eigen nummer".
      'bel|bellen|belt|app|appen|sms|bereik|bereiken ~ me|mij|hem|haar ~ op|via ~ mijn|zijn|haar ~ eigen nummer|mobiel|mobieltje|telefoon|06|lijn',
      // Buiten het werkaccount gehouden: "zodat er niets via je werkaccount loopt".
      'niets|niks|niet ~ via|over|door ~ je|jouw|uw|het ~ werkaccount|werkmail|werkadres|bedrijfsaccount|bedrijfsmail|zakelijke_mail|zakelijke_account',
      'naar|op|via mijn|dit|deze|de|het ~ gmail|hotmail|yahoo|proton|protonmail|yandex|qq|gmail-adres|gmailadres|hotmail-adres|hotmailadres|qq-adres|proton-adres|protonadres|yahoo-adres',
      // Weg van het werkadres: "niet vanaf je werk".
      'niet vanaf|van|via ~ je|jouw|uw|het ~ werk|werkadres|werkmail|kantoor|zakelijke_adres',
      'via|op|naar|over|met ~ Telegram|Signal|WhatsApp|WeChat|Wickr|Threema|Viber',
      'installeer|installeren|download|gebruik Telegram|Signal|WhatsApp|WeChat|Threema',
      'mijn ID|WeChat-ID|Telegram-ID|Signal-nummer|WhatsApp-nummer',
      'mijn Telegram|Signal|WhatsApp|WeChat|Threema nummer|account|naam|id|is',
      'Telegram|Signal|WhatsApp|WeChat|Threema ~ verder|voortzetten|contact|bereikbaar',
      'app|appen|sms|whatsapp me|mij',
      'verder|voortaan via ~ de app|Signal|Telegram|WhatsApp|WeChat',
      'alleen|uitsluitend|enkel ~ nog ~ via|op ~ Telegram|Signal|WhatsApp|WeChat|Threema',
      'op|via|naar het|mijn andere|tweede nummer|adres|telefoon',
      // Een messenger als de makkelijkere weg: "WeChat is makkelijker: chen_sh".
      'Telegram|WhatsApp|WeChat|Threema|Viber is|werkt ~ makkelijker|handiger|sneller|veiliger|eenvoudiger|prettiger',
      // Signal als de weg die de afzender het liefst heeft, gezegd van een persoon ("Signal is voor mij het makkelijkst").
      'Signal is|werkt ~ voor ~ mij|ons ~ makkelijker|makkelijkst|handiger|handigst|eenvoudiger|eenvoudigst|sneller|snelst|het_makkelijkst|het_handigst|het_snelst',
      'alleen|uitsluitend|enkel|voortaan via|op|naar ~ dit|deze|mijn adres|nummer|account|mailadres|telefoon|link',
      // Een tweede adres dat eerder is afgesproken: "alleen naar het andere".
      'alleen|uitsluitend|enkel|voortaan naar|via|op het|mijn andere|tweede',
      'stuur|upload|zet|deel|zend ~ het|ze|alles|de_bestanden|dat ~ via|op|in|naar ~ deze|die|mijn link|map|drive|dropbox|uploadlink',
      'link|gegevens|nummer|details|rest|code|wachtwoord ~ via|op ~ Telegram|WhatsApp|WeChat|Threema|Wickr|Viber',
      // Appen als gewone route: "appen kan ook".
      'appen|whatsappen|via_whatsapp|via_de_app ~ kan|mag ~ ook',
    ],
  },
  {
    id: 'NL_BUITEN_WERKKANAAL',
    category: 'private-channel',
    language: 'nl',
    weight: 18,
    routesOffWork: true,
    description: 'Stuurt het contact weg van werkmail en de kanalen van het werk',
    examples: {
      hit: ['Mail me liever niet via je werkmail.', 'Dit houden we buiten je werkmail om.', 'Mijn universiteitsmail werkt even niet.'],
      miss: ['Stuur het verslag via je werkmail naar het team.', 'De werkmail is morgen tussen 8 en 9 uur niet bereikbaar vanwege onderhoud.'],
    },
    // Elk patroon stuurt zelf weg van het werk ("niet via je werkmail", "buiten je werkmail om"): een ontkenning ervoor
    // heft het niet op.
    patterns: [
      // De vaste plek met een tijd erbij: "zelfde plek, half acht", "zelfde tent als in september, half acht?".
      'zelfde|dezelfde|vaste plek|plaats|tafel|hoek|tent|kroeg|café ~ om|rond|half|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vanavond|uur',
      // Om de aanvraag heen die vastlegt wie toegang kreeg: "liever niet weer via die IT-aanvraag".
      'liever|beter niet ~ via|langs ~ die|de|het|een ~ IT-aanvraag|toegangsaanvraag|aanvraagformulier|servicedesk|helpdesk',
      'niet ~ via ~ uw|je|jouw werkmail|werkadres|zakelijke|werk|bedrijfsmail|universiteitsmail',
      'niet [meer|langer] via|naar kantoor|het_werk|je_werk',
      // Niet naar de bus van de zaak: "stuur het naar dit adres, niet naar dat van de zaak".
      'niet naar|via|op dat|die|het|de ~ van ~ de_zaak|het_werk|kantoor|je_werk|de_universiteit|de_uni',
      // Naar de andere bus: "naar het andere adres".
      "naar|op het|mijn|m'n andere adres|mailadres|account",
      // Weer naar het adres van de vorige keer: "stuur maar weer naar dit adres", "net als in januari naar dit adres".
      // De route van de vorige keer: "op dezelfde manier als in januari", "zelfde route als toen".
      'dezelfde|zelfde|hetzelfde manier|route|weg|kanaal als|zoals ~ toen|vorige_keer|de_vorige_keer|altijd|eerder|afgesproken|in_januari|in_februari|in_maart|in_april|in_mei|in_juni|in_juli|in_augustus|in_september|in_oktober|in_november|in_december',
      'net_als|zoals|net_zoals ~ vorig_jaar|vorige_keer|de_vorige_keer|toen|altijd ~ zelfde|dezelfde|via_dezelfde weg|route|manier',
      'weer ~ doorzetten|door_te_zetten|doorsturen|door_te_sturen ~ zoals|net_als ~ de_vorige_keren|vorige_keren|de_vorige_keer|vorige_keer|altijd',
      // Een overdracht buiten de systemen van het werk: "neem het mee, net als de vorige keer op papier", "op een stickje".
      'mee|langs|geven|brengen|meenemen ~ op_papier|uitgeprint|geprint|op_een_stick|op_een_stickje|op_een_usb-stick|op_stick|op_een_usb-stickje',
      'net_als|zoals ~ de_vorige_keer|vorige_keer|toen|altijd op_papier|uitgeprint|op_een_stick|op_een_stickje|op_een_usb-stick',
      'stick|stickje|usb-stick|usb-stickje|geheugenstick ~ mee',
      // Afspreken buiten het werk: "lunchen weg van beide kantoren", "ergens rustiger".
      'afspreken|spreken|lunchen|koffie|lunch|ontmoeten|zien|afspraak ~ buiten|weg_van|niet_op|niet_bij|niet_in ~ kantoor|het_kantoor|beide_kantoren|de_campus|de_universiteit|het_werk|de_zaak|de_poort|het_terrein|jullie_kantoor|de_ambassade|het_instituut',
      'ergens|een|op_een ~ rustiger|rustigere|stillere|discretere|minder_drukke ~ plek|plaats|locatie|adres|café|tent',
      'ergens rustiger|stiller|discreter',
      'zelfde|dezelfde plek|plaats|tafel ~ als ~ toen|vorige_keer|altijd|eerder|in_januari|in_februari|in_maart|in_april|in_mei|in_juni|in_juli|in_augustus|in_september|in_oktober|in_november|in_december',
      // Een uitdraai overhandigd: "neem je dan de nieuwe uitdraai mee".
      'neem|breng ~ je|jij ~ de|het ~ uitdraai|uitdraaien|printje|print ~ mee',
      'weer|opnieuw|net_als|zoals|net_zoals ~ naar|op dit|hetzelfde|mijn_thuisadres|mijn_privéadres ~ adres|mailadres|account',
      // Het werkadres als "dat andere": "naar mijn thuisadres en niet via dat andere".
      'niet via|naar|op dat|die andere',
      // Weg van de telefoon op het bureau: "'s avonds, niet via de vaste lijn van kantoor".
      'niet ~ op|via|naar ~ de|het|je|jouw|uw|mijn ~ vaste_lijn|kantoornummer|kantoorlijn|werknummer|werktelefoon|vaste_nummer|kantoortelefoon|toestel',
      'buiten ~ uw|je|jouw werkmail|zakelijke_mail|werk-e-mail|bedrijfsmail om',
      'niet ~ in ~ je|jouw|uw werkmail|werkmailbox|mailbox|zakelijke_mail',
      // Weg van het werkapparaat, niet alleen van de werkmail: "liever niet op je werklaptop deze keer".
      'liever|beter|bij_voorkeur niet ~ op|via|vanaf|met|van ~ je|de|jouw|uw|het ~ werklaptop|werkcomputer|werktelefoon|bedrijfslaptop|bedrijfstelefoon|bedrijfsnetwerk|zakelijke_laptop|zakelijke_telefoon|laptop_van_het_werk|laptop_van_de_zaak|telefoon_van_de_zaak',
      'universiteitsmail|werkmail|zakelijke_mail|mailadres|instituutsmail ~ werkt|doet ~ tijdelijk|even|momenteel ~ niet',
      // Het werkkanaal als reden om uit te wijken: "de bedrijfsmail weigert bijlagen groter dan 10 MB".
      'universiteitsmail|werkmail|instituutsmail|bedrijfsmail|bedrijfsserver|mailserver ~ weigert|blokkeert|accepteert_geen ~ bijlagen|grote|bestanden',
      // Het werkkanaal als bekeken: "onze IT bewaart alles", "je werkmail wordt meegelezen".
      'onze_IT|jullie_IT|de_IT|onze_ICT|jullie_ICT|de_ICT|IT-afdeling|ICT-afdeling|beveiliging|compliance|werkgever|je_werkgever|het_bedrijf leest|logt|archiveert|bewaart|monitort|scant|ziet|registreert ~ alles|alle_mail|alle_mails|elke_mail|alle_berichten',
      'IT|ICT|IT-afdeling|ICT-afdeling|beveiliging|werkgever|security|compliance leest|lezen|kijkt|kijken mee',
      'werkmail|bedrijfsmail|zakelijke_mail|werkaccount|werkmailbox|werktelefoon|werklaptop|bedrijfslaptop ~ wordt|worden gelezen|gelogd|gearchiveerd|gemonitord|meegelezen|gescand|bekeken',
      // Een messenger of privébus tegenover deze mail: "liever naar mijn WeChat dan naar deze mail".
      'mijn WeChat|WhatsApp|Telegram|Threema|Signal|gmail|privémail|privéadres|privé-adres|priveadres|privemail ~ dan ~ deze|de|je|jouw|uw|jullie ~ mail|e-mail|werkmail|adres|bedrijfsmail|mailadres',
      // Hierheen en niet naar het werk: "hierheen graag, niet naar m'n werk", "hier, niet naar je werkadres".
      "hierheen|hier|naar_dit_adres ~ niet ~ naar|op ~ m'n|mijn|je|jouw|het ~ werk|werkadres|werkmail|kantoor|werkaccount",
      // Een overdracht zonder spoor in de systemen: "stickje is prima" (niet "dan hoef je niks te mailen": zo wijzen collega's naar de groepsschijf).
      'stickje|usb-stick|usb-stickje|stick ~ is ~ prima|goed|handig|genoeg|makkelijker',
      // Dit adres als het goede: "dit adres is prima".
      'dit_adres|dit_mailadres|hierheen ~ is|werkt ~ prima|goed|ook_goed|ook_prima|fijn|handig',
      // Vanaf het eigen adres, buiten de server: "net als vorige keer vanaf je eigen adres, dan loopt het niet via jullie server"; hierheen zoals de vorige keer; niet op papier, bel me (niet "hoeft niet per mail": zo wijzen collega's naar de schijf).
      'vanaf|van|via|uit ~ je|jouw ~ eigen|privé ~ adres|mail|account|gmail|mailadres',
      'niet ~ via|over|langs ~ jullie|de|je ~ server|mailserver|systemen|mailsysteem',
      'hierheen ~ net_als|zoals ~ vorige_keer|de_vorige_keer|altijd|afgesproken',
      'hoeft|hoef ~ niet ~ op_papier|zwart_op_wit|op_schrift',
      // Weer hierheen: "planning wk 12 t/m 15 graag weer hierheen".
      'weer|opnieuw ~ hierheen|naar_dit_adres',
      'hierheen|naar_dit_adres ~ weer|opnieuw',
      // Weer naar het privé-adres bij naam: "graag weer naar m'n hotmail".
      "weer|opnieuw|gewoon ~ naar|op ~ m'n|mijn ~ hotmail|gmail|outlook|privémail|privéadres|privé-adres|thuisadres|huisadres",
      // Op een stickje als vaste gang: "zet je de Q1-planning weer op een stickje?" (niet "zet niks op een USB-stick").
      'weer|ook_weer|gewoon_weer op_een_stickje|op_een_stick|op_een_usb-stick|op_een_usb-stickje|op_de_stick|op_het_stickje|op_de_usb-stick',
      // Het ticket of portaal vermeden: "zet het liever niet in een ticket"; in de tas van de lezer: "gewoon even in je tas".
      'liever|beter niet in|via|op ~ een|het|de ~ ticket|*ticket|*portaal|ticketsysteem|topdesk',
      'gewoon|gewoon_even ~ in_je_tas|in_je_jaszak|in_je_zak|in_je_rugzak',
      'stop|steek|doe ~ ze|het|die|wat|een_paar ~ in_je_tas|in_je_jaszak|in_je_zak|in_je_rugzak',
      // Op papier als route: "op papier is prima", "papier is prima"; het volgende meegenomen: "neem je de nieuwe ook mee?"; het andere adres: "dit adres, niet het andere".
      'op_papier|papier|uitgeprint|geprint ~ is ~ prima|goed|handig|genoeg|makkelijker|beter',
      'de|het nieuwe|volgende|bijgewerkte ook|weer|dan mee',
      'dit_adres|hierheen|hier ~ niet ~ het|dat|die ~ andere',
      'het|dat andere adres|mailadres|account ~ net_als|zoals ~ vorige_keer|de_vorige_keer|altijd|in',
      // Een overdracht op een openbare plek op een vaste tijd: "donderdag zelfde tijd, bij het station".
      'zelfde|dezelfde tijd|plek|tafel|tafeltje ~ bij|op|aan|in ~ het|de station|perron|parkeerplaats|tankstation|benzinestation|stationshal|fietsenstalling|fietsenhok',
      // De vaste plek van de overdracht: "zelfde tafeltje als in januari".
      'zelfde|dezelfde tafel|tafeltje|plek|plekje|hoek|hoekje ~ als ~ in|vorige_keer|de_vorige_keer|altijd|toen|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
      'bij|op|aan ~ het|de station|perron|parkeerplaats|tankstation|benzinestation|fietsenstalling|fietsenhok ~ zelfde|dezelfde tijd|plek',
      // Weer op de vaste overdrachtsplek; op papier gevraagd.
      'weer|zoals_altijd|als_altijd ~ bij|op|aan|achter ~ de|het ~ station|perron|parkeerplaats|tankstation|benzinestation|fietsenstalling|fietsenhok|stationshal|bouwmarkt|supermarkt|tuincentrum',
      'op_papier|uitgeprint|geprint graag|alsjeblieft|svp',
      // Het werk thuis doornemen: "neem je die map mee, dan kijken we er bij mij thuis rustig naar".
      'neem|breng ~ je|jij ~ de|het|die|dat ~ map|mappen|ordner|ordners|dossier|dossiers ~ mee',
      'bij_mij_thuis|bij_ons_thuis|bij_mij_aan_huis ~ rustig|doornemen|bekijken|kijken|bespreken|naar_kijken|door_te_nemen',
      // Niet vanaf het werkadres: "net als vorige maand, dus niet vanaf je werkmail".
      'niet ~ vanaf|van|uit ~ uw|je|jouw ~ werkmail|werkadres|bedrijfsmail|zakelijke_mail|universiteitsmail',
      // De andere bus kaal genoemd en aangehouden: "het andere adres graag, niet dit", "blijf op dit adres".
      "het|mijn|m'n andere adres|mailadres|account graag",
      'andere adres|mailadres|account ~ niet ~ dit|deze|dit_adres|het_werkadres',
      'blijf|blijven ~ op|bij dit|het_andere|mijn_andere adres|mailadres|account',
      // De drager aan een familielid gegeven, of op een briefje: "geef de schijf aan mijn broer", "op een briefje meenemen".
      'geef|geven|overhandig|breng ~ de|het|een ~ schijf|harde_schijf|stick|usb-stick|bestanden|documenten|papieren|map|uitdraai ~ aan|naar ~ mijn broer|zus|neef|nicht|vrouw|man|vader|moeder|oom|chauffeur',
      'op ~ een ~ briefje|papiertje|kladje ~ meenemen|meebrengen|geven|meegeven',
      'schijf|harde_schijf|stick|usb-stick|uitdraai|map ~ aan ~ mijn broer|zus|neef|nicht|vrouw|man|vader|moeder|oom|chauffeur ~ geeft|geven|meegeeft|meegeven|overhandigt|overhandigen',
      // Op een stickje als de vorige keer, achteraf genoemd; in de handbagage meegenomen: "op een stickje, net als de vorige keer", "ik neem ze mee in de handbagage".
      'op_een_stick|op_een_stickje|op_een_usb-stick|op_papier|uitgeprint ~ net_als|zoals ~ de_vorige_keer|vorige_keer|toen|altijd',
      "neem|nemen ~ ze|het|die|hem ~ mee ~ in ~ de|mijn|m'n ~ handbagage",
      'gebruikelijke|vertrouwde manier|weg|route ~ is ~ prima|goed',
      // Rechtstreeks naar de afzender: "rechtstreeks naar mij overzetten is prima".
      'rechtstreeks|direct ~ naar|aan ~ mij ~ is ~ prima|goed|het_makkelijkst',
      // De privébus als enige, of weer dezelfde: "alleen dit adres", "zelfde adres is prima".
      'alleen dit|het_andere adres|mailadres|account',
      'zelfde|hetzelfde|eerdere|vorige|oude|andere adres|mailadres ~ is ~ prima|goed',
    ],
    // Het bedrijf dat zijn systemen draaiende houdt: "onze IT houdt alles draaiende".
    unless: [
      'alles draaiende|werkend|veilig|up-to-date|bij|op_orde',
      ...EIGEN_BEELDEN,
      // De melding van een portaal stuurt het antwoord het eigen systeem in: "antwoord in het portaal en reageer niet op deze e-mail".
      'antwoord|antwoorden|reageer|reageren|beantwoord|beantwoorden|upload|uploaden ~ in|via|op ~ het|de|ons ~ portaal|klantportaal|leveranciersportaal|partnerportaal|ticket|case|platform',
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
    examples: {
      hit: ['Ik nodig u graag uit voor een diner op de residentie.', 'Alle kosten worden vergoed, inclusief vlucht en hotel.'],
      miss: ['De lunch wordt voor alle deelnemers in de kantine verzorgd.', 'Reiskosten worden vergoed volgens de reisregeling.'],
    },
    unless: [
      'volgens|conform|binnen|onder ~ regeling|regels|reglement|reisregeling|cao|beleid|*regeling',
      // Vrienden die om beurten betalen: "het eten is nu van mij, jij betaalde in Shanghai".
      'jij|je ~ betaalde|trakteerde|rekende_af ~ vorige_keer|de_vorige_keer|in|toen|laatst',
      'mijn beurt ~ om ~ te ~ betalen|trakteren',
    ],
    unlessNearby: AANGEMELD_GESCHENK,
    patterns: [
      // Een attentie voor wie iets regelt: "dan stuur ik diegene een klein bedankje".
      'klein|kleine|bescheiden bedankje|attentie|presentje|cadeautje|cadeau',
      'mooi|mooie|leuk|leuke|persoonlijk|persoonlijke bedankje|attentie|presentje|cadeautje|cadeau',
      'lunch|diner|etentje|borrel|maaltijd ~ op mijn|onze kosten',
      'op mijn|onze kosten',
      'lunch|lunchen|diner|dineren|etentje|borrel|maaltijd ~ op mijn|onze rekening',
      // De afzender betaalt weer: "lunch is weer voor mij", "volgende keer is de rekening weer voor mij".
      'lunch|diner|etentje|borrel|drankjes|rekening|maaltijd|koffie|bier|biertje|biertjes|wijn [is|zijn] [weer|dan|wel|gewoon|ook|opnieuw|deze_keer] voor mij|mijn_rekening',
      'nodig|nodigen ~ u|je|jou ~ uit ~ voor|op|bij ~ lunch|diner|etentje|receptie|borrel',
      'alle kosten ~ vergoed|betaald|gedekt|voor_onze_rekening',
      'alles wordt betaald|vergoed',
      'reis|reiskosten|vlucht|vliegticket|vliegtickets|hotel|verblijf|verblijfskosten|hotelkosten|tickets ~ worden|wordt|nemen|betalen|vergoeden ~ vergoed|betaald|verzorgd|geregeld|gedekt|voor_onze_rekening|wij|door_ons',
      // "Uw vliegreis, hotel en de avondprogramma's zijn uiteraard voor onze rekening."
      'reis|reiskosten|vlucht|vliegreis|vliegticket|vliegtickets|hotel|verblijf|hotelkosten|tickets|avondprogramma|avondprogramma\'s ~ zijn|is ~ voor_onze_rekening|voor_ons',
      'wij|we|ik|ze|zij betalen|vergoeden|regelen|verzorgen ~ reis|reiskosten|vlucht|vliegticket|hotel|verblijf|tickets',
      'studiereis|snoepreisje|werkbezoek',
      'klein|kleine cadeau|cadeautje|attentie|geschenk',
      'horloge|fles|cadeau|geschenk ~ voor ~ u|je|jou',
      'het horloge|cadeau|geschenk|pakket ~ aangekomen|ontvangen',
      'breng|neem|stuur ~ het|een|dat|de ~ horloge|cadeau|cadeautje|geschenk|fles|souvenir ~ mee|op|voor',
      'receptie ~ op|in|bij ~ ambassade|residentie|consulaat',
      // De afzender die trakteert: "een hapje bij De Vlaam? Ik trakteer".
      'ik|wij|we trakteer|trakteren',
      // De afzender die weer betaalt: "zelfde tent als vorige keer, ik betaal weer".
      'ik|wij|we betaal|betalen ~ weer|opnieuw|deze_keer|dit_keer',
      'betaal|betalen ~ ik|wij|we ~ weer|opnieuw',
    ],
  },

  // network-mapping
  {
    id: 'NL_NETWERK',
    category: 'network-mapping',
    language: 'nl',
    weight: 15,
    description: 'Vraagt naar collega\'s, wie toegang heeft, of om introducties',
    examples: {
      hit: ["Kunt u mij in contact brengen met collega's die aan de bron werken?", 'Wie van jullie heeft toegang tot de testdata?'],
      miss: ["Op het congres sprak ik met collega's die aan de bron werken.", 'Sinds maandag hebben alle medewerkers toegang tot het nieuwe lab.', 'Vraag lidmaatschap van de beheerdersgroepen aan via het IT-portaal.'],
    },
    unlessNearby: [
      // Namen voor een reservering: "voor de reservering de namen van wie er meekomen, en eventuele allergieën".
      'reservering|tafelreservering|dieetwensen|allergieën|allergie|naamkaartjes|tafelschikking',
      // Namen om mensen te bedanken: "voor de kaartjes wil ik de collega's persoonlijk schrijven".
      'bedankkaart|bedankkaartje|bedankkaartjes|kaartje|kaartjes|bedankje|bedankjes',
      'persoonlijk ~ bedanken|schrijven',
      // Namen voor de certificaten van een training die de afzender gaf.
      'deelnamecertificaat|deelnamecertificaten|certificaat|certificaten|deelnamebewijs|deelnamebewijzen|trainingscertificaat|trainingscertificaten',
      // De eigen paspoortgegevens voor de registratie van een bezoek: "je naam zoals in je paspoort en je paspoortnummer, voor hun bezoekersregistratie".
      'paspoortnummer|paspoortgegevens|paspoortnummers|zoals_in_je_paspoort|zoals_in_uw_paspoort',
    ],
    // Toegang via de voordeur is het eigen proces van de organisatie.
    unless: [
      'via|in|met ~ het|de|ons|jullie ~ portaal|*portaal|servicedesk|helpdesk|ticket|*ticket|aanvraagformulier|toegangsaanvraag',
      // De eigen mensen van de afzender: "welke accounts onder ons project nog actief zijn".
      'accounts|gebruikers|mensen|medewerkers ~ onder|van ~ ons|onze ~ project|bedrijf|organisatie|team',
    ],
    patterns: [
      // Wie waar naar binnen mag en wie wanneer waar is: "de badgegroepen", "de reisplanning van Joost voor juni".
      'badgegroepen|badgegroep|toegangsgroepen|toegangslijst|toegangslijsten|pashouders',
      'reisplanning|reisschema|reisplannen|reisagenda van',
      'deelnemerslijst|deelnemerslijsten|gastenlijst|aanmeldlijst|aanmeldingen ~ met ~ mailadressen|e-mailadressen|adressen|telefoonnummers|06-nummers',
      // Wie er nog in een team zit, en wie van de mensen van de lezer waarheen gaat: "zit Stijn nog in het project?", "wie van jullie gaat nog wekelijks naar de site?".
      'zit|zitten|werkt|werken ~ nog ~ in|op|bij ~ het|de|dat|jullie ~ project|team|programma|groep',
      'wie ~ van ~ jullie ~ gaat|gaan ~ nog|wekelijks|regelmatig|vaak ~ naar ~ de|het ~ site|klant|fab|locatie|partner|vestiging|terrein',
      // Wie er wanneer is, en hoe men na werktijd binnenkomt: "het BHV-rooster met de ploegendiensten", "hoe de toegang voor aannemers na 18.00 uur werkt".
      'rooster|roosters ~ met|en ~ de ~ ploegendiensten|diensten|nachtdiensten|ploegen',
      'BHV-rooster|BHV-roosters|nachtrooster|ploegenrooster|beveiligingsrooster|piketrooster|consignatierooster|bereikbaarheidsrooster|bereikbaarheidslijst|piketlijst',
      'hoe ~ de ~ toegang ~ voor ~ bezoekers|aannemers|externen ~ werkt|geregeld_is|na_werktijd|buiten_werktijd|na',
      'collega\'s|medewerkers|mensen|ingenieurs|onderzoekers die ~ toegang hebben',
      'welke|wie ~ collega\'s|medewerkers|mensen|ingenieurs|onderzoekers ~ toegang|werken|werkt|zitten|zit',
      'introductie|introduceren|voorstellen ~ van|bij|aan ~ uw|je|jouw',
      'wie ~ heeft|hebben|had ~ toegang|*toegang|pasjes|sleutels|screening|clearance',
      // Wie bij iemand langskomt en wanneer hij er zelf is: "wie er bij De Graaf langskomt en op welke dagen hij er zelf is".
      'wie ~ er ~ bij ~ hem|haar|jullie|*|de ~ langskomt|langskwam|langskomen|op_bezoek_komt|op_bezoek_kwam|op_bezoek_komen',
      'op ~ welke ~ dagen|tijden|uren ~ hij|zij|ze ~ er ~ zelf|is|aanwezig|binnen|op_kantoor',
      // Bijzinvolgorde, ook met iets ertussen: "wie er nog meer cleanroomtoegang heeft", "wie er sinds de reorganisatie
      // beheerrechten op de servers heeft".
      'wie ~ toegang|*toegang|rechten|*rechten|pasjes|sleutels|clearance ~ heeft|hebben|had',
      'wie ~ zitten|zit ~ in ~ het|de ~ overleg|commissie|stuurgroep|werkgroep|raad|board',
      'dienstrooster|nachtrooster|rooster_van_de_nachtdienst|wachtrooster|piketrooster',
      // Wie zijn toegang kwijtraakte: "welke gastonderzoekers hun toegang kwijt zijn".
      'toegang|pasje|pasjes|rechten|screening|clearance ~ ingetrokken|ingenomen|afgepakt|geblokkeerd|geweigerd|kwijt|kwijtgeraakt',
      'namen|rollen ~ van|in|op ~ het|de|jullie ~ team|*team|groep|*groep|project|afdeling|lab',
      'toegang heeft|hebben tot',
      "medewerkers|collega's|mensen|onderzoekers|ingenieurs met ~ toegang ~ tot",
      'wie ~ werkt|werken|zit|zitten ~ aan|op|bij',
      'in contact ~ brengen|komen|zetten',
      'voorstellen|introduceren aan|bij ~ collega|collega\'s|iemand|mensen|ingenieurs|onderzoekers|team',
      'namen|contactgegevens ~ van ~ collega\'s|medewerkers|ingenieurs|team|onderzoekers',
      'organogram|organisatieschema',
      // Wie wanneer binnenkwam: "de poortlog van gebouw P", "de bezoekersregistratie".
      'toegangslog|toegangslogs|poortlog|poortlogs|deurlog|deurlogs|paslog|paslogs|pasregistratie|toegangsregistratie|bezoekersregistratie|bezoekerslijst|bezoekerslijsten|bezoekerslog|bezoekersregister',
      // Wie na een reorganisatie waar zit: "de nieuwe teamindeling".
      'teamindeling|teamsamenstelling|teamstructuur|afdelingsindeling|bezettingsoverzicht|formatieplan|formatieoverzicht',
      // Wie er toegang bij kreeg: "de lijst met nieuwe accounts en bij welke projecten ze horen".
      'lijst|overzicht ~ met|van ~ nieuwe|alle|actieve ~ accounts|gebruikers|gebruikersaccounts|inlogs',
      // Waar iemand bij naam zal zijn, en wie achter gesloten deuren vergadert: "het reisschema van Ruud voor Q1",
      // "de deelnemerslijst van de directie-offsite".
      'reisschema|reisplanning|reisplannen|reisagenda|reisgegevens|vluchtgegevens|vluchten|hotelgegevens|verblijfplaats van|voor ~ de|je|jouw|uw|onze|jullie ~ CTO|CEO|directeur|baas|leidinggevende|voorzitter|manager|minister|hoogleraar',
      'reisschema|reisplanning|reisplannen|reisagenda|reisgegevens|vluchtgegevens|hotelgegevens van ~ voor ~ Q1|Q2|Q3|Q4|het_kwartaal|de_komende|volgende|deze',
      'zijn|haar|hun reisschema|reisplanning|reisplannen|reisagenda|verblijfplaats|hotel|vluchten|vluchtgegevens',
      'deelnemerslijst|deelnemerslijsten|gastenlijst|presentielijst|aanwezigheidslijst van|voor ~ de|het ~ *offsite|directie|directieoverleg|bestuur|bestuursvergadering|MT|managementteam|strategiesessie|stuurgroep|heidag|*overleg',
      // Wie rechten heeft op een systeem: "de lijst van accounts met rechten op de share", "de beheerdersgroepen".
      'lijst|lijsten|overzicht|export ~ van|met ~ accounts|gebruikers|gebruikersaccounts|beheerders|admins|leden',
      'accounts|gebruikers|beheerders|mensen|leden met|die ~ rechten|toegang|beheerrechten|adminrechten|schrijfrechten|leesrechten|rol|rollen',
      'beheerdersgroep|beheerdersgroepen|beheergroep|beheergroepen|admingroep|admingroepen|autorisatiegroepen|rechtengroepen',
      "overzicht|lijst|lijstje|namen ~ van ~ de|uw|je|jouw collega's|medewerkers|onderzoekers|ingenieurs|promovendi|teamleden",
      // Wie er naast een genoemde persoon werkt: "de lijst van de andere onderzoekers in zijn groep".
      "overzicht|lijst|lijstje|namen ~ van ~ andere|overige|zijn|haar|hun|alle collega's|medewerkers|onderzoekers|ingenieurs|promovendi|teamleden|postdocs",
      'wie|welke van hen|jullie|u ~ toegang|kan|kunnen|heeft|hebben|inloggen|inlogt',
      "collega's|medewerkers|mensen die ~ leesrechten|schrijfrechten|toegangsrechten|inlogrechten|rechten ~ hebben|heeft",
      'met wie|welke_klant|welke_klanten|welke_mensen ~ hij|zij|ze|jullie|je ~ afspreekt|afspreken|praat|praten|spreekt|spreken|overlegt|overleggen',
      'wie er ~ naar|in|op|bij ~ gaat|gaan|reist|reizen|zit|zitten',
      'wie ~ doet|doen ~ bij ~ jullie|u|jou ~ eigenlijk|nu|precies',
      'wie doet|doen ~ bij jullie|u',
      // Bij wie de afzender nog meer terecht kan: "met wie in de groep van Henk zou ik nog moeten praten?"
      'met wie ~ ik|we ~ nog ~ zou|zouden|moet|moeten|kan|kunnen ~ praten|spreken',
      'met wie ~ zou|zouden|moet|moeten|kan|kunnen ~ ik|we ~ nog ~ praten|spreken',
      // De lijnen tussen mensen: "wie aan wie rapporteert", "de nieuwe rapportagelijnen".
      'wie ~ aan wie ~ rapporteert|rapporteren',
      'wie ~ onder ~ wie ~ valt|vallen|zit|zitten|hangt|hangen',
      // Wie er op het punt staat te vertrekken: "wie er weggaat", "wie er opstapt".
      'wie ~ er ~ weggaat|weggaan|opstapt|opstappen|ontslag_neemt|gaat_vertrekken|wil_vertrekken|wil_weg',
      'rapportagelijnen|rapportagelijn|rapportagestructuur|rapportagestructuren',
      // Wie er binnenkwam: "het lijstje van de nieuwe mensen bij de bron", "de instromers van deze maand".
      "lijst|lijstje|overzicht|namen ~ van|met ~ de ~ nieuwe|nieuwste ~ mensen|medewerkers|collega's|instromers|starters|krachten|aanwas",
      'instromers|nieuwe_instroom|nieuwe_medewerkers ~ van|bij|in|sinds ~ deze|de|het|vorige ~ maand|kwartaal|zomer|afdeling|groep|bron|programma',
      // Wie er binnen mag: "het overzicht van wie er sinds september op het afgeschermde lab mag".
      // Wie er rechten kreeg: "de groepslidmaatschappen, en wie er sinds april bij is gekomen".
      'groepslidmaatschappen|groepslidmaatschap|beheerdersgroep|beheerdersgroepen|adminrechten|beheerrechten',
      'wie er ~ bij|aan ~ is|zijn ~ gekomen|toegevoegd',
      'wie er ~ is|zijn ~ toegevoegd|verwijderd|bijgekomen',
      // Wat elk account mag openen, en wie wanneer inlogt: "wie er inlogt en op welke tijden".
      'welke|wat ~ elk|ieder|elke ~ account|gebruiker|medewerker|collega ~ kan|mag ~ openen|inzien|zien|gebruiken',
      'wie er ~ inlogt|inloggen|inlogde|inlogden',
      // Wie er meegaat: "en wie er dit keer meegaan".
      'wie er ~ meegaan|meegaat|meevaren|meevaart|meereizen|meereist|meekomen|meekomt|aan_boord',
      // Wie een directeur ziet: "met de namen van bezoekers en de klantafspraken erin".
      'namen|lijst|lijstje ~ van|met ~ de ~ bezoekers|gasten|bezoek',
      'klantafspraken|bezoekersregistratie|bezoekerslog|bezoekerslijst|bezoekerslijsten|agenda-export|agendaexport',
      'wie er ~ op|in|bij ~ het|de ~ lab|cleanroom|terrein|site|fab|serverruimte|testhal|systeem|omgeving|*lab|*ruimte ~ mag|mogen|mocht|mochten',
      // Wie een taak nu heeft, in bijzinvolgorde: "wie er bij Kulim nu de inkoop doet sinds die reorganisatie".
      'wie ~ de|het ~ inkoop|verkoop|inkoopafdeling|onderhandelingen|aanbesteding|aanbestedingen|budget|contracten ~ doet|doen|regelt|regelen|leidt|leiden|beheert|beheren|overgenomen|overnam',
      'wie ~ is|zijn ~ het|de ~ aanspreekpunt|contactpersoon|accountmanager|verantwoordelijke',
      // Hoe het team van de lezer in elkaar zit: "hoe jullie assemblageteam is opgebouwd".
      'hoe ~ jullie|je|jouw|uw|het|de ~ team|*team|afdeling|*afdeling|groep|lab|organisatie ~ is|zijn|wordt ~ opgebouwd|opgezet|georganiseerd|ingericht|samengesteld|bemand|verdeeld',
      // Wie een stuk werk van de werkgever maakte of bijhoudt, zodat de afzender die direct kan mailen.
      'wie bij|op|in|van jullie|uw|je|de ~ onderhoudt|onderhouden|beheert|beheren|ontwikkelt|ontwikkelen|schrijft|schreef|ontwierp|bouwt|bouwde|verantwoordelijk',
      // In de voltooide tijd: "wie bij jullie heeft de koppeling gebouwd".
      'wie bij|op|in|van jullie|uw|je|de ~ heeft|hebben ~ gebouwd|ontwikkeld|ontworpen|geschreven|opgezet|gemaakt',
      'welk|welke hotel|hotels|vlucht|vluchten ~ hij|zij|ze',
      // Wie waar bij mag: "zodat ik zie wie wat mag zien", "wie waar bij mag".
      'wie ~ wat|waar ~ mag_zien|bij_mag|mag_openen|kan_openen|in_mag|mag_inzien|mag_in',
      // Wie een rol overneemt: "wie Joost opvolgt als projectleider".
      'wie ~ opvolgt|vervangt|overneemt ~ als ~ projectleider|teamleider|manager|hoofd|leidinggevende',
      // Wie het overnam na een vertrek: "wie heeft het dossier van Mark overgenomen nu hij weg is?".
      'wie ~ doet|doen|beheert|regelt|heeft|overgenomen|overnam|opgepakt ~ nu|sinds|na|nadat ~ weg|vertrokken|met_pensioen|vertrek|vertrok|weggegaan',
      // Wie er op bezoek was: "wie er vorige week bij jullie was voor die demo".
      'wie ~ er ~ bij_jullie|op_bezoek|langs ~ was|waren|kwam|kwamen|geweest',
      'wie ~ was|waren|kwam|kwamen ~ er ~ bij_jullie|op_bezoek|langs',
      // Wie er in een team zit, met hun rol: "naam en functie van de projectleider en wie er in het team zit".
      'naam|namen ~ en ~ functie|functies|rol|rollen ~ van ~ de|elke ~ projectleider|projectleiders|teamleider|teamleden',
      'wie ~ er ~ in ~ het|dat|elk ~ team|projectteam|project ~ zit|zitten',
      'wie ~ zit|zitten ~ er ~ in ~ het|dat|elk ~ team|projectteam|project',
      // Wie er bij de lezer aan iets werkt: "de engineers die bij jullie aan dat ESA-filter werken".
      "engineers|ontwikkelaars|onderzoekers|mensen|collega's|medewerkers ~ die ~ bij_jullie ~ aan ~ werken|werkt",
      // Welke bedrijven een pas hebben, met de contactpersoon erbij: "welke bedrijven bij jullie een langlopende pas hebben".
      "welke bedrijven|leveranciers|aannemers|partijen|firma's|externen|contractors ~ pas|passen|toegangspas|toegangspassen|badge|badges|toegang",
      'contactpersoon|contactpersonen|contactgegevens ~ per ~ bedrijf|aannemer|leverancier|partij|firma',
      // Waar iemand geboekt is en wie hij daar ziet; welke bedrijven over de vloer kwamen: "waar je hem geboekt hebt", "welke bedrijven bij jullie over de vloer zijn geweest".
      'waar ~ je|jij|jullie|u ~ hem|haar|ze ~ geboekt|ondergebracht',
      'ziet|spreekt ~ hij|zij ~ daar ~ nog ~ klanten|iemand|een_van',
      'welke ~ bedrijven|klanten|partijen|bezoekers ~ over_de_vloer',
      'bedrijven|klanten|partijen|bezoekers ~ bij_jullie|bij_u ~ over_de_vloer',
      // Wie in welke dienst staat en wie van hen een pas heeft; in- en uitstroom en waar de vertrekkers heen gingen: "wie er in de nachtdienst van bay 4 staan en wie van hen een pas heeft".
      'wie ~ er ~ in ~ de ~ nachtdienst|nachtdiensten|avonddienst|dienst|ploeg|late_dienst ~ staan|staat|zitten|zit|werken|werkt',
      'wie ~ van ~ hen|hun|die|jullie ~ een|de ~ pas|toegang|badge|toegangspas',
      'instroom ~ en|met ~ uitstroom',
      'waar ~ de ~ vertrekkers|uitstromers|mensen_die_vertrokken ~ naartoe|heen ~ gingen|gaan|gegaan',
      // Wie in een projectbord zit, en de deelnemerslijst van het consortium: "de actuele deelnemerslijst van het consortium".
      'namen ~ in|van ~ het|de ~ reviewboard|stuurgroep|commissie|panel|beoordelingscommissie',
      'deelnemerslijst|deelnemerslijsten|contactlijst|contactlijsten ~ van ~ het|de ~ consortium|project|programma|werkgroep|overleg',
      // Wie mag tekenen of de sleutels heeft: "wie er sinds maart op de lijst van ondertekenaars is bijgekomen".
      'ondertekenaars|tekenbevoegden|sleutelhouders|signeerlijst|tekenlijst|signeerders|signeergroep',
      'lijst|lijstje|groep ~ van|met ~ ondertekenaars|tekenbevoegden|sleutelhouders|signeerders',
      // De lijst van wie er mag of toegang heeft: "het lijstje van wie er na de audit nog op de InP-lijn mag".
      'lijst|lijstje|overzicht|overzichtje|namen ~ van ~ wie ~ er|nog',
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
    examples: {
      hit: ['Mijn opdrachtgever wil voorlopig anoniem blijven.', 'Ik schrijf namens een denktank die technologiebeleid onderzoekt.'],
      miss: ['Onze klant, een groot ziekenhuis, vroeg om een offerte.', 'De tank werd vóór de test met stikstof gevuld.'],
    },
    // Een vervangingsopdracht, waarvan de opdrachtgever onbenoemd blijft omdat de zittende functionaris het nog niet weet.
    unlessNearby: ['huidige|zittende ~ functionaris|functiehouder|manager|directeur|bekleder ~ nog_niet|niet ~ geïnformeerd|ingelicht|op_de_hoogte'],
    patterns: [
      'niet [nader] genoemde|bekendgemaakte opdrachtgever|klant|partij|cliënt|partner',
      'anonieme|onbekende opdrachtgever|klant|cliënt|partij',
      'opdrachtgever|klant|cliënt|partij ~ anoniem|onbekend|ongenoemd ~ blijven|blijft',
      // De naam voorlopig achtergehouden: "een opdrachtgever in de AI-sector (voorlopig vertrouwelijk)".
      'opdrachtgever|opdrachtgevers|cliënt|investeerder|investeerders|geldschieter ~ voorlopig|vooralsnog ~ vertrouwelijk|anoniem|ongenoemd',
      'kan|kunnen|mag|mogen ~ naam ~ opdrachtgever|klant|cliënt ~ niet ~ noemen|bekendmaken|delen',
      'denktank|denktanks|think_tank|thinktank|expertnetwerk|expertnetwerken|talentenprogramma|talentprogramma|talentenprogramma\'s',
      // Wie betaalt blijft buiten beeld: "de groep voor wie ik dit doe blijft liever op de achtergrond".
      'opdrachtgever|opdrachtgevers|klant|cliënt|partij|groep|investeerder|investeerders|geldschieter ~ blijft|blijven|wil|willen ~ liever ~ op_de_achtergrond|buiten_beeld|anoniem|ongenoemd',
      'namens een|onze ~ opdrachtgever|overheid|instituut|stichting|klant|cliënt',
      'naam ~ niet ~ noemen|geven|delen|bekendmaken|vermelden|prijsgeven',
      'in opdracht van ~ een|onze partner|klant|opdrachtgever|cliënt|investeerder',
      'expert network|networks',
      'think tank',
      'opdrachtgever|klant|partij|cliënt|investeerder|bedrijf|organisatie ~ kan|mag|kunnen|mogen ~ niet|niets|weinig ~ over ~ zeggen|vertellen|kwijt|delen',
      // Wie de klant is nog achtergehouden: "wie het precies is kan ik nu nog niet zeggen".
      'wie ~ het|dat|ze ~ is|zijn ~ kan|mag ~ ik|we ~ niet ~ zeggen|noemen|vertellen|delen',
      // De klant die niet genoemd wil worden: "een klant die niet genoemd wil worden".
      'klant|opdrachtgever|cliënt|partij|investeerder ~ die ~ niet ~ genoemd|bij_naam_genoemd ~ wil|wenst ~ worden',
    ],
  },

  // Concepten die de regels hierboven als zinnen schreven: elk vangt een familie van formuleringen.
  {
    id: 'NL_VERZOEK_RESULTATEN_VAN_JULLIE',
    category: 'sensitive-request',
    language: 'nl',
    weight: 22,
    description: 'Vraagt om testresultaten, meetwaarden of gegevens van de eigen machine, het product of de lijn van de lezer',
    examples: {
      hit: ['Kunt u mij de testresultaten van jullie nieuwe machine sturen?', 'Zou je kunnen vertellen hoe jullie nieuwe scanner presteert?'],
      miss: ['De testresultaten staan in het openbare jaarverslag.', 'Hoe de nieuwe trein presteert, lees je in de krant.'],
    },
    unless: VERBODEN,
    patterns: [
      'testresultaten|meetresultaten|meetwaarden|meetgegevens|acceptatietests|acceptatieresultaten|prestatiecijfers|opbrengstcijfers|doorvoercijfers|uptimecijfers|kwalificatieresultaten|kalibratieresultaten|testrapporten',
      '*resultaten|*cijfers|*gegevens|*waarden|*metingen|*data van|over jullie|uw|je|jouw [nieuwe|volgende|eigen|huidige]',
      'hoe jullie|uw|de [nieuwe] machine|systeem|prototype|scanner|module|chip|lijn presteert|presteerde|scoort|draait',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_VERZOEK_WERKVOORBEELD',
    category: 'sensitive-request',
    language: 'nl',
    weight: 22,
    description: 'Vraagt om een stuk werk van de lezer voor de huidige werkgever als proeve, in plaats van een test of gesprek',
    examples: {
      hit: [
        'Kun je een recent stuk werk sturen in plaats van de thuisopdracht?',
        'Stuur je een paar voorbeelden van de beelden die jullie gebruiken?',
        'Stuur je een voorbeeld van iets dat je bij je huidige werkgever hebt gebouwd?',
      ],
      miss: ['De thuisopdracht duurt ongeveer drie uur en krijg je per mail.', 'Neem gerust een openbaar artikel of een open-sourceproject mee waar je trots op bent.'],
    },
    unless: VERBODEN,
    patterns: [
      'werkvoorbeeld|werkvoorbeelden|werkproef',
      'recent|echt|bestaand|actueel ~ stuk|stukje|voorbeeld ~ van ~ je|jouw|uw ~ werk',
      'in_plaats_van|i.p.v. ~ de|een ~ thuisopdracht|opdracht|case|test|assessment|sollicitatiegesprek|gesprek',
      'gebouwd|ontworpen|geschreven|gemaakt|ontwikkeld ~ bij|voor ~ je|jouw|uw ~ huidige|vorige ~ werkgever|baan|bedrijf|team',
      'bij|voor ~ je|jouw|uw ~ huidige|vorige ~ werkgever|baan|bedrijf|team ~ gebouwd|ontworpen|geschreven|gemaakt|ontwikkeld',
      // Proeven van waar het team van de lezer mee werkt: "een paar voorbeelden van de tegels die jullie gebruiken".
      'voorbeeld|voorbeelden|voorbeeldje|voorbeeldjes|stukje|stukjes|kopie|kopieën|uittreksel|uittreksels ~ die|dat ~ je|jij|jullie|u ~ gebruikt|gebruiken|labelt|labelen|verzamelt|verzamelen|maakt|maken|produceert|produceren',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_VERZOEK_BEDRIJFSINFORMATIE',
    category: 'sensitive-request',
    language: 'nl',
    weight: 20,
    description: 'Vraagt om interne bedrijfsinformatie: klanten, prijzen, intern beleid, onderhandelingsposities, wie beslist',
    examples: {
      hit: ['Kunt u mij vertellen wie beslist over de keuze van leveranciers?', 'Graag ontvang ik jullie klantenlijst voor Azië.'],
      miss: ['Onze klantenlijst groeide dit jaar met tien procent.', 'De besluitvorming van de gemeente duurde lang.', 'De vergoeding kan naar je werkgever als jullie beleid dat vereist.'],
    },
    // "Als jullie beleid dat vereist" volgt het beleid; het vraagt niet wat erin staat.
    unless: [...VERBODEN, 'als|indien|wanneer|zoals jullie|uw|je|het beleid|regels|richtlijnen ~ vereist|vereisen|voorschrijft|voorschrijven|toestaat|toestaan|toelaat|toelaten'],
    patterns: [
      // Veldretouren geteld: "hoeveel modules er per miljoen uit het veld terugkomen".
      'terugkomen|retour_komen|uitvallen|terug_komen ~ uit|in ~ het ~ veld',
      'per_miljoen|ppm ~ geleverd|verkocht|verscheept|in_het_veld',
      'klantenlijst|klantenlijsten|klantgegevens|klantnamen|klantcontracten|klantenbestand|leverancierslijst|prijsafspraken|prijslijst|prijslijsten|orderaantallen|inkoopprijzen',
      // Hoe ver een cijfer zakte dat het bedrijf voor zich houdt: "hoe ver is de opbrengst gezakt?"
      'hoe_ver|hoeveel|hoe_sterk|hoe_hard ~ is|zijn|was ~ de|het ~ opbrengst|yield|uitval|productie|omzet|marge ~ gezakt|gedaald|teruggelopen|ingezakt',
      'hoe_ver|hoeveel|hoe_sterk|hoe_hard ~ de|het ~ opbrengst|yield|uitval|productie|omzet|marge ~ is|zijn|was ~ gezakt|gedaald|teruggelopen|ingezakt',
      // Welke klant wat kreeg: "welke borden er dit kwartaal binnenkwamen", "welke onderdelen naar Hanseo verscheept zijn".
      'welke|wat ~ dit_kwartaal|vorig_kwartaal|deze_maand|vorige_maand ~ geleverd|verscheept|binnenkwam|binnenkwamen|binnengekomen',
      'welke|wat ~ naar|aan ~ geleverd|verscheept',
      // Bezuinigingen die nog niet bekend zijn: "wordt er gesneden in de afdeling test?"
      'gesneden|bezuinigd|ingekrompen|geschrapt ~ in|bij|op ~ de|het ~ afdeling|team|groep|test',
      // Wat het bedrijf verdient en schuldig is: "de marges per productlijn", "de nieuwe prijsmatrix", "de managementletter
      // van de accountant", "de getallen uit jullie eigen forecast".
      'prijsmatrix|prijsmatrices|margeoverzicht|margeoverzichten|margesheet|margestaat|kostprijsopbouw|kostprijsberekening|kostprijzen|brutomarges|managementletter|managementletters|convenant|covenant|covenants|bankconvenant',
      'marge|marges|brutomarge|brutomarges ~ per|van ~ product|productlijn|productlijnen|klant|klanten|regio|lijn|segment',
      // Wat elke klant afneemt: "starts per klant voor Q1".
      'starts|volumes|aantallen|wafers|lots|omzet|orders|bestellingen ~ per klant|afnemer',
      // Hoe de service is ingericht: "de standaard doorlooptijden en de veiligheidsvoorraden per module en per hub".
      'doorlooptijden|levertijden|veiligheidsvoorraden|voorraden|voorraadniveaus|bestelpunten ~ per ~ module|hub|klant|site|magazijn|regio',
      // Wie blijft en tegen welk salaris: "wie zo'n blijfregeling heeft, met de schaal erbij".
      'blijfregeling|blijfregelingen|retentieregeling|retentieregelingen|retentiebonus|retentiebonussen|blijfpremie|blijfpremies|salarisschaal|salarisschalen|salarisgegevens|loongegevens',
      "wie ~ zo'n|een|die ~ regeling|blijfregeling|retentieregeling|bonus ~ heeft|hebben|heeft_getekend",
      'met ~ de ~ schaal|salarisschaal|salarissen|inschaling ~ erbij',
      // Wat er besteld is: "het overzicht van de Aziatische orders van dit kwartaal".
      'overzicht|lijst|export ~ van ~ de|alle ~ orders|bestellingen|*orders|orderportefeuille|orderboek',
      'jullie|je|uw ~ eigen|interne ~ forecast|forecasts|prognose|prognoses|cijfers|getallen|begroting',
      // Wat er aankomt: "welke platforms er de komende twee jaar aankomen".
      'welke|wat_voor ~ platforms|producten|machines|systemen|modellen ~ er ~ aankomen|uitkomen|gepland_staan|op_de_rol_staan|komen',
      // De planning van proeven en tochten: "de planning van de voorjaarstochten".
      'planning|schema|data ~ van ~ de|het|jullie ~ *tochten|proefvaarten|proefvaart|veldproeven|veldproef|testcampagne|*campagne|*proeven',
      // Werving en fusies die nog niet bekend zijn: "hoeveel mensen jullie dit jaar willen aannemen", "of de teams
      // worden samengevoegd".
      'hoeveel ~ mensen|medewerkers|ingenieurs|krachten|fte ~ jullie|je|u|ze ~ dit_jaar|komend_jaar|gaan|willen|plannen ~ aannemen|werven|aantrekken|erbij_halen|inhuren',
      'teams|groepen|afdelingen|divisies ~ worden|wordt|gaan ~ samengevoegd|gefuseerd|gesplitst|gereorganiseerd|ondergebracht|samengaan',
      // Wanneer een stap die nog niet bekend is gepland staat: "wanneer staat de veldproef ingepland?"
      'wanneer ~ staat|staan|is|zijn ~ de|het|jullie ~ veldproef|veldtest|veldproeven|testcampagne|proefvaart|tape-out|kwalificatie|lancering ~ gepland|ingepland|voorzien',
      // De kleine lettertjes van een contract: "de SLA en de boetematrix van de servicecontracten", "de kortingsstructuur".
      "SLA|SLA's|boetematrix|boeteclausule|boeteclausules|boeteregeling|malusregeling|bonus-malusregeling|kortingsstructuur|kortingsafspraken|kortingsregeling|staffelkorting|staffelkortingen",
      'voorwaarden|boetes|tarieven|prijzen ~ van|in ~ de|jullie|uw ~ servicecontract|servicecontracten|onderhoudscontract|onderhoudscontracten|raamcontract|raamcontracten',
      // Cijfers over een maand of kwartaal: "de gebruikscijfers van de allocatie over december".
      '*cijfers|cijfers ~ over|van ~ januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vorige_maand|het_kwartaal',
      // De vaste interne rapportage: "de weekoverzichten van januari".
      'weekoverzicht|weekoverzichten|weekrapport|weekrapporten|weekrapportage|maandoverzicht|maandoverzichten|maandrapport|maandrapporten|maandrapportage|kwartaaloverzicht|kwartaaloverzichten|kwartaalrapport|kwartaalrapportage|managementrapportage',
      'welke|wat_voor andere klanten|afnemers ~ hebben|hadden|gebruiken|gebruikten|kochten|bestelden|draaien|meldden',
      // Wie de ongenoemde klanten zijn: "welke klanten het zijn", "wie die klanten waren".
      'welke klant|klanten|afnemer|afnemers ~ het|dat|dit ~ zijn|waren|is|was',
      'wie ~ de|die|deze klanten|afnemers ~ zijn|waren',
      // Hoe het bedrijf zijn leveranciers beoordeelt: "de leveranciersscorecard", "wie onder verscherpt toezicht kwam".
      'leveranciersscorecard|leveranciersscorecards|leveranciersbeoordeling|leveranciersbeoordelingen|leveranciersranking|auditscores|auditresultaten',
      'verscherpt toezicht',
      'watchlist|zwarte_lijst|uitfaseerlijst|uitfaseringslijst',
      'jullie|uw|je ~ grootste|belangrijkste ~ klant|klanten|afnemer|afnemers',
      'lijst|lijstje|overzicht ~ van ~ jullie|uw|je ~ klanten|afnemers|klantenbestand',
      'geïnstalleerde ~ basis|machines|systemen',
      'installed_base|installatielijst|installatiebasis|klantescalaties|escalaties_per_klant|escalaties_per_fab',
      // Wat waar geplaatst of opgewaardeerd wordt: "het lijstje met installaties en upgrades voor het tweede kwartaal".
      'lijst|lijstje|overzicht|planning ~ met|van ~ installaties|installaties_en_upgrades|uitleveringen',
      'intern|interne|jullie|uw beleid|strategie|standpunt|plannen|begroting|besluitvorming|overwegingen|prioriteiten|reorganisatie',
      // Een standpunt, geen functie: "jullie positie in de aanbesteding", "de interne positie"; niet "zodat ik je positie goed vermeld".
      'interne positie|posities',
      'jullie|uw|je positie|posities over|ten_aanzien_van|inzake|richting|in_de_aanbesteding|in_de_onderhandeling|in_de_onderhandelingen',
      'welke ~ lijn|koers ~ trekt|volgt|kiest ~ de|jullie ~ directie|leiding|raad_van_bestuur|board',
      'onderhandelingspositie|onderhandelingsstrategie|onderhandelingsruimte|mandaat|biedstrategie|aanbestedingsstrategie',
      'wie ~ beslist|besluit|tekent|beslissingen_neemt|de_beslissing_neemt|het_budget_heeft|het_laatste_woord_heeft',
      'wat ~ de|jullie|uw directie|leiding|raad_van_bestuur|management|ministerie ~ echt|eigenlijk ~ denkt|wil|van_plan_is',
      'beveiligingsprocedures|beveiligingsmaatregelen|beveiligingsafspraken|toegangsprocedures',
      // Het eigen veiligheidsdossier: "hoeveel vermoedelijke benaderingen jullie medewerkers intern meldden".
      'hoeveel|aantal ~ vermoedelijke|gemelde|verdachte|interne|beveiligings ~ benaderingen|incidenten|meldingen|gevallen|lekken|inbraken',
      // Hoe het eigen personeel op nepmails reageert: "de klikpercentages van uw phishingsimulaties per afdeling".
      'klikpercentages|klikpercentage|klikcijfers|klikratio|phishingresultaten|phishingcijfers|simulatieresultaten|meldcijfers',
      'hoeveel|aantal ~ meldingen|mails|berichten ~ van ~ echte|verdachte|phishing',
      // Wie er werd afgewezen: "kandidaten die werden afgewezen en waarom".
      'afgewezen|geweigerde|afgewezen_aanvragen ~ kandidaten|aanvragers|aanvragen|gevallen|vergunningen',
      'kandidaten|aanvragers|aanvragen|gevallen ~ die ~ werden|zijn ~ afgewezen|geweigerd',
      // Wat een intern overleg besloot: "de notulen van de laatste stuurgroep", "de MT-notulen".
      'notulen|verslag|verslagen|stukken|vergaderstukken|besluitenlijst|actielijst|actiepunten ~ van ~ de|het|jullie|uw|laatste ~ stuurgroep|directie|MT|raad|overleg|*overleg|vergadering|*vergadering|commissie|bestuur|board|ondernemingsraad',
      '*notulen|MT-notulen|directienotulen|bestuursnotulen|stuurgroepnotulen|stuurgroepverslag|directieverslag',
      // Wat de werkgever van de lezer betaalt en hoe de prijs is opgebouwd: "wat jullie nu per stuk betalen voor die blanks", "staffels, toeslagen".
      'wat ~ jullie|je_werkgever|jullie_bedrijf ~ per_stuk|per_eenheid|per_wafer|per_kilo|per_onderdeel ~ betalen|betaalt|kwijt_zijn',
      'wat ~ jullie|je_werkgever|jullie_bedrijf ~ betalen|betaalt|kwijt_zijn ~ per_stuk|per_eenheid|per_wafer|per_kilo|per_onderdeel',
      'prijsopbouw|kortingsstaffels|staffelprijzen|staffels_en_toeslagen',
      // Het loon van collega's, niet dat van de lezer: "de nieuwe schalen", "salarisgegevens van de ontwerpteams"; welke klanten een onderdeel kwalificeren.
      'salarisgegevens|salarisoverzicht|salarisexport|salarisschalen|loonschalen|loongegevens|salarisadministratie-export',
      'nieuwe ~ schalen|salarisschalen|loonschalen',
      'salaris|salarissen|lonen ~ van|per ~ de|het|jullie ~ team|teams|engineers|afdeling|afdelingen|medewerkers|schaal',
      'welke ~ klant|klanten|autobouwers|fabs|OEMs ~ aan_het_kwalificeren|kwalificeren|aan_het_testen|aan_het_evalueren',
      // Wanneer een klant in productie gaat: "wanneer ze denken in productie te gaan".
      'wanneer ~ ze|de_klant|klanten|zij ~ denken|verwachten|plannen|willen ~ in_productie ~ te_gaan|gaan|starten',
      // Een foto van een intern overzicht, een kopie zonder spoor: "kun je niet even een foto maken van dat overzicht?".
      'foto|fotootje|kiekje|screenshot|schermafdruk ~ maken|nemen|schieten|sturen ~ van ~ dat|het|de|jullie|die ~ overzicht|scherm|lijst|tabel|rapport|whiteboard|uitdraai|planning|sheet',
      'foto|fotootje|kiekje|screenshot|schermafdruk ~ van ~ dat|het|de|jullie|die ~ overzicht|scherm|lijst|tabel|rapport|whiteboard|uitdraai|planning|sheet|logboek|bezoekersboek|register',
      // Bladzijden uit een boek of register: "een foto van die paar bladzijden".
      "foto|fotootje|foto's|kiekje ~ van ~ die|de|een ~ paar|twee|drie ~ bladzijden|pagina's",
      // Foto's van een scherm met de ingestelde waarden; of een tape-out nog doorgaat.
      "foto's|fotos|plaatjes ~ van ~ het|de|dat|die|je|jouw|uw ~ bedieningsscherm|scherm|instellingen|ingestelde_waarden|overzicht|opstelling",
      'gaat ~ de|het ~ tape-out|tapeout|productiestart|lancering|release ~ nog_door|door_of|naar_achteren|uitgesteld|verschoven',
      // Periodieke exports uit de systemen en registers van het bedrijf: "de storings- en downtime-export", "het vergunningenoverzicht van Q3"; de installatieplanning voor volgend jaar.
      'downtime-export|storingsexport|storingsoverzicht|onderhoudshistorie|onderhoudsexport|gebruiksexport|gebruiksoverzicht|verbruiksoverzicht',
      'vergunningenoverzicht|vergunningsoverzicht|licentieoverzicht|vergunningenlijst|vergunningenregister|vergunningaanvragen|vergunningsaanvragen',
      'installatieplanning|installatieplanningen|leveringsplanning|uitleveringsplanning|leverplanning|installatieschema|leverschema|uitleverschema',
      // Auditscores, leverancierslijsten en volumes per locatie: "de scores van de laatste audits".
      'scores|resultaten|uitkomsten ~ van ~ de ~ laatste|recente ~ audits|audit',
      'volumes ~ per ~ locatie|vestiging|klant|fab|fabriek|programma|lijn',
      // De retouren en veldfouten van alle klanten, niet alleen die van de afzender: "het RMA-overzicht over alle accounts, niet alleen onze units".
      'RMA-overzicht|retouroverzicht|veldfoutenoverzicht|uitvaloverzicht|RMA-export',
      'over|voor ~ alle ~ accounts|klanten ~ niet_alleen|niet_enkel',
      // De verzendgegevens van het bedrijf: "het verzendoverzicht van december".
      'verzendoverzicht|verzendoverzichten|verzendlijst|verzendlijsten|verzendplanning|leveringsoverzicht|uitleveroverzicht',
      // Wat de werkgever bij een overheid indiende of terugkreeg: "de aanvraag die jullie bij de CDIU hebben ingediend, plus de brief met hun indeling".
      'aanvraag|aanvragen|dossier|brief|brieven|correspondentie|indeling|classificatie ~ die|dat ~ jullie ~ bij|aan|van ~ de|het ~ CDIU|douane|ministerie|BIS|toezichthouder|overheid|Belastingdienst ~ hebben|heeft|ingediend|gestuurd|gekregen',
      'brief|besluit|beschikking ~ met ~ hun|de ~ indeling|classificatie|beoordeling',
      // Wat een beoordelingspanel schreef: "het panelcommentaar op de twee quantumvoorstellen".
      'panelcommentaar|reviewercommentaar|beoordelingscommentaar|reviewscores|panelscores|beoordelaarsrapporten|reviewerrapporten',
      'commentaar|opmerkingen|scores|rapporten ~ van ~ het|de ~ panel|beoordelaars|reviewers|commissie',
      // De machines bij elke klant, en wat ze besteld hebben: "hoeveel van hun etstools de twee fabs nu draaien", "of ze al
      // getekend hebben voor de upgrade".
      'hoeveel ~ van ~ hun|jullie|zijn|haar ~ *tools|*machines|*systemen|scanners|steppers|units|installaties',
      'hoeveel ~ tools|machines|systemen|scanners|steppers ~ de_klant|elke_klant|iedere_klant|de_fab|elke_fab|ze|zij ~ heeft|hebben|draait|draaien|staan|heeft_staan|hebben_staan',
      'of ~ ze|zij|de_klant|de_klanten|de_fab|de_fabs ~ al ~ getekend|besteld|ingetekend|gecommitteerd|een_order_geplaatst',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_VERSLAG_OVER_COLLEGA',
    category: 'network-mapping',
    language: 'nl',
    weight: 15,
    description: 'Vraagt om verslagen, notities of indrukken over collega\'s',
    examples: {
      hit: ["Kunt u korte notities over uw collega's in de meetgroep maken?", "Vertel eens over je collega's: wie is ontevreden?"],
      miss: ['Het team gaf een mooie presentatie over de nieuwe machine.', "In de nieuwsbrief staat informatie over de nieuwe collega's."],
    },
    patterns: [
      'verslag|verslagen|notities|indrukken|profiel|profielen|beoordeling|informatie|roddels ~ over ~ je|jouw|uw|de collega\'s|collega|team|teamleden|medewerkers|leidinggevende|manager|baas|directeur',
      'vertel|vertelt ~ over ~ je|jouw|uw|de collega\'s|teamleden|medewerkers|leidinggevende|baas',
      'wie ~ is|zijn ~ ontevreden|gefrustreerd|ontevreden|in_geldnood|open_voor|toe_aan_iets_anders',
      // Het privéleven van een collega, uitgevraagd: "kun je wat meer over haar te weten komen … haar thuissituatie".
      'meer|iets|wat ~ over ~ haar|hem|hen ~ te_weten_komen|uitzoeken|navragen|opvangen',
      'haar|zijn|hun thuissituatie|gezinssituatie|financiële_situatie|financiën|schulden|geldzorgen|drankgebruik|gewoontes|zwakke_plekken',
      'of ~ ze|zij|hij ~ veel ~ reist|drinkt|gokt|schulden_heeft|ontevreden_is',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_VERZOEK_TOEGANG',
    category: 'sensitive-request',
    language: 'nl',
    weight: 22,
    description: 'Vraagt om een ingang: een pas, inlog, token of wachtwoord, een plek in een kanaal of map van het team, of toegang zonder registratie',
    examples: {
      hit: ['Mag ik zaterdag je pas lenen?', 'Kun je me weer toevoegen aan het Teams-kanaal van het project?', 'Kun je hem gewoon zonder registratie binnenlaten?'],
      miss: ['Vraag toegang tot de projectmap aan via het IT-portaal.', 'Je nieuwe pas ligt klaar bij de receptie.'],
    },
    unless: [
      'via|in|met ~ het|de|ons ~ portaal|servicedesk|helpdesk|aanvraagformulier|ticket|toegangsaanvraag|selfserviceportaal',
      // Een groep in een chatapp is een kanaal, geen ingang tot de systemen van de lezer: "ik voeg je toe aan de WeChat-groep".
      'WeChat-groep|WhatsApp-groep|WhatsAppgroep|appgroep|groepsapp|Signal-groep|Telegram-groep|WeChatgroep',
      // Iemand als contact toevoegen in een chatapp is een kanaal, geen ingang: "voeg me alsjeblieft toe op WeChat".
      'toe|toevoegen ~ op|via|in ~ WeChat|WhatsApp|Signal|Telegram|LinkedIn|Facebook|Instagram|Line',
      // Het gastnetwerk dat elke bezoeker krijgt: "gastaccounts voor de wifi".
      'wifi|wi-fi|wlan|eduroam|gastnetwerk|gastwifi',
    ],
    patterns: [
      'pas|toegangspas|badge|sleutel|inlog|inloggegevens|account|wachtwoord|token|vpn-token ~ lenen|gebruiken|overnemen',
      'leen|lenen|gebruik ~ je|jouw|uw|een ~ pas|toegangspas|badge|inlog|account|wachtwoord|token',
      'reservepas|reservepassen|bezoekerspas|gastpas|contractorpas|tijdelijke_pas|extra_pas|leenpas|dagpas|dagpassen',
      'geef|geven|regel|regelen ~ hem|haar|mij|me|ze ~ een|jouw|je|de ~ pas|badge|inlog|account|wachtwoord|token',
      // Een account voor buitenstaanders: "een testaccount aanmaken dat wij ook na het symposium mogen gebruiken".
      'testaccount|gastaccount|demo-account|demoaccount|gastlogin ~ aanmaken|maken|regelen|openen|aanvragen',
      'toevoegen|terugzetten|erbij_zetten ~ aan|in|op ~ het|de|jullie ~ kanaal|*kanaal|groep|*groep|map|*map|schijf|*schijf|repository|repo|mailinglijst|Teams|Slack|SharePoint|wiki|server',
      'voeg|zet ~ me|mij|hem|haar|ons ~ weer|terug|toe|ook ~ aan|in|op',
      'account|inlog|toegang|pas|vpn ~ actief|open|aan|geldig ~ houden|laten|blijven',
      // Een uitgeschakeld account weer aan: "kun je mijn account niet een middagje aanzetten?".
      'account|inlog|toegang|pas|badge|vpn ~ aanzetten|aan_zetten|weer_aanzetten|heractiveren|reactiveren|activeren|deblokkeren|vrijgeven|ontgrendelen',
      'stuur|geef|deel|app|sms ~ me|mij|hem|ons ~ je|jouw|uw|het|de ~ wachtwoord|inloggegevens|inlogcode|tweestapscode|verificatiecode|code|vpn-token',
      'je|jouw|uw eigen|huidige ~ gebruikersnaam|inlognaam|wachtwoord|inloggegevens|inlogcode',
      // De inlog meegegeven met een apparaat: "doe je inlog er even bij op een briefje".
      'je|jouw|uw inlog|inloggegevens|wachtwoord|inlogcode ~ erbij|er_even_bij|er_ook_bij|op_een_briefje|op_een_papiertje|meegeven|meesturen',
      // Het wachtwoord gevraagd, het werkwoord achteraan: "kun jij me het wachtwoord voor niveau 2 sturen?".
      'me|mij|ons|hem ~ het|de|je|jouw|uw ~ wachtwoord|wachtwoorden|inloggegevens|inlogcode|servicecode|toegangscode ~ sturen|geven|doorgeven|appen|mailen',
      'gebruikersnaam|inlognaam|accountnaam en|plus wachtwoord|wachtwoorden',
      // De eigen codes van een machine, die ontsluiten wat de klant niet kocht: "het servicewachtwoord", "de licentiesleutel".
      'het|de|je|jouw|uw|jullie|zijn|hun|een servicewachtwoord|servicewachtwoorden|onderhoudswachtwoord|beheerderswachtwoord|rootwachtwoord|fabriekswachtwoord|servicecode|servicecodes|licentiesleutel|licentiesleutels|licentiecode|licentiecodes|ontgrendelcode|ontgrendelcodes|licentiebestand',
      // Een code voor een systeem van de lezer: "het wachtwoord voor het engineeringmenu".
      'wachtwoord|wachtwoorden|inloggegevens|inlogcode|toegangscode|pincode|servicecode|beheerderswachtwoord voor|van|tot ~ het|de|jullie|je|uw',
      'toegang ~ tot|op ~ de|het|jullie|je ~ map|*map|schijf|*schijf|repository|server|cluster|netwerk|portaal|wiki|database|kanaal|lab|cleanroom|fab|hal',
      'laat|laten|neem|nemen ~ me|mij|hem|haar|ze ~ binnen|mee_naar_binnen|rondlopen|rondkijken|door_de',
      'zonder registratie|aanmelding|inschrijving|begeleiding|bezoekerspas|badge|pas|te_registreren|aan_te_melden',
      'zonder_enige|zonder_de|zonder_een|zonder_formele ~ registratie|aanmelding|inschrijving|begeleiding|bezoekerspas|badge|pas',
      // Er weer op gezet: "wie kan mij er dan terug opzetten?", "zet mijn nieuwe adres als guest op jouw fork".
      'mij|me|hem|haar|ons ~ er ~ terug|weer ~ opzetten|op_zetten|bijzetten|toevoegen',
      'als ~ guest|gast|gastgebruiker|collaborator|lid|member ~ op|in|aan ~ jouw|je|de|jullie ~ fork|repo|repository|project|map|kanaal|groep',
      // Een toegang die een getal is: "de deurcode van de servicegang".
      'deurcode|deurcodes|alarmcode|alarmcodes|poortcode|poortcodes|codeslot|sleutelkluis|cijfercode|cijferslot',
      // Binnen op andermans pas: "hij komt met mij mee op mijn pas".
      'op ~ mijn|onze|jouw|jullie ~ pas|pasje|bezoekerspas|toegangspas',
      // Binnen met andermans badge: "kan hij met mijn badge meelopen".
      'met ~ mijn|onze|jouw|je|jullie ~ badge|pas|pasje|toegangspas ~ meelopen|mee_naar_binnen|naar_binnen|binnen',
      // De inlog van een gedeeld account: "de inlog van het algemene account van het bureau".
      'inlog|inloggegevens|wachtwoord|login ~ van|voor ~ het|de ~ algemene|gedeelde|gezamenlijke|team|bureau ~ account|accounts',
      // De tekenopstelling van de lezer gebruikt voor de build van een buitenstaander: "haal het vanavond zelf door de signeerbox en mail het getekende image terug".
      'het|dit|dat|de_image|het_image|de_binary|de_build|ons_image|onze_build ~ door|via|op|met ~ de|jullie|je ~ signeerbox|signeerserver|signingserver|signing_box|tekenserver|tekenstation|HSM',
      'getekende|gesigneerde ~ image|binary|build|firmware ~ rechtstreeks|direct|meteen ~ terug|naar_mij',
      // Tijd op de eigen apparatuur van de lezer: "een uurtje op een van jullie opstellingen".
      'uur|uurtje|uren|slot|run|middag|avond ~ op ~ een_van_jullie|jullie|je|de ~ opstellingen|opstelling|testopstelling|rigs|rig|tools|machines|scanner|testers|tester',
    ],
    needsRequest: true,
  },
  {
    id: 'NL_BETALING_BEURS_IN_RUIL',
    category: 'payment-offer',
    language: 'nl',
    weight: 20,
    description: 'Biedt een persoonlijke beurs, toelage of prijs aan, of betaling op vaste voorwaarden',
    examples: {
      hit: ['U ontvangt een persoonlijke beurs van 20.000 euro per jaar.', 'We werken op de gebruikelijke voorwaarden, net als vorige keer.'],
      miss: ['De universiteit ontving een subsidie van NWO.', 'De algemene voorwaarden staan op de website.', 'Een honorarium kunnen we helaas niet bieden.'],
    },
    unless: GEEN_VERGOEDING,
    patterns: [
      'persoonlijke|privé|individuele beurs|toelage|subsidie|prijs|vergoeding|onderzoeksbudget|fellowship',
      'beurs|toelage|subsidie|prijs|financiering|fellowship ~ in_ruil|op_voorwaarde|mits',
      'op|tegen de|onze gebruikelijke|vaste|afgesproken|bekende voorwaarden|afspraak|vergoeding|basis|tarief',
      'gebruikelijke|afgesproken|vaste ~ voorwaarden|afspraak|vergoeding|tarief',
      // Staande voorwaarden in een briefje: "Vergoeding zoals in december afgesproken", "Regeling als in het voorjaar".
      'vergoeding|regeling|bedrag|envelop als|zoals ~ afgesproken|vorige|eerder|altijd|voorjaar|najaar|zomer|winter|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
      'envelop|enveloppe ~ ligt|staat ~ klaar',
      // Staande voorwaarden in een kort briefje: "Zelfde afspraak natuurlijk."
      'zelfde|dezelfde afspraak|deal|regeling|voorwaarden|vergoeding|envelop|bedrag ~ natuurlijk|uiteraard|als_altijd|als_vorige_keer|als_eerder|als_afgesproken',
      'zelfde|dezelfde afspraak|deal|regeling|voorwaarden als|zoals de vorige|laatste keer',
      // Staande voorwaarden met een werkwoord: "dan regel ik het weer zoals de vorige keer".
      'regel|regelen|regelt ~ het|dat|alles|de_rest ~ zoals|net_als|op_dezelfde_manier_als ~ de_vorige_keer|vorige_keer|eerder|laatst|afgesproken|toen',
      // Het voorwerp vooraan: "de rest regel ik net als toen", "mijn kant regel ik zoals altijd".
      'het|dat|alles|de_rest|mijn_kant|mijn_deel ~ regel|doe|verzorg|regelen|doen ~ ik|wij|we ~ zoals|net_als|net_zoals|weer_zoals ~ toen|de_vorige_keer|vorige_keer|eerder|laatst|altijd|afgesproken',
      'betaalde keynote|lezing|spreekbeurt|reis|verblijf',
      'sprekersvergoeding|spreekvergoeding|keynotevergoeding|honorarium',
      // Geld of een gift naar de persoon, niet naar de instelling, of in persoon overhandigd.
      'naar|op ~ uw|je|jouw persoonlijke|privé|privérekening|eigen rekening|wallet',
      'tegenprestatie|als_tegenprestatie|wederdienst',
      'neem|breng|geef ~ de|een|je|uw envelop',
    ],
  },
  {
    id: 'NL_DUBBELE_AANSTELLING',
    category: 'unverifiable-organisation',
    language: 'nl',
    weight: 14,
    description: 'Biedt een programma, lab of aanstelling in het buitenland ernaast, terwijl de lezer de huidige baan houdt',
    examples: {
      hit: ['U behoudt uw huidige baan in Delft en werkt twee maanden per jaar bij ons.', 'Naast uw huidige functie biedt het programma een tweede aanstelling in Shanghai.'],
      miss: ['Zij heeft haar huidige baan opgezegd voor een start-up.', 'Het lab verhuist naar de tweede verdieping.'],
    },
    patterns: [
      'naast|met_behoud_van|terwijl_je|terwijl_u ~ je|jouw|uw huidige|bestaande|vaste baan|functie|aanstelling|betrekking|werk|positie',
      'behoud|behoudt|behouden|houd|houdt|houden ~ je|jouw|uw|hun|zijn|haar huidige|vaste|volledige|voltijdse|eigen baan|functie|aanstelling|betrekking',
      // Met het werkwoord achteraan: "die hun volledige aanstelling thuis behouden".
      'je|jouw|uw|hun|zijn|haar huidige|vaste|volledige|voltijdse|eigen baan|functie|aanstelling|betrekking ~ behouden|behoudt|houden|houdt|aanhouden',
      'tweede|gezamenlijk|gezamenlijke|parallel lab|laboratorium|aanstelling|affiliatie|werkplek ~ in|buitenland',
      'nominatie|genomineerd|voorgedragen|geselecteerd ~ voor ~ het|ons|een|de programma|talentprogramma|fellowship|prijs|aanstelling|leerstoel|hoogleraarschap',
      'talentprogramma|talentenprogramma|talentprogramma\'s|talentenplan',
      'privé|persoonlijk|zelfstandig|freelance adviseur|consultant ~ ernaast|naast|in_je_vrije_tijd|in_uw_vrije_tijd',
    ],
  },
  {
    id: 'NL_HANDELSVERTEGENWOORDIGER',
    category: 'diplomatic-sender',
    language: 'nl',
    weight: 18,
    description: 'Stelt zich voor als handels- of economisch vertegenwoordiger, afgevaardigde of gezant van een staat',
    examples: {
      hit: ['Ik ben de handelsvertegenwoordiger van mijn land voor de Benelux.', 'Als afgevaardigde van de regering wil ik uw directeur spreken.'],
      miss: ['Onze vertegenwoordiger belt u over de bestelling.', 'De handelsbeurs opent dinsdag in Utrecht.'],
    },
    claimsOfficialRole: true,
    patterns: [
      'handelsvertegenwoordiger|handelsvertegenwoordiging|handelsattaché|handelsafgevaardigde|economisch_vertegenwoordiger|wetenschapsattaché|technologieattaché',
      'vertegenwoordiger|afgevaardigde|gezant van ~ de|het|een regering|overheid|ministerie|staat|republiek|volksrepubliek|federatie|koninkrijk',
    ],
    fields: ['text', 'from'],
    negatable: false,
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
      'lukt het',
      'is|zijn ~ genoeg|voldoende|prima|volstaat',
      'al ~ gelukt|gevonden|kunnen_vinden',
      // Een wens voor het ding, en wat er zonder werkwoord bij gevraagd wordt: "de versie met de testresultaten zou het
      // mooist zijn", "Ook, indien mogelijk, de lijst van de andere onderzoekers".
      'zou|zouden|is|zijn ~ het|de mooist|best|beste|ideaal|handigst|handigste|fijnst ~ zijn',
      'indien|zo|waar mogelijk',
      'als het kan|mogelijk_is',
      // Dankbaar voor het ding zelf: "ik zou je heel dankbaar zijn voor de broncode".
      'dankbaar|erkentelijk voor|als',
      'ontvangt|ontvangen|krijgt|krijgen de|wij|we|onze|ik|mijn',
      'vragen|vraag ~ u|je|jou',
      // De vaste vraag van een derde: "de klant vraagt kandidaten op de shortlist om een portfolio te sturen".
      'vraagt|vragen|verzoekt|verzoeken ~ kandidaten|sollicitanten|experts|deelnemers|sprekers ~ om',
      'benieuwd|geïnteresseerd naar|in',
      'wil|wilt|willen ~ inzien|ontvangen|hebben|krijgen|inkijken|zien',
      // Wat een derde wil: "de eindklant wil het servicewachtwoord".
      'klant|eindklant|opdrachtgever|afnemer|koper|gebruiker|eindgebruiker wil|wilt|willen',
      'betalen|bieden|{amount} ~ voor',
      'alstublieft|alsjeblieft|svp|a.u.b.|aub',
      'verzoek|verzoeken ~ u|je',
      'het zou ~ helpen|fijn|mooi|waardevol|nuttig ~ als|zijn|om',
      // "Het zou me echt helpen om jullie notitie te zien."
      'het|dat zou|zouden ~ helpen',
      // De vraag als voorwaarde, het werkwoord achteraan: "als je me in contact kunt brengen, zou dat geweldig zijn".
      'als|indien je|jij|u me|mij|ons ~ kunt|kan|zou|zoudt|wilt|wil',
      'zou|zouden ~ dat|het ~ geweldig|top|super|fantastisch|heerlijk|ideaal|een_uitkomst ~ zijn',
      'ik|wij|we ben|zijn ~ benieuwd|geïnteresseerd|op_zoek',
      // Wat de afzender wil, gewoon gezegd: "wat ik zoek is simpel".
      'wat ik|wij|we|mijn_klant|de_klant zoek|zoeken|zoekt|wil|willen|wilt weten|is',
      'stuur|stuurt|deel|deelt|bezorg|breng|neem|geef|mail|mailt|zend|stuurt|laat ~ zien|mee|door|me|mij|ons',
      'mee ~ te ~ nemen|brengen',
      // Iets erbij gedaan: "doe je inlog er even bij", "als je de tabel erbij doet".
      'doe|doet|stop|stopt|leg|legt ~ erbij|er_even_bij|er_ook_bij|er_bij',
      'erbij|er_even_bij|er_ook_bij ~ doet|doen|stopt|stoppen|legt|leggen',
      'toegang ~ tot',
      'in ruil voor',
      'volgende stap',
      'willen|wil|wilt|mogen|mag|zou|zouden ~ u|je|jou vragen|verzoeken',
      'heb je|u',
      'zou|zouden dat|het ~ helpen',
      'laat|laten ~ weten',
      'heeft|hebt u|je',
      // De agenda van een betaald gesprek vraagt evenveel als een vraag: "Onderwerpen die we willen bespreken:".
      'onderwerpen|agenda|vragen|thema\'s|punten ~ die ~ we|wij|ik|klant ~ willen|graag|hopen ~ bespreken|behandelen|doornemen|doorlopen',
      'onderwerpen|vragen|agenda ~ zijn|omvatten|betreffen|zouden_zijn',
      // De agenda bij haar gelegenheid genoemd: "Onderwerpen voor het gesprek:".
      "onderwerpen|agenda|vragen|thema's|punten voor|van ~ het|de|ons|dit|jullie ~ gesprek|call|interview|sessie|overleg|consult",
      'op de agenda',
      'klein|kleine gunst|verzoekje|verzoek',
      'verwachten|vragen|verzoeken|verlangen wij|we',
      'cijfers|gegevens|resultaten van|voor ~ januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vorige_maand|deze_maand|het_kwartaal',
      // De volgende levering van een vaste: "Net als in maart graag weer even het lijstje", "net als in september".
      'net_als|zoals|net_zoals|hetzelfde_als|zelfde_als in ~ januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|Q1|Q2|Q3|Q4|het_voorjaar|de_zomer|het_najaar|de_winter|het_vorige_kwartaal',
      'cijfers|resultaten|gegevens|*cijfers Q1|Q2|Q3|Q4|H1|H2',
      'neem|neemt|breng|brengt ~ mee',
      // Wat de afzender nodig heeft: "Voor onze analyse hebben we nog iets meer nodig:".
      'hebben|heb|hebt|heeft ~ nodig',
      // Omgekeerd na een bijzin, met een langere aanloop: "om het klaar te zetten heb ik nog een paar dingen nodig:".
      'hebben|heb|hebt|heeft ~ ik|we|wij|jij|u ~ nodig',
      // Een derde die meer wil, als aanloop naar een lijst: "Onze fabrikant vraagt deze keer meer informatie:".
      'vraagt|vragen|verlangt|verlangen|eist|eisen ~ meer|aanvullende|extra ~ informatie|gegevens|details|documentatie',
      // Omgekeerd na een bijwoord: "daarvoor zou het heel fijn zijn als je me … stuurt".
      'zou|zouden ~ het|dat ~ fijn|handig|mooi|prettig|top|super|geweldig ~ zijn ~ als|om',
      // Als voorwaarde gevraagd, het werkwoord achteraan: "als jij de log van de service-engineer kunt doorsturen, dan …".
      'kunt|kan doorsturen|opsturen|mailen|meenemen|toesturen|sturen',
      // Als voorwaarde zonder 'kunnen': "als je de logbestanden op een stick meeneemt naar ons overleg, kunnen we …".
      'meeneemt|meebrengt|opstuurt|doorstuurt|toestuurt',
      // Als voorwaarde aan de afzender zelf: "als je me de aanvraag stuurt, kijk ik er eens naar".
      'als|wanneer ~ je|jij|u ~ me|mij|ons ~ stuurt|mailt|geeft|doet_toekomen',
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
  // With the accents of emphasis too: "géén", "níet".
  patterns: ['niet|geen|nooit|zonder|noch|geenszins|niets|niks|nergens|géén|níet|nóóit|onbetaald|onbezoldigd|kosteloos|vrijwillig'],
};

/**
 * Noemt spionage of inlichtingendiensten als onderwerp. De bewustwordingslezing leest het koppelteken van een
 * samenstelling als spatie (zie readsAsAwareness), dus de signalen staan er open ("dual use").
 */
export const DUTCH_AWARENESS_CORE: TermList = {
  id: 'NL_BEWUSTWORDING_KERN',
  language: 'nl',
  description: 'Noemt spionage of inlichtingendiensten als onderwerp van de mail',
  patterns: [
    'spionage|spion|spionnen|economische_spionage',
    // Benaderingen als soort, in het meervoud: waar een securityteam zijn medewerkers naar vraagt, niet de mail van één afzender.
    'ongevraagde|verdachte|ongebruikelijke|ongewenste benaderingen|contactpogingen',
    'inlichtingendienst|inlichtingendiensten|inlichtingenofficier|inlichtingenofficieren|statelijke_actoren|statelijke_actor',
    'veiligheidsdienst|veiligheidsdiensten|inlichtingen-_en_veiligheidsdienst',
    'buitenlandse ~ mogendheden|overheden|diensten|actoren',
    'bewustwording|bewustwordingscampagne|bewustwordingssessie|bewustwordingstraining|awareness|awarenesssessie|awarenesstraining|awarenesscampagne',
    'kennisveiligheid|Loket_Kennisveiligheid',
    // De regels van de werkgever voor de pers: "onze richtlijn voor contact met journalisten".
    'richtlijn|richtlijnen|beleid|regels|afspraken ~ voor|over|rond ~ contact_met|omgang_met|praten_met|spreken_met ~ journalisten|de_pers|pers|media',
    'hoe ~ we|wij|je ~ praten|spreken|omgaan ~ met ~ investeerders|journalisten|de_pers|pers|media',
    'hoe ~ we|wij|je ~ met ~ investeerders|journalisten|de_pers|pers|media ~ praten|spreken|omgaan|omgaat',
    'hoe ~ we|wij|je ~ met ~ klantmateriaal|klantgegevens|klantdata|klantonderdelen|retouren|monsters|samples ~ omgaan|omgaat',
    // De regels van de werkgever voor geschenken en gastvrijheid: "wat mag je aannemen van leveranciers?", "het cadeauregister".
    'gedragscode|integriteitscode|gedragsregels|cadeauregister|geschenkenregister|giftenregister|relatiegeschenkenregister',
    // De toetsing door de werkgever van wat medewerkers publiceren: "beoordeling van papers en presentaties vóór publicatie".
    'publicatiereview|publicatietoets|publicatietoetsing|publicatiecheck|publicatieprocedure|publicatiebeoordeling',
    'beoordeling|beoordeeld|toetsing|getoetst|goedkeuring|goedgekeurd|review|gereviewd ~ voor|vóór|voorafgaand_aan ~ publicatie|publiceren|presentatie|indiening|verzending',
    'wat ~ mag|mogen ~ je|jij|u|we|wij|medewerkers ~ aannemen|accepteren|aanvaarden ~ van ~ leveranciers|klanten|relaties|zakenpartners',
    // Een waarschuwing die laat zien hoe een benadering eruitziet: "een goed voorbeeld van hoe zo'n benadering eruitziet".
    "hoe ~ een|zo'n|zulke benadering|benaderingen ~ eruitziet|eruitzien|eruit_kan_zien|eruit_kunnen_zien",
    "voorbeeld|voorbeelden van ~ een|zo'n|zulke benadering|benaderingen",
    // Het bericht van een ander, als voorbeeld getoond, de afzender eruit: "(namen weggelaten)", "afzender verwijderd".
    'namen|naam|gegevens|afzender weggelaten|verwijderd|weggehaald|zwartgelakt',
    // Exportcontrole waarschuwt voor dezelfde benaderingen: zulke mededelingen beschrijven, ze vragen niets.
    'exportcontrole|exportcompliance|trade_compliance|dual_use|dual_useverordening|dual_usegoederen|dual_uselijst',
    'AIVD|MIVD|NCTV',
    'signalen herkennen',
    'rode vlaggen',
    // Berichten over een strafzaak beschrijven een benadering; ze doen er geen.
    'veroordeeld|veroordeelde|veroordeling|rechtbank|strafzaak|vonnis|aangeklaagd|officier_van_justitie|openbaar_ministerie',
    'hoger_beroep|gerechtshof|de_verdediging|de_raadsman|de_rechter',
    'rechtszaal|celstraf|gevangenisstraf|taakstraf|strafeis|verdachte|gearresteerd|rechtszaak',
    // De strafrechtelijke betekenis, niet een aangehouden order of een belastingaangifte: "aangehouden op verdenking".
    'aangehouden ~ op_verdenking|door_de_politie|door_de_marechaussee|door_de_FIOD|op_Schiphol|op_de_luchthaven',
    'op verdenking van',
    'aangifte gedaan|doen|deed|deden|ingediend|tegen',
    'aangifte bij ~ de ~ politie|marechaussee|FIOD',
    'voorwaardelijk|voorwaardelijke ~ veroordeeld|celstraf|gevangenisstraf|taakstraf|straf|opgelegd',
    'reisadvies|reisbeveiliging|kennisveiligheidsadvies|veiligheidsbriefing|debriefing|debrief',
    // Wat een reisadvies meegeeft: een leenlaptop, een reistelefoon.
    'leenlaptop|leenlaptops|reislaptop|reislaptops|reistelefoon|reistelefoons|leentelefoon|leentelefoons|wegwerptelefoon',
    'schone|lege laptop|telefoon',
    'Chinese|Russische|Iraanse|Noord_Koreaanse ~ diensten|geheime_diensten',
    'onderzoeksveiligheid|beveiligingsbulletin|securitybulletin|veiligheidsbulletin',
    'beveiligingsnieuwsbrief|securitynieuwsbrief|beveiligingsadvies|dreigingsadvies|dreigingsbeeld|beveiligingsmelding|securitymelding|awarenesstip',
    // Wie een benadering meldt, stuurt de woorden ervan door: "ik heb het gemeld bij Integriteit & Beveiliging".
    "ik|we|wij heb|hebben ~ het|dit|hem|ze|de_mail|het_bericht ~ gemeld|doorgestuurd|doorgezet ~ aan|bij|naar ~ beveiliging|security|integriteit|compliance|de_securityofficer|de_beveiligingsfunctionaris|het_meldpunt|kennisveiligheid",
    'moet|zal ik|we ~ dit|het|hem ~ melden|doorsturen',
    'bedankt|dank voor ~ het melden|het_doorsturen|je_melding',
    // De instructie van een awarenesstip: "stuur het bericht door naar security@…".
    'stuur|stuurt ~ het|de|dit|zo’n|zulke ~ bericht|berichten|mail|mails|e_mail ~ door ~ naar|aan ~ security|beveiliging|kennisveiligheid|integriteit|het_meldpunt|de_securityofficer|de_beveiligingsfunctionaris',
    // Wie een verdachte mail doorstuurt, zegt dat hij de afzender niet kent of niet weet wat hij ermee moet.
    'ken|kennen ~ deze|die ~ man|persoon|afzender|meneer|mevrouw|mensen|organisatie ~ niet',
    'wat ~ moet|moeten ~ ik|we ~ hiermee|ermee',
    'hoor|horen ~ wel|graag ~ wat ~ ik|we ~ ermee|hiermee ~ moet|moeten',
  ],
};

export const DUTCH_AWARENESS_SUPPORT: TermList = {
  id: 'NL_BEWUSTWORDING_STEUN',
  language: 'nl',
  description: 'Beschrijft benaderingen als waarschuwing en vraagt ze te melden',
  patterns: [
    'wees|blijf alert|waakzaam|voorzichtig|op_uw_hoede',
    'herken|herkennen|herkent ~ benadering|benaderingen|signalen|pogingen|patroon|patronen',
    'meld|melden|meldt ~ dit|het|deze|zulke|verdachte ~ bij|aan',
    'beveiligingsfunctionaris|integriteitsfunctionaris|security_officer|securityofficer|beveiligingsafdeling|securityteam|corporate_security|integrale_beveiliging',
    // Waar een securityteam meldingen wil hebben, en het voorbeeld dat een collega aandroeg.
    'meld|melden|meldt ~ via|met|op ~ het|de|ons ~ formulier|intranet|meldpunt|portaal|meldformulier',
    "voorbeeld|voorbeelden ~ dat|die ~ een|onze ~ collega|collega's ~ ons ~ liet|lieten|stuurde|stuurden|doorstuurde",
    'bijvoorbeeld|zoals',
    'kunnen|kan|proberen|probeert ~ aanbieden|vragen|uitnodigen|bieden',
    'signalen',
    'wees|blijf|ben ~ alert|waakzaam|voorzichtig|op_je_hoede|op_uw_hoede',
    'als|wanneer ~ iemand ~ je|u ~ vraagt|aanbiedt|uitnodigt|benadert',
    'waarschuwt|waarschuwen|waarschuwde|waarschuwing|waarschuwingen',
    'nepprofiel|nepprofielen|nepaccount|nepaccounts|valse_profielen',
    'doen|doet ~ zich ~ voor als',
    'zich ~ voordeed|voordeden|voordoet|voordoen als',
    // Een nieuwsbericht vertelt wat het slachtoffer deed: "de ingenieur meldde de benadering bij de beveiligingsafdeling".
    'meldde|meldden ~ de|het|deze|die ~ benadering|contact|bericht|poging ~ bij|aan',
    // Alleen als verzoek van de waarschuwing: "laat het ons weten als je zo'n bericht krijgt", niet "laat me weten wanneer het past".
    'laat|laten ~ het|mij|me|ons ~ weten als|wanneer|zodra ~ je|u|jij|iemand|collega\'s ~ ontvangt|krijgt|ziet|opmerkt|tegenkomt|benaderd',
    'niet ~ gereageerd|geantwoord|beantwoord',
    'vreemde|rare|verdachte|ongebruikelijke mail|e_mail|uitnodiging|vraag|vragen|verzoek|verzoeken|benadering|bericht|contact|contacten',
    'ga|gaat|ga_je ~ niet ~ in ~ op',
    // Wat een bulletin zijn lezers laat doen en waar het uit put: meldingen, advies, de berichten bewaren.
    'gemeld|melding|meldingen|meldpunt',
    'meld|melden|meldt ~ ze|hem|dat|die|alles|het_bij_ons|ons',
    'bij twijfel',
    'twijfel|twijfelt ~ je|u',
    'vraag|vragen ~ advies|om_advies',
    'bewaar|bewaren ~ de|het|deze|zulke|alle ~ berichten|mails|bericht|mail',
    'herkenbare|typische|bekende|terugkerende zinnen|formuleringen|signalen|voorbeelden|patronen',
    'geanonimiseerd|geanonimiseerde ~ voorbeeld|voorbeelden|casus|casussen|zaak|bericht|berichten|mail|mailtje|benadering|versie',
    // Hoe een afzender de benadering noemt die hij doorgeeft: "een schoolvoorbeeld".
    'schoolvoorbeeld|schoolvoorbeelden|typisch_voorbeeld|klassiek_voorbeeld|sprekend_voorbeeld',
    'verwijder|verwijderen ~ het|ze|hem|de_mail|het_bericht ~ niet',
    'geef|geef_je|geeft ~ geen ~ antwoord',
    'vraagt|biedt|benadert ~ een|iemand ~ onbekende|onbekend|vreemde',
    'echt|echte|legitiem|legitieme ~ of|en|versus ~ nep|vals|valse|verdacht|verdachte',
    // De instructies van een bulletin, als infinitief: "Niet antwoorden.", "Mail niet verwijderen, wel doorsturen naar security@".
    'niet|nooit ~ antwoorden|reageren|beantwoorden|overstappen|ingaan|klikken|verwijderen',
    'doorsturen|doorgestuurd|stuurde|stuurden ~ naar|aan|door_naar ~ security|beveiliging|integriteit|kennisveiligheid|het_meldpunt|compliance|ons',
    // Wat een bulletin zijn lezers geruststelt: liever een melding te veel.
    'vals|loos alarm',
    // De twijfel van wie het bericht doorgeeft: "lijkt niet pluis?", "dat WeChat-stukje gaf me een raar gevoel".
    'niet pluis',
    'gaf|geeft|bezorgde|bezorgt ~ me|mij ~ een ~ raar|vreemd|ongemakkelijk|onbehaaglijk ~ gevoel',
  ],
};
