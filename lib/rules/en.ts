import type { Rule, TermList } from './types';

/** A gift declared under the reader's own rules is no offer: "according to your company gift policy, we have informed purchasing and declared the value". */
const DECLARED_GIFT: readonly string[] = [
  'according_to|per|under|in_line_with|following ~ your|the|our ~ gift|gifts|hospitality policy|policies|rules|register',
  'declared|registered|reported ~ the|its|their value|gift|gifts',
];

/** A prohibition on passing such material on is the opposite of a request for it (compliance terms, NDAs). */
const PROHIBITIONS: readonly string[] = [
  'must|may|should|shall|will|do|does|are|am|is not|never ~ disclose|share|reveal|divulge|pass_on|disclosing|sharing|revealing|divulging|passing_on ~ confidential|proprietary|non-public|nonpublic|internal|classified|sensitive|secret',
  // The compliance term of art: a call's terms and trainings name it to keep it out ("material non-public information").
  'material non-public|nonpublic information|info',
  'MNPI',
  // The rules that set the limit, named as such: "our interviews follow the usual rules on confidential information of
  // previous employers".
  'rules|policy|policies|guidelines|obligations ~ on|about|regarding|concerning|for ~ confidential|proprietary|non-public|nonpublic|internal ~ information|material|data',
  'confidential|proprietary|non-public|nonpublic ~ information|material|data ~ of|from ~ previous|former|past|other|earlier ~ employer|employers',
  // Terms that rule the sharing out: "our terms forbid sharing confidential information of your employer".
  'forbid|forbids|forbidden|prohibit|prohibits|prohibited|bar|bars|barred|exclude|excludes|excluded|no ~ sharing|disclosing|disclosure_of|revealing|passing_on|discussing|discussion_of ~ confidential|proprietary|non-public|nonpublic|internal|classified|sensitive|secret',
  // The call's own check on its questions: "if any question seems to ask for non-public information, tell us".
  'if|should|where ~ question|questions|topic|topics ~ ask|asks|touch|touches|stray|strays|go|goes|veer|veers ~ for|on|into|towards ~ non-public|nonpublic|confidential|proprietary|internal',
  // Terms put to every expert: "we ask all experts not to share any confidential information".
  'not_to|never_to disclose|share|reveal|divulge|pass_on|discuss ~ confidential|proprietary|non-public|nonpublic|classified|secret',
  // Material the sender refuses to see: "we explicitly do not want to see any drawings". Only with the emphasis: a bare
  // "we don't need to see anything confidential, just the yield" is the approach's own reassurance.
  "explicitly|specifically|definitely|expressly do_not|don't|never ~ want|wish ~ to ~ see|receive",
  // Nothing of the employer's, as a recruiter asks: "please do not send us anything belonging to your current employer".
  'anything|nothing ~ belonging_to|that_belongs_to ~ your ~ current|present|former ~ employer|company',
  // A rule as a list: "What you should never do: send test data or settings to a private address".
  'what ~ you|we ~ should|must|may never|not',
  // A recruiter's limit: "they don't want to hear anything about your current employer's products or test results".
  "anything|nothing ~ about|of|from ~ your ~ current|present|former ~ employer|employer's|company|company's",
  // Material the reader must not bring: "Please do not bring or refer to any design files".
  "do_not|don't|never|must_not|may_not bring|attach|show|include|refer_to ~ design|internal|confidential|proprietary|employer's|company ~ files|documents|data|drawings|schematics|material|information",
  // The reader's duties to the employer, named as the limit: "respect your confidentiality obligations".
  'respect|honour|honor|observe|mind|within ~ your|any|all ~ confidentiality|non-disclosure|NDA obligations|duties|agreements|commitments',
  "mustn't|shouldn't|cannot|can't|don't|never ~ disclose|share|reveal|divulge|pass_on ~ confidential|proprietary|non-public|nonpublic|internal|classified|sensitive|secret",
  // Compliance terms: the reader may decline, or shares only what is public.
  'may|can|are_free_to ~ always|freely|of_course ~ decline|refuse|skip|pass_on',
  // The expert's duty to turn such questions away: "decline any question that touches non-public information".
  // What the sender says is public already: "photos of the set-up that you also have on your website".
  'that|which ~ already|also ~ on|in ~ your|the ~ website|site|LinkedIn|YouTube|press_release',
  // A published record, asked about by its deposit or citation: "is the Zenodo record for the paper still the latest version?".
  'Zenodo|figshare|Dryad|arXiv|bioRxiv|DOI|DOIs|erratum|corrigendum|supplementary_material|supplementary_information',
  // What the sender arranges with the reader's press office is not asked of the reader: "I'll clear photos with your comms team".
  "I'll|I_will|I_would|I_can|we'll|we_will|we_would|we_can ~ clear|coordinate|arrange|agree ~ with ~ your|the ~ press|communications|comms|PR",
  'decline|refuse|avoid|skip|sidestep|turn_down ~ question|questions|topic|topics|request|requests|anything ~ non-public|nonpublic|confidential|proprietary|internal|classified|sensitive',
  'only|solely|strictly public|published|publicly_available information|knowledge|sources|material',
  'nothing|no confidential|proprietary ~ from|of ~ your employer|your_company',
  // What the call is limited to, and what it rules out: "questions about your roadmap are not permitted".
  'limited|restricted|confined to ~ public|published|publicly_available|open',
  'is|are|will_be not|never permitted|allowed|in_scope|on_the_agenda|part_of_the_call',
  "will|would|should|must|can not|never be ~ assessed|accepted|considered|reviewed|needed|required|wanted|discussed|requested|permitted|allowed|welcome",
  "won't|cannot|can't|shouldn't|mustn't be ~ assessed|accepted|considered|reviewed|needed|required|wanted|discussed|requested|permitted|allowed|welcome",
  'off-limits|off_limits|out_of_scope|out_of_bounds',
  // What the reader is told to keep out: "leave internal figures out", "internal results stay at home".
  'leave|keep ~ internal|confidential|proprietary|non-public|nonpublic|unpublished|sensitive|secret ~ out|aside|at_home|behind',
  'internal|confidential|proprietary|non-public|nonpublic|unpublished|sensitive|secret ~ stay|stays|remain|remains ~ at_home|behind|outside|out_of_it',
  'avoid|exclude|excluding|omit|refrain_from|steer_clear_of ~ internal|confidential|proprietary|non-public|nonpublic|unpublished|sensitive|secret',
];

/** English signal rules. Weights are points on the 0–100 score; see lib/rules/combinations.ts for the levels. */
export const ENGLISH_RULES: readonly Rule[] = [
  // diplomatic-sender
  {
    id: 'EN_DIPLOMATIC_MISSION',
    category: 'diplomatic-sender',
    language: 'en',
    weight: 18,
    description: 'Writes on behalf of an embassy, consulate or trade mission',
    examples: {
      hit: ["I look forward to hearing from you.\n\nKind regards,\nWang Lei\nEmbassy of the People's Republic of China in the Netherlands", 'Thank you for your time.\n\nBest wishes,\nOleg Petrov\nTrade Representation of the Russian Federation'],
      miss: ['Our team visited the embassy last week for a visa appointment.', 'The consulate will be closed on Monday for a national holiday.'],
    },
    // In the body only the signature says who writes; elsewhere an embassy is often just a topic.
    zones: ['signature'],
    patterns: [
      'embassy|consulate|consulate-general|consulate_general',
      'trade|economic|commercial representation|mission|office of',
      'permanent mission',
      'ministry of foreign affairs',
      'foreign ministry',
    ],
    fields: ['text', 'from', 'subject'],
    negatable: false,
  },
  {
    id: 'EN_DIPLOMATIC_SELF',
    category: 'diplomatic-sender',
    language: 'en',
    weight: 18,
    description: 'Presents itself as writing from an embassy, consulate or trade mission',
    examples: {
      hit: ['I work at the embassy in The Hague and look after science cooperation.', 'I am writing on behalf of our embassy to invite you to a seminar.'],
      miss: ['The embassy of Japan published a report on chip subsidies.', 'Did you get your passport back from the consulate?'],
    },
    patterns: [
      'our|my embassy|consulate|consulate-general|mission|ministry|trade_office|trade_representation|trade_mission',
      'on behalf of ~ the|our embassy|consulate|mission|ministry',
      'I|we ~ work|am|are|serve|represent ~ at|for|in|with the|our embassy|consulate|mission',
      'here at the embassy|consulate|mission',
      // The mission itself invites: "the trade mission invites you to a seminar".
      'embassy|consulate|trade_mission|trade_office|trade_representation ~ invites|would_like_to_invite|is_pleased_to_invite|cordially_invites ~ you',
    ],
    negatable: false,
  },
  {
    id: 'EN_DIPLOMATIC_TITLE',
    category: 'diplomatic-sender',
    language: 'en',
    weight: 18,
    description: 'Uses a diplomatic title (attaché, secretary or counsellor of a mission)',
    examples: {
      hit: ['My name is Sergei Volkov, second secretary for science and technology.', 'As the science counsellor I follow your work on photonics with interest.'],
      miss: ['Our department secretary will send the room booking tomorrow.', 'She was elected secretary of the student chess club.'],
    },
    claimsOfficialRole: true,
    patterns: [
      'attaché|attache|attachée',
      'first|second|third secretary',
      'minister-counsellor|minister-counselor',
      'counsellor|counselor for|of ~ science|technology|trade|economic|commercial|affairs',
      'science|technology|trade|economic|commercial counsellor|counselor',
      "chargé_d'affaires|charge_d'affaires",
      'deputy head of mission',
      'consul|consul-general|vice-consul',
      'ambassador',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },

  {
    id: 'EN_OFFICIAL_ROLE',
    category: 'identity-mismatch',
    language: 'en',
    weight: 0,
    description: 'Claims to act for a government body',
    examples: {
      hit: ['I represent a government agency that supports research on quantum sensing.', 'I write on behalf of the ministry that funds our exchange programme.'],
      miss: ['The government announced new rules for export licences.', 'We work for a company that builds greenhouse sensors.'],
    },
    claimsOfficialRole: true,
    patterns: [
      'I|we represent|work_for|act_for|speak_for ~ a|an|the|our government|state|ministry|agency|embassy',
      'on behalf of ~ a|an|the|our government|state|ministry',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },

  {
    id: 'EN_ORGANISATION_DEPARTMENT',
    category: 'identity-mismatch',
    language: 'en',
    weight: 0,
    description: "Signs as a company's own security, compliance, IT or HR team: from a free-mail address, that is a pretext",
    examples: {
      hit: ['Thanks for your cooperation.\n\nKind regards,\nSecurity & Compliance Team\nReticlon Systems', 'Please reply by Friday.\n\nBest regards,\nIT Service Desk'],
      miss: ['Our security team reviewed the new badge readers last week.', 'HR will publish the vacancy on Monday.'],
    },
    claimsOfficialRole: true,
    // Who writes shows in the signature and the sender's name; in the body these teams are mostly a topic.
    zones: ['signature'],
    patterns: [
      'security|compliance|IT|ICT|HR|helpdesk|servicedesk|service_desk|help_desk|payroll team|department|office|desk|operations',
      'IT|ICT service_desk|servicedesk|helpdesk|help_desk|support',
      'security ~ compliance',
      'team|department ~ security|compliance|IT|ICT|HR|helpdesk|servicedesk',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },

  // sensitive-request
  {
    id: 'EN_REQUEST_NONPUBLIC',
    category: 'sensitive-request',
    language: 'en',
    weight: 26,
    description: 'Asks for information that is not public: internal, unpublished or proprietary material',
    examples: {
      hit: ['Could you send me the unpublished measurements from your last overlay run?', 'Would you share the internal roadmap for the next scanner generation?', 'Can you send me the polish settings you used on the oxide layer last year?'],
      miss: ['The measurements were published in Nature last month.', 'Please do not share any confidential documents with us.'],
    },
    // A recruiter's vacancy that is not public yet is the job, not the reader's material.
    unless: [
      ...PROHIBITIONS,
      'announced|advertised|posted|published|public ~ the|this|that role|vacancy|position|opening|job|search',
      'role|vacancy|position|opening|job|search ~ is|has|hasn\'t|isn\'t|not|yet ~ announced|advertised|posted|published|public',
      // The search's own secret, not the reader's: "the incumbent has not yet announced her departure".
      'incumbent|current_holder|chair|chairman|chairwoman|director|predecessor ~ has|hasn\'t|has_not|not|yet ~ announced|disclosed|made_public',
      'announced|announce|disclosed ~ her|his|their ~ departure|retirement|leaving|exit|resignation|succession',
      // Whether the reader saw the news: "did you read that story about the engineer who leaked trade secrets?" Not "I
      // read your article; could you send the data behind it?", which asks.
      'did|have|had you ~ read|see|seen|hear|heard ~ story|news|case|trial|headlines',
    ],
    patterns: [
      // Internal working material: "internal templates or checklists", "the internal assessment criteria".
      'internal templates|template|checklists|checklist|criteria|procedures|procedure|guidelines|forms|work_instructions|manuals|playbook|playbooks',
      // What only staff read: "the internal staff bulletin", "the training module on your intranet".
      'internal newsletter|newsletters|bulletin|bulletins|staff_bulletin|memo|memos|announcements',
      'on|from|in your intranet|SharePoint|wiki',
      'on|from|in the intranet',
      // What the reader kept out of a talk's recording: "the slide you said shouldn't end up in the recording".
      "shouldn't|should_not|mustn't|must_not|wasn't_to|was_not_to|couldn't|could_not ~ end_up|go|be|appear ~ in|on|into ~ the ~ recording|video|livestream|stream|proceedings|minutes|shared_slides|published_slides",
      'not|wasn\'t|isn\'t for ~ the ~ recording|video|livestream|proceedings|minutes',
      'asked|told ~ us|everyone|people|the_audience|the_room ~ not_to ~ film|record|photograph|share|post|tweet',
      // A draft made for the funder or customer: "the interim report for the ministry".
      'interim|draft ~ report|reports|version|deliverable ~ for|to ~ the ~ ministry|funder|agency|customer|client|sponsor',
      // What the reader's own committee really weighs: "which criteria your screening committee really weighs".
      'which|what ~ criteria|factors|considerations ~ your|the ~ committee|board|team|office|school|department ~ really|actually|in_practice ~ weighs|weigh|uses|use|applies|apply|looks_at|look_at',
      'how ~ your|yours|you ~ actually|really ~ handle|handles|deal_with|deals_with|screen|screens|assess|assesses|decide|decides|vet|vets',
      'never|not ~ appears|appear|is|are|found|written ~ in ~ the|your|our published|public|official guidelines|guidance|policy|policies|rules|procedures',
      'internal|unpublished|unreleased|unannounced|non-public|nonpublic|proprietary|confidential|restricted|classified ~ sheets|schedule|schedules|bugs|errata|diagrams|documents|document|data|details|information|specs|specifications|drawings|reports|report|results|roadmap|process|presentations|presentation|deck|material|materials|measurements|designs|design|figures|numbers|notes|note|memo|memos|assessment|assessments|analysis|analyses|evaluation|evaluations|calculations|files|file|work|research|findings|experiments|prototypes|summary|summaries|sheets|settings|list|lists|forecast|forecasts|estimates|budget|budgets',
      // What a listed company makes public only later: "the draft analyst presentation", "the preliminary Q4 results".
      'draft|preliminary|unaudited ~ results|earnings|figures|accounts|financial_statements|trading_update|annual_report|quarterly_report|analyst_presentation|investor_presentation|results_presentation|earnings_presentation',
      'not [yet] [been] published|public|released|disclosed|announced',
      'have|has not|never [yet] [been] published|released|disclosed|announced|made_public',
      'not published|released|public yet',
      "aren't|isn't|hasn't|haven't|wasn't|weren't [yet] [been] published|public|released|disclosed|announced|documented",
      'not ~ described|documented|written_down|published ~ anywhere',
      'nowhere ~ described|documented|published|written_down',
      "didn't|did_not|never|not make|made it into ~ the|a|any|our|your paper|papers|publication|publications|article|talk|slides|thesis",
      'left|kept ~ out of ~ the|a|any|our|your paper|papers|publication|publications|article|thesis',
      'seeing|see|getting|get|measuring|measure|dealing_with|running ~ internally|in-house',
      // What the reader runs or reaches today, beside what was written: "what you actually run today", "how far off the
      // paper numbers are you".
      'what ~ you|your_team|your_fab|your_line|your_lab ~ actually|really ~ run|use|do ~ today|now|in_production|at_the_moment|these_days',
      'how_far_off|how_far_from|how_close_to ~ the|your ~ paper|published|datasheet ~ numbers|figures|values|results|specs',
      "you're|you_are ~ getting|seeing|measuring|reaching|achieving ~ now|today|currently|at_the_moment|these_days",
      'settings|parameters|recipe|recipes|profile|profiles|numbers|figures|values|conditions ~ your|you ~ really|actually use|uses|run|runs|used|achieve|achieves|see|get',
      // What someone's team really reached: "what overlay and focus performance his team actually reached".
      'performance|figures|numbers|values|results|accuracy|yield|yields ~ his|her|their|the|your ~ team|group|lab|line ~ actually|really ~ reached|achieved|got|hit|measured|saw',
      // What the reader set on their own tool: "the polish settings you used on the oxide layer".
      'settings|parameters|recipe|recipes|conditions|values you|your_team used|ran|set|tuned|chose|settled_on',
      // What the reader's work runs on: "the preload and stiffness tables you work with".
      'tables|table|settings|parameters|values|curves|coefficients|limits you|your_team work_with|rely_on|design_to|use_daily',
      'press kit|release|releases ~ skips|skip|leaves_out|leave_out|omits|omit',
      // What a tool really does, beside what the datasheet says: "what the tool is actually doing on the floor".
      'what|how ~ the|your|that|this|each ~ tool|tools|machine|machines|system|systems|line|fab|process ~ is|are ~ actually|really ~ doing|achieving|running|delivering|yielding|reaching',
      // The reader's own line or lab, copied: "help us build a line comparable to the one you operate".
      'comparable|similar|identical|equivalent|equal ~ to ~ the_one|the_ones|yours ~ you|your_team operate|run|built|manage|have|use',
      'replicate|copy|clone|recreate|rebuild|reproduce ~ your|the ~ line|lab|laboratory|facility|setup|set-up|fab|cleanroom',
      'not ~ in ~ the|your|our published|public|official papers|paper|publications|brochure|brochures|datasheet|datasheets|specifications|literature|documentation|website|portal|portals|report|reports|annual_report|filings|register|database|dashboard',
      'not ~ in_your|in_the|in_our|in_any papers|paper|publications|publication|brochure|brochures|datasheet|datasheets|catalogue|catalog|literature',
      'beyond ~ the|what_is|what_you_have public|published',
      'not the brochure|public|published|official|marketing|textbook|datasheet|data_sheet|catalogue|catalog figures|numbers|data|specs|version|answer|values',
      'we ~ understand|know|realise|realize|appreciate ~ these|this|they|it|that ~ are|is ~ confidential|sensitive|proprietary|internal',
      // What was shown only behind closed doors: "the slides he showed in the closed session", "not in the public part".
      'closed|closed-door|non-public|members-only session|sessions|part|portion|briefing|meeting',
      'not ~ in|part_of ~ the public part|session|sessions|portion|programme|program|section',
      'behind closed doors',
      // The full version instead of the public one, known to be bound by a contract: "the full version, not the
      // downsampled public one", "I understand it is under the partner agreement".
      'not ~ the ~ public|published|released|open|downsampled|reduced|cleaned one|version|set|dataset|release|edition',
      'I|we ~ understand|know|realise|realize ~ it|this|that|they ~ is|are|falls|fall ~ under|covered_by ~ the|a|an|your ~ partner|partnership|data-sharing|consortium|project|non-disclosure|confidentiality agreement|NDA|contract',
      // The internal version, set against what goes out: "not the version that goes to sales", "not what ships".
      'not ~ the ~ version|one|copy|sheet|deck ~ that|which ~ goes|go|ships|is_sent|is_shown|customers|sales',
      'not what ~ ships|shipped|goes_out|is_released|customers_get|customers_see|sales_gets|we_publish',
      'the|our|your customer|customers|client|clients|auditor|auditors|sales|public never|didn\'t|did_not ~ saw|see|got|get',
      'engineering|internal|debug|development|dev|unreleased build|builds|version|image|branch',
      'before ~ it|they|this is|are|gets|get published|public|released',
      'pre-publication|prepublication data|results|version|copy',
      'before ~ publication|submission|published|publishing',
      'raw data|measurements|datasets|dataset|results|files|CSVs|CSV|traces|plots',
      // What a third party entrusted to the reader: "the drawing your customer gave you".
      "your|the customer|customer's|client|client's|principal|partner gave|shared|entrusted|handed|provided|supplied you|to_you|with_you",
      'under embargo',
      'trade secrets',
      // The official route gives only the public side: "from your investor relations I only get the annual report".
      'from|via ~ your|the ~ investor_relations|IR|press_office|website ~ I|we ~ only|just ~ get|got|see|find',
      // What the company is about to file, and the legal analyses made for it: "the list of open disclosures", "your freedom-to-operate analysis".
      'open|pending|unfiled|upcoming|planned|internal disclosures|invention_disclosures|invention_reports|patent_filings',
      'freedom-to-operate|FTO ~ analysis|analyses|report|reports|study|opinion|search',
      'invalidity|infringement|clearance analysis|analyses|opinion|opinions|report',
      // An audit's own findings: "the findings section from this year's report"; what makes a screening stop: "which field triggers the hold".
      'audit|internal_audit|audit_report|audit_reports ~ findings|observations|ratings|open_items',
      'findings section|table|list|summary|register',
      'which|what ~ field|fields|criterion|criteria|rule|rules|keyword|keywords|threshold|thresholds ~ triggers|trigger|triggered|stops|stop|flags|flag|blocks|block|makes_it_stop|holds',
      // What the reader's side marked internal: "your colleague wrote 'not for external' on it".
      'wrote|marked|stamped|labelled|labeled|says|said ~ not_for_external|internal_use_only|internal_only|not_for_distribution|not_for_external_use',
      // What was cut from the published piece: "including the parts you trimmed", "cut for the lawyers", "the uncut transcript".
      'parts|bits|passages|sections|quotes ~ you|they|we|legal|comms ~ trimmed|cut|left_out|removed|edited_out|took_out|dropped',
      'uncut|unedited|raw transcript|transcripts|interview|recording|footage',
      'cut|trimmed|edited|shortened ~ for ~ the ~ lawyers|legal|comms|communications|press_office',
      // What a reviewer holds in confidence: "the proposals that landed on your desk", "the panel's score overview".
      'proposals|applications|submissions|manuscripts ~ landed_on_your_desk|you_are_reviewing|you_review|you_have_to_review|on_your_desk|in_your_pile',
      'score|scores|scoring|ranking ~ overview|sheet|table ~ of ~ the ~ panel|committee',
      "panel|committee|panel's|committee's|reviewers' score|scores|ranking|rankings|score_overview|scoresheet|scoresheets",
      // Closed until it appears, and taken before it goes into the paper: "restricted until publication", "before they go into his draft".
      'restricted|closed|embargoed|locked|kept_closed ~ until ~ publication|it_is_published|it_appears|the_journal_publishes|release',
      'before ~ they|it|these|this ~ go|goes|get|gets ~ into|in ~ draft|paper|report|publication|deck|slides|manuscript',
      'as|how ~ you|your_team|your_people ~ use|apply|run|handle|follow ~ it|them|that|this ~ internally|in_house|in-house',
      'not ~ the ~ version|rules|text|one|house_rules|page|general_page|information ~ on|from ~ the|your ~ website|site|web_page',
      // What the reader's team arrived at: "the threshold you guys ended up with".
      'numbers|values|threshold|thresholds|settings|parameters|constants ~ you|your_team|your_group ~ ended_up_with|landed_on|arrived_at',
      // Everything, not the cut-down part that was used: "not only the subset we cut out for my thesis".
      'not_only|not_just ~ the ~ subset|part|selection|sample|excerpt|bits ~ we|you|I ~ cut|used|published|released|shared|picked',
      // What the reader showed privately, what a panel really fills in, and which areas get the extra look; a ranking held by the office: "those plots you pulled up on your laptop", "the form your panel actually fills in".
      'you ~ pulled_up|showed_me|showed|had_up|brought_up ~ on ~ your ~ laptop|screen|phone|tablet',
      'form|forms|template|checklist|sheet|scoresheet ~ your|the ~ panel|committee|team|reviewers ~ actually|really ~ fill|fills|use|uses|fill_in|fills_in',
      'list ~ of ~ research_areas|fields|countries|topics|disciplines ~ that|which ~ get|gets|receive ~ the_extra|extra|a_closer|closer',
      'ranking|order|ranked_list|shortlist ~ for|of ~ the ~ scholarships|grants|candidates|applicants|applications',
      // Someone else's data underneath: "I realise that's the partner's data underneath".
      "partner's|customer's|client's|sponsor's ~ data|recordings|dataset|images|scans ~ underneath|behind_it|inside_it|in_it|under_it",
    ],
    needsRequest: true,
  },
  {
    id: 'EN_REQUEST_TECHNICAL_ASSET',
    category: 'sensitive-request',
    language: 'en',
    weight: 24,
    description: 'Asks for design files, process parameters, source code, model weights or similar technical assets',
    examples: {
      hit: ['Could you send me the source code for the alignment module?', 'Please share the process parameters you use for the deposition step.'],
      miss: ['Our team published the source code on GitHub last year.', 'The model weights are already public on our website.'],
    },
    unless: [
      ...PROHIBITIONS,
      // Photos of a day out, not of the lab's work: "the photos of the lab outing to the beach".
      'photo|photos|picture|pictures|pics ~ of ~ the|our ~ lab|team|group|department ~ outing|party|drinks|barbecue|BBQ|trip|excursion|dinner|day_out|weekend',
    ],
    patterns: [
      // What was changed on machines, value by value: "the overlay calibration changes … the old and new values".
      'calibration|overlay|recipe|parameter|parameters ~ changes|change_log|changelog|change_history|change_trail',
      // A foundry's licensed design kit: "export the thickness table and the rule deck".
      'rule_deck|DRC_deck|LVS_deck|layer_stack|thickness_table|design_rule_manual|process_design_kit',
      // A fab's power supply: "the single-line diagram of your MV grid", "which loads sit on UPS".
      'single-line|single_line|one-line|one_line diagram|diagrams|drawing|schematic',
      'which|what ~ loads|consumers|tools|systems|machines ~ are|sit|run ~ on ~ UPS|no-break|backup_power|emergency_power',
      // A model trained on the reader's data: "the fine-tuned checkpoint, the one trained on your field recordings".
      "checkpoint|checkpoints|weights|model ~ trained|fine-tuned ~ on ~ your|the_company's|internal",
      'fine-tuned|finetuned checkpoint|checkpoints|weights|model',
      'roadmap|roadmaps',
      'design|CAD|layout|mask files|data|drawings',
      'mask|chip|die|circuit|IC layouts|layout|sets|set',
      'config|configuration files|file',
      // Security material of the reader's own systems: "the key rotation schedule", "the firewall rules".
      'key|keying|encryption|crypto|cryptographic rotation|management schedule|schedules|plan|plans|scheme|procedure',
      'encryption|cryptographic|crypto|signing|root|private|development|dev|debug key|keys|key_material',
      'firewall|VPN|router rules|ruleset|rulesets|configuration|configurations|config|configs',
      'network topology|topologies|diagram|diagrams',
      'run sheets|sheet|cards|travelers|travellers',
      'test summary|summaries|reports|report',
      'yield figures|numbers|rates|maps',
      'test|qualification|reliability|cycling matrix|matrices|deck|decks',
      'defect|yield|failure|reject Pareto|Paretos',
      // What quality control measures: "final inspection figures", "the tolerance table".
      'inspection|QC|reject|scrap figures|numbers|data|results|reports|rates',
      'tolerance table|tables|budget|budgets|stack-up|stack-ups|chain|chains',
      'bring-up|bringup log|logs|notes|report',
      // The heat-treatment recipe and what goes into the mix: "the cure schedule", "the reflow profile", "the additive numbers".
      'cure|curing|anneal|annealing|bake|firing|sintering|sinter|reflow|heat-treatment|tempering schedule|schedules|cycle|cycles|profile|profiles|sheet|sheets|ramp|ramps',
      'additive|additives|hardener|filler|resin|mix|formulation numbers|ratios|ratio|percentages|loadings|quantities|fractions',
      'checkpoint|checkpoints ~ of ~ the|your ~ model|classifier|network',
      'model checkpoint|checkpoints',
      // A trained model at its state: "the latest checkpoint, plus the config".
      'your|trained ~ checkpoint',
      'checkpoint ~ plus|with|and|including ~ the|its ~ config|configuration|weights|training_config|held-out|holdout|hold-out|eval_set|evaluation_set|test_set',
      'slot|capacity|wafer allocation|allocations ~ per|by|for ~ customer|customers|account|accounts',
      'Q1|Q2|Q3|Q4|H1|H2|quarterly|monthly|weekly numbers|figures|results|data|sales|volumes|bookings|forecast|forecasts|overview|overviews|report|reports|summary|summaries',
      'Q1|Q2|Q3|Q4|H1|H2|quarterly|monthly|weekly ~ error|defect|failure|yield|test|cost|margin|escalation|field ~ sheet|sheets|list|lists|report|reports|numbers|figures|data|log|logs',
      'edge-case|corner-case|failure-case|defect|failure|escalation list|lists|log|logs|catalogue|catalog',
      // What a test suite catches and a model gets wrong: "the failure cases from the regression runs".
      'failure|failing|error|edge|corner cases|examples',
      'regression|nightly test|tests|runs|results|failures|logs|reports',
      // What a vision or speech model learns from: "labelled training tiles", "annotated clips", "labelled data".
      'labelled|labeled|annotated|training [training|ground-truth|validation] images|samples|tiles|clips|frames|scans|patches|recordings|utterances',
      'labelled|labeled|annotated data|dataset|datasets|examples|set|sets',
      // The data a model learnt from, named by that: "the set your model was trained on".
      'set|sets|data|dataset|datasets|images|examples ~ your|the|our ~ model|models|network|classifier ~ was|is|were|are trained|fitted|built on',
      'GDS|GDSII|netlist|netlists|schematics|blueprints',
      // The drawing of the whole, not of one part: "the full chamber assembly drawing".
      'assembly|general-arrangement|chamber|module|system|machine|installation drawing|drawings',
      // A drawing of the reader's own recent work: "one drawing of a recent guide design".
      'drawing|drawings|CAD_file|CAD_files|CAD_model|CAD_models ~ of ~ a|the|your|one ~ recent|current|latest|new|production ~ design|designs|part|parts|assembly|assemblies',
      'process parameters|conditions|settings|window|recipes|recipe|flow|data|specifications|steps|sequence',
      'process design kit|kits',
      'PDK|PDKs',
      'calibration procedure|procedures|routine|routines|data|tables|file|files|constants|coefficients',
      // The employer's service kit, taken along to someone else's machine: "your service laptop with the calibration software on it".
      'service|diagnostic|field_service laptop|laptops|software|tools|toolkit|dongle|dongles',
      'calibration|diagnostic|alignment software|tool|tools',
      // A design's latest state: "the new revision of the drawings".
      'revision|revisions|version ~ of ~ the|your ~ drawings|drawing|design|layout|schematics|schematic',
      'reference|calibration|golden wafer|wafers|standards|samples',
      // The rejects themselves and what was wrong with them: "the rejected mirror-block housings", "a reject report for each one".
      'rejected|reject|rejects|scrapped|discarded ~ housings|housing|parts|wafers|samples|units|modules|dies|pellicles|optics|mirrors|cells|lenses',
      'reject|rejection|non-conformance|NCR|8D|failure_analysis report|reports',
      // A piece of the material itself: "a few mm2 of those wafer offcuts".
      'piece|pieces|bit|bits|fragment|fragments|offcut|offcuts|shard|shards|broken_pieces ~ of ~ the|those|your|a|that ~ wafer|wafers|samples|stack|stacks|films|layers',
      // A chip's or tool's tuned tables: "the new clock tables", "the power-and-clock settings table".
      'clock|timing|trim|register|power-and-clock|lookup ~ tables|table',
      'reactor|tool|chamber|furnace|deposition|etch|exposure|machine settings|recipes|parameters',
      'firmware|source repository|repositories|code|architecture',
      'latest|newest|current|next|unreleased build|builds|firmware|source|sources|release|revision|binaries',
      'yield|scrap|process|line|fab|test|production|resist ~ figures|numbers|data|results|rates|sheets',
      'overlay|CD|linewidth|defect|defectivity|uniformity|alignment|metrology|focus|dose|etch-rate|etch_rate numbers|figures|data|results|maps|values|budgets',
      // The thing itself, not people in it: "photos of students in the lab" is a portrait.
      'photo|photos|picture|pictures|snapshot|screenshot|screenshots ~ of the|your|a|some_of_your|one_of_your ~ planning|schedule|board|whiteboard|set-up|setup|tool|machine|lab|cleanroom|drawings|slides|screen|roadmap|bench|wiring|layout|report|reports|dashboard|results|data|numbers|figures',
      'on|onto|to a|the|your stick|usb|usb_stick|thumb_drive|memory_stick|flash_drive|external_drive',
      'RTL|HDL|Verilog|VHDL',
      'test benches|testbenches|benches',
      'acceptance|qualification test data|reports|results',
      'tape-out|tapeout|install|installation|ramp schedule|date|dates|plan|plans',
      // A machine's own records: "the tool log exports from lines 2 and 3".
      'tool|machine|equipment|chamber|controller|alarm|event|service log|logs|logfiles',
      // The logs of a named set-up, and a controller's raw export: "the log files of your climate chamber", "the raw export of the controller".
      'logs|log_files|logfiles|logging ~ of|from ~ the|your ~ climate_chamber|test_chamber|chamber|controller|test_bench|bench|oven|prober|tool|machine',
      'raw ~ export|exports|dump|output ~ of|from ~ the|your ~ controller|PLC|chamber|machine|tool|system',
      // A period's output of the reader's runs: "the logger export for this week's runs".
      "export|exports|logs|log|dump|data|files ~ for|of|from ~ this|last|next ~ week's|month's|quarter's ~ runs|run|batches|lots|tests|shifts",
      'logger|data_logger|datalogger|tool|machine|chamber|bench export|exports|dump|dumps',
      // How the reader's own system is set up, in pictures: "a few screenshots of how you have GateWise set up".
      'screenshots|screenshot|screen_grabs|screen_shots|screens ~ of ~ how ~ you|your|the ~ have|set|configured|set_up|defined',
      'how ~ the ~ zones|escort_levels|access_levels|roles|permissions|alarms|interlocks ~ are ~ defined|set_up|configured',
      // Who did what in a system, the record an attacker reads before he acts: "the audit trail of the last 90 days".
      'audit_trail|audit_trails|audit_log|audit_logs|access_log|access_logs|login_history|sign-in_logs',
      'recipes|recipe',
      'source code',
      'model weights',
      'trained weights',
      'checkpoints',
      'training|test|validation|yield|calibration|characterisation|characterization data|dataset|datasets|set|sets',
      // What the reader's latest work measured: "the XRD and Hall measurements from the last three runs".
      'measurements|data|results|numbers|figures|curves|spectra|scans|readings ~ of|from ~ the|your ~ last|latest|recent|newest|current ~ runs|run|rounds|round|batches|batch|lots|lot|wafers|samples|series|campaign|cycles|cycle|trials|trial',
      // How a line performs, in any of the forms a fab sums it up: "the wafer-level yield summary", "defect paretos".
      'yield|scrap|defect|defectivity|binning|bin ~ summary|summaries|overview|overviews|figures|numbers|report|reports|map|maps|trend|trends|pareto|paretos',
      'customer list|lists',
      // What other users of a shared facility or partners of a project left with the reader: "the other users' recipes".
      "other|external ~ users|users'|customers|customers'|clients|clients'|partners|partners'|companies|companies'|groups|groups' ~ data|datasets|dataset|recipes|results|files|folders|images|samples|measurements|sessions",
      // How the installed base holds up, per module or per site: "the MTBF export per module for the Korean sites".
      'MTBF|MTTR|MTBI|MTTF|uptime|availability|field-failure|failure-rate ~ export|exports|data|figures|numbers|report|reports|overview|per_module|per_site|per_tool|per_customer|by_module|by_site|by_customer',
      // What an IP department holds before it is public: disclosures, filing plans, draft claims, FTO views.
      'invention|inventions disclosure|disclosures|records|forms',
      'disclosure list|lists|log|logs|register|overview',
      'patent|filing|filings plan|plans|strategy|pipeline|schedule',
      'draft|pending|unfiled|unpublished claims|claim_set|claim_sets|patent_application|patent_applications|applications|filings',
      'freedom-to-operate|FTO opinion|opinions|analysis|analyses|view|views|assessment|assessments',
      'technical specifications|specs|documentation|drawings',
      'specifications',
      'architecture details|documents|diagrams',
      // An export of how something is set up: "an export of the current configuration", "an export from your video management system", "the user roles".
      'export|dump|copy ~ of|from ~ your|the ~ current|live|whole|complete ~ configuration|config|setup|settings',
      'export|dump|extract ~ from|of ~ your|the ~ *system|database|CMDB|ERP|SAP|CRM|VMS|tool|*tool|*register',
      'user_roles|roles_and_permissions|permission_matrix|access_matrix|authorisation_matrix|authorization_matrix|recording_settings|camera_list|camera_positions',
      // What the service engineers wrote down: "the service engineer's log, or the note he wrote with it".
      'log|logs|notes|note|write-up|report ~ of|from|by ~ the|your ~ service_engineer|field_engineer|service_engineers|field_engineers|technician|service_technician',
      "service_engineer's|field_engineer's|technician's ~ log|logs|notes|note|write-up|report",
      // A site's control settings: "the setpoints and alarm bands off the BMS", "a week of trend export".
      'setpoints|set_points|set-points|alarm_bands|alarm_limits|alarm_settings|interlock_settings|trend_data|trend_export|trend_exports|trend_logs|screenshots ~ off|from|out_of|of|on ~ the|your ~ bms|scada|plc|plcs|dcs|building_management_system|building_management|control_system|fms|hmi|graphics_pages|hmi_screens',
      'setpoints|set_points|set-points|alarm_bands|alarm_limits|interlock_settings ~ for|of|in ~ bay|the_bay|the_fab|the_cleanroom|the_scanner|the_scanners|the_sub-fab|the_enclosures|the_tools|your_fab|your_cleanroom',
      'week|month|days ~ of trend|trends|trend_data|trend_export|trend_logs',
      // A unit of the hardware itself: "the spare engineering model of the payload board"; data pulled from a system's back end.
      'engineering_model|engineering_models|qualification_model|qualification_models|flight_spare|flight_spares|spare_board|spare_boards|EM_board|EM_boards|test_board|test_boards',
      'link|access|export|copy|dump ~ from ~ the|your ~ backend|back_end|back-end|admin_panel|admin_side|database_directly',
      // A network's own make-up: its firewall rule base, IP ranges, the VPN gateway's firmware, where logins are checked.
      'firewall ~ policy|policies|rules|rule_base|rulebase|config|configuration|object_groups',
      'rule_base|rulebase|rule_set|rule_sets|config_dump|running_config|running_configs|object_groups',
      'IP_ranges|IP_range|external_IPs|public_IP_ranges|public_IPs|subnets|address_ranges',
      'VPN_gateway|VPN_concentrator|firewall|firewalls ~ firmware|version|versions|model|make',
      'which|what ~ server|servers|directory|RADIUS|LDAP ~ VPN_logins|logins|authentication',
      // Figures per customer, a set-up's dimensions, a network's layout, other users' recipes, a system's export by name.
      'rejects|returns|complaints|failures|yield|yields ~ per|by ~ customer',
      'dimensions|measurements ~ of ~ the ~ chamber|vacuum_chamber|cryostat|set-up|setup|holder|frame|stage|module|housing',
      'network_segments|VLANs|VLAN_layout|jump_host|firewall_exceptions|network_diagram|network_drawing',
      'recipes|process_recipes|settings ~ of|from ~ the|other ~ companies|customers|users',
      'docket|CRM|ERP|booking|badge|access|payroll|ticket export|exports|dump|extract',
      // Complete units of the new series, already tuned: "two complete boards of the new series, tested and tuned".
      'complete|fully_assembled|tuned|tested ~ boards|cards|modules|units ~ from|of ~ the ~ new|latest|current ~ series|generation|batch|revision',
      // The measurements of the newest run, and an interface control document: "the g2 measurements and the loss data of the new wafer run", "the new ICD".
      'measurements|data|results|logs|numbers|loss_data|sheets|files|plots|curves ~ of|from|for ~ the ~ new|latest|next ~ run|batch|lot|wafer_run|build',
      'ICD|ICDs|interface_control_document|interface_control_documents',
      // A tool's logs exported, and the acceptance spec before sign-off: "the export of the inspection logs", "the stage drift logs", "the new acceptance spec once it's signed off".
      'export|exports|dump ~ of ~ the ~ inspection|alarm|tool|machine|drift|stage ~ logs|log',
      'inspection|alarm|drift|stage|interlock logs',
      'acceptance spec|specification|specs|test_spec|criteria ~ once|before|when ~ signed_off|it_is_signed_off|released|approved|it’s_signed_off',
      // A chip's burnt-in security and the ways round it: "the updated OTP/fuse sheet", "units where the debug port is open", "whether secure boot can be relaxed on site", "the key hierarchy".
      'OTP|eFuse|efuse|fuse|fuses|anti-rollback map|maps|sheet|sheets|settings|layout|layouts|values|table|tables',
      'debug_port|debug_ports|JTAG|JTAG_port|debug_interface ~ open|unlocked|enabled|left_open',
      'bypass|bypassing|disable|disabling|relax|relaxing|turn_off|switch_off|get_around|circumvent ~ secure_boot|signature_check|signature_checks|signature_verification|code_signing|the_signing_check',
      'secure_boot|signature_check|signature_checks|signature_verification ~ be|is|gets|can_be ~ disabled|bypassed|turned_off|switched_off|relaxed|skipped',
      'key hierarchy|hierarchies|ladder|ladders',
      'keys|key|certificates|certs ~ are|get|is ~ rotated|revoked|renewed|rolled',
      // The data a model is scored on, kept apart from its training: "the held-out eval set".
      'held-out|holdout|hold-out|eval|evaluation set|sets|split|splits|data|dataset|datasets',
      // The slide with the plan on it, pointed at: "the slide you described, the one with the timeline for the new set".
      'slide|slides|page|sheet|chart|one ~ with|showing ~ the ~ timeline|timelines|roadmap|milestones|launch_dates|release_dates|ramp_plan|priorities|amounts|budgets|allocation|allocations',
      // Unreleased silicon and what was measured on it: "ten pieces of the Gen4 engineering die", "the characterisation summary for that lot", "the return overview for the quarter".
      'engineering_die|engineering_dies|engineering_silicon|unreleased_die|unreleased_dies|unreleased_parts|unreleased_samples|pre-release_samples|pre-production_samples',
      'characterisation|characterization|qualification|reliability summary|summaries|overview ~ for|of ~ that|this|the ~ lot|batch|wafer|run|die|part',
      'return|returns|RMA|RMAs|complaint|complaints|warranty|field_return|field_returns overview|overviews|figures|numbers|report|reports|list|lists|export|rates',
      // The new planning, brought along: "could you bring the new planning for Veldhoven on Thursday?".
      'bring|bring_along|take_along ~ the ~ new|newest|latest|updated|current ~ planning|plannings|production_plan|delivery_plan|roadmap|forecast',
      // How the reader's machines are loaded, per machine or customer: "the loading per tester for April"; what a test campaign measured, and a stray-light budget: "the measured values from your test campaign", "the ghost budget".
      'utilisation|utilization|occupancy|loading|load_plan|allocation ~ per|by ~ tester|testers|machine|machines|tool|tools|line|customer|customers',
      'measured|raw|absolute ~ values|data|results|numbers|curves ~ from|of ~ your|the ~ test_campaign|measurement_campaign|campaign|qualification|qualification_tests',
      'ghost|stray-light|straylight|stray_light|scatter budget|budgets|analysis|model|table',
      // A control loop's own traces and models: "the raw encoder and servo error traces", "the disturbance model they use on that rig".
      'encoder|servo|servo_error|position_error|tracking_error|raw ~ traces|trace|trace_data',
      'disturbance|plant|servo|thermal|noise|feedforward model|models',
      // A tool's error logs and trend files exported: "error-log exports and beam current trend files".
      'error-log|errorlog|error_log|fault_log|event_log exports|export|files|dumps',
      'trend_files|trend_file|trend_exports|trend_export',
      // The maker's service documentation and what ships next: "the current service manual and a draft of the notes for the next version".
      'service|maintenance|repair|field_service manual|manuals|handbook|handbooks|documentation|procedures',
      'draft|drafts|unreleased|upcoming|pre-release ~ of ~ the ~ release_notes|notes|changelog',
      'release_notes|notes|changelog ~ for|of ~ the ~ next|upcoming|coming|new ~ version|release|software_release|update',
    ],
    needsRequest: true,
  },

  // payment-offer
  {
    id: 'EN_PAYMENT_OFFER',
    category: 'payment-offer',
    language: 'en',
    weight: 22,
    description: 'Offers money in return for help',
    examples: {
      hit: ['We are prepared to compensate you generously for your time.', 'The centre pays consultants properly, we can do 2,000 euros per package.', 'Thursday, same place. Envelope as usual.'],
      miss: ['The conference registration is paid by your department.', "Travel costs are reimbursed according to the university's regulations."],
    },
    unless: [
      // A third party paying the group, a policy that has gifts declined, and pay set by an institution's rules: "the bride's dad is paying us on the night, in cash", "gift cards must be declined or registered", "according to our university's regulations for invited lecturers".
      'is|are|will_be ~ paying|pay ~ us',
      'must|should|have_to ~ be ~ declined|refused|registered|reported|returned',
      "according_to|under|per|following ~ our|the|their ~ university's|university|institute's|institute|faculty's|company's|standard ~ regulations|rules|policy|policies|guidelines",
      // Paid from the group's pot, not by the sender: "happy to pay you for them out of the pot".
      'out_of|from ~ the ~ pot|kitty|coffee_fund|collection|whip-round',
      'according to|under|per|following|within|in_line_with|in_accordance_with ~ rules|regulations|policy|policies|scheme|guidelines|tariffs|rates|regulation',
      // Pay in a job offer: a salary's bonus is not money for information.
      'salary|salaries|base_pay|base_salary|pension|benefits_package|employment_package|compensation_package|total_compensation|stock_options|RSUs|equity',
      // A bonus stated as a target share of pay: "bonus target 20%".
      'bonus target|targets',
      'target bonus|bonuses',
      // The sender's own bonus: "I got my bonus last month, so dinner is on me".
      'I|we|he|she got|received|had|earned ~ bonus',
      // A present the reader buys for someone else: "could you buy the gift card?".
      'buy|get|order|pick_up|sort_out|arrange ~ the|a|that ~ gift_card|voucher|present|gift',
      // What the reader pays the sender: "your share is 60 euros, transfer it or give it to me in cash".
      'give|hand|pay|transfer|wire ~ it|that|them|the_money|your_share ~ to ~ me|us',
      // The reader paying someone else: "you can transfer it to Ans or put cash in the envelope in her letterbox".
      'you can|could transfer|pay|wire it|your_share|your_contribution|the_money to',
      // The reader's own cash into a collection: "you can put cash in the envelope in my top drawer".
      'you can|could|may ~ put|drop|leave ~ cash|money|it|something ~ in ~ the|an ~ envelope|box|jar|tin|pot',
      // Asked whether the reader was paid, as a tax adviser or an auditor asks: "did you receive a fee for it?".
      'did|have|had|do ~ you ~ receive|received|get|got|been_paid ~ a|an|any ~ fee|fees|honorarium|payment|stipend|remuneration',
      // Paying back what the reader lays out: "I'll pay you back half".
      'pay|paying|repay ~ you ~ back',
      // What others paid, as the news tells it: "they invited people to dinners and sometimes paid cash for data".
      'they|he|she|who ~ paid|offered|gave ~ sometimes|often|even|also ~ cash|money',
      // Colleagues collecting for a present.
      'chip_in|contribute|contributions|collection|whip-round',
      // A present for someone else's household: "or a dinner voucher for Gerard and his wife".
      'voucher|vouchers|gift_card|gift_cards|giftcard ~ for ~ wife|husband|partner|family|couple|parents|grandparents|kids',
      'everyone|everybody|we_all|all_of_us ~ puts|put|pitches|pitch ~ in|something',
      // A unit price in a quotation is the price of goods: "200 pcs at EUR 38.20 per piece".
      'pcs',
      'quotation|price_list|unit_price|unit_prices',
      // What the reader pays, not what the reader is paid: "registration fee EUR 450".
      'registration|conference|course|tuition|membership|entrance|admission|participation|attendance|ticket|booth|late|mission|delegation|trip|excursion|workshop|seminar|summit|programme|program fee|fees',
    ],
    // Colleagues chipping in for a present, in the sentence before or after: "We're collecting for a gift. Cash in the
    // envelope in my top drawer."
    unlessNearby: [
      // Money the readers give, not get: "if you'd like to chip in"; cash the reader pays on arrival.
      'chip_in|chipping_in|whip-round|whip_round|Tikkie',
      // The shared pot's state: "EUR 245 via the link and EUR 85 cash in the envelope".
      'the_pot|the_kitty|pot_status|state_of_the_pot',
      // The reader paying their own fee in cash: "you can also pay in cash at the club evening".
      'you can|may|could ~ also ~ pay ~ in|by ~ cash',
      'contribution|contributions ~ :|is|of|per_person|euro|EUR|whatever_you_like',
      'cash ~ on_arrival|at_check-in|upon_arrival|at_the_door|on_collection|at_pickup|on_delivery',
      'on_arrival|at_check-in|upon_arrival|at_the_door|on_collection|at_pickup ~ in|by ~ cash',
      "take|takes|accept|accepts|doesn't_take|don't_take|does_not_take ~ cards|card|card_payments|debit_cards|credit_cards",
      'card_machine|card_terminal|card_reader|card_payments',
      'collecting|collection|whip-round|chipping_in|chip_in ~ for ~ a|the|his|her ~ gift|present|voucher|card|flowers',
      ...DECLARED_GIFT,
    ],
    patterns: [
      'we|I|client|they will|would|can|could|shall|are_happy_to|are_prepared_to|am_happy_to|am_prepared_to pay|compensate|reward|remunerate you',
      'pay|compensate|reward|remunerate you ~ for',
      'you will|would be ~ paid|compensated|rewarded|remunerated',
      'honorarium|honoraria|stipend|retainer|retainers',
      'first|next|second|monthly|agreed payment|instalment|installment|transfer ~ is|was|has ~ on_its_way|sent|been_sent|transferred|made',
      'consulting|consultancy|consultation|advisory|speaking|referral|finder\'s|introduction|signing fee|fees|bonus',
      'fee|fees|bonus|stipend|honorarium|payment|reward ~ of|is|to|will_be|would_be {amount}',
      // The terse offer of a notification or a one-liner: "Fee USD 5,000, paid on delivery."
      'fee|fees|honorarium|stipend|remuneration|compensation {amount}',
      'client|we|I|they|institute|company|fund|sponsor|partner ~ pay|pays|paying|offer|offers|offering|propose|proposes|transfer|transfers {amount}',
      'prepared|willing|ready|happy|able|glad to pay|offer|compensate|reward',
      'payment|money|fee|transfer|transfers ~ goes|go|can_go|will_go|is_sent ~ to ~ a|any|an|your|the_same|same wallet|account',
      'wallet of your choice',
      'envelope ~ thank|thanks|time|trouble|gift|token|in_order|as_agreed|as_promised|as_discussed|arrived',
      'paid assignment|consultation|call|survey|interview|engagement|report|review|study|paper|papers',
      'your fee|payment|honorarium|reward ~ has|have|will been|be ~ transferred|paid|sent',
      'payment can ~ go|be_made|be_sent to ~ any|an|your account',
      'transfer|payment|money|cash|envelope ~ goes|go|will_go|is_sent|will_be_sent|leaves ~ out|the_day|once|when|as_soon_as',
      'sort you out|properly',
      // A payment that waits for the delivery: "the usual transfer will follow once I have it".
      'tranche|grant|funding|payment|stipend|instalment|installment|transfer|money|usual ~ released|paid|transferred|follows|follow ~ once|when|after|as_soon_as',
      // Part of it now, the rest on delivery: "I'll transfer half now, the rest once I have the files".
      "I|we|I'll|we'll ~ transfer|pay|wire|send ~ half|part|a_part|the_first_half|an_advance ~ now|today|upfront|in_advance|right_away",
      'talk|agree ~ about|on an|the amount|sum|price',
      'for each|every ~ introduction|report|batch|paper|meeting|document ~ a|we ~ fee|bonus|payment',
      '{amount} ~ for ~ the|your time|help|insights|efforts|report|assistance|trouble|contribution|input|views|expertise|hour|call|session|interview|paper|article|it',
      '{amount} ~ per|each hour|day|report|call|month|paper|page|article|session|interview|introduction|package|document|file|drawing|delivery|batch|item|folder|essay|contribution|piece',
      'pay|pays|paying|paid|reward|rewards|compensate|compensates ~ properly|well|generously|handsomely|nicely',
      'we|I|they|client|he|she can|could|will do|offer|give {amount}',
      'envelope|cash|payment|money|fee|transfer|thank-you|thank_you|thanks|token_of_thanks|little_extra ~ as|like ~ usual|always|before|last_time|agreed|discussed',
      'usual|same arrangement|terms|rate|fee|deal|amount|envelope|thank-you|thank_you|token_of_thanks|little_extra',
      'second|other|remaining half|tranche|instalment ~ as_agreed|on_receipt|once_received|when_received|upon_receipt',
      // The rest of a standing payment: "the other part is already sent the usual way".
      'other|second|remaining part|half|share|tranche|instalment ~ sent|transferred|paid|wired|went|goes ~ the_usual_way|as_usual|as_before|like_before|the_same_way|as_last_time',
      // Standing terms in a note: "Terms unchanged from September", "I'll bring the same as in April", "I settle Friday".
      'terms|rate|fee|arrangement|deal ~ unchanged|as_before|as_last_time|like_last_time',
      "I'll|I_will|will bring|pay|settle ~ the_same|same ~ as|like ~ in|last|before|always",
      "I'll|I_will|we'll|we_will settle|square ~ it|up|things|this|you ~ the_same_way|same_way|as_before|like_before|as_last_time|like_last_time|as_usual|the_usual_way",
      // The standing payment as the sender's side of the deal: "I'll sort out the usual on my side".
      'the usual on|from my|our side|end',
      // The same, said of the payment: "settled the usual way at the end of the month".
      'settled|squared the_usual_way|like_before|as_before|as_last_time|like_last_time|the_same_way',
      // The standing payment as a thing that turns up: "the usual will be there Friday".
      'the usual is|will_be there|ready|waiting|arranged|sorted|in_place|on_its_way|taken_care_of',
      'I|I_will|I\'ll|will settle ~ Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday|tomorrow|next_week|as_before|as_usual|the_usual_way',
      'wallet|account ~ has|hasn\'t|has_not|is|remains ~ changed|unchanged|the_same|still_the_same',
      'bit|little|something extra ~ for ~ the|your trouble|effort|risk|time',
      // Something handed over for the effort: "happy to give you something for your trouble, say 200 euros".
      'give|pay|offer|send ~ you ~ something|a_little_something|a_little|a_small_fee ~ for ~ your|the trouble|effort|time|help',
      // A present for the person in return, beyond a token: "a nice thank-you gift for you and the team".
      'nice|proper|generous|personal thank-you|thank_you_gift|present|gift ~ for ~ you',
      'bring|have|hand|give ~ you ~ the|an|your envelope',
      'rest|remainder|balance|second_half ~ of ~ what ~ we ~ agreed|discussed|promised',
      'help|support|assist|back ~ you ~ financially',
      'financial support|help|assistance|backing ~ for you|with_your',
      'generous|attractive|substantial|handsome fee|compensation|payment|remuneration|honorarium|reward',
      'compensation for your time|help|insights|efforts|trouble|expertise',
      'token|sign of our|my appreciation|gratitude',
      'make it worth your while',
      'something|anything in it for you',
      "you're|you_are|you'll_be|you_will_be ~ looked_after|taken_care_of|well_rewarded|well_compensated",
      // The same as the sender's own promise: "I will take care of you when you visit".
      "I'll|I_will|I_shall take [good] care of you",
      "I'll|I_will|I_shall look after you",
      'compensate|pay|reward|remunerate sources|experts|contributors|participants|people ~ for',
      'your part|share|cut ~ is|are|will_be ready|waiting',
      'consulting|consultancy contract|contracts',
      "I've|we've|have|has ~ a|some budget ~ for|available",
      'budget|funds|money|fee|payment ~ available|reserved|set_aside|ready ~ for you',
      'bring|hand|give|pay_you|paid_to_you|send_you ~ in cash',
      'cash payment|payments',
      'in cash',
      'cash ~ as|like ~ before|last_time|usual|agreed|always|discussed',
      'fee|payment|money|envelope|reward|cash ~ is|are|will_be ready|waiting',
      "envelope's|envelope|cash|money ready|waiting|prepared ~ like|as ~ before|usual|always|last_time|agreed",
      'have|got yours|your_share|your_part|your_cut|your_envelope ~ ready|waiting|here',
      '{amount}|payment|money|fee|transfer ~ went|was_sent|was_transferred|has_been_sent|has_been_transferred ~ to ~ the|your|same account|wallet',
      'envelope for you',
      'envelope with|containing|of|full_of ~ cash|money|euros|dollars|notes',
      // A note's shorthand: "Envelope ready."
      'envelope|cash ready|waiting|prepared',
      'cash|money in ~ an|the envelope',
      'pay|paid|payment|payments|transfer|transferred|send ~ in|via|with|by|as crypto|cryptocurrency|bitcoin|BTC|USDT|tether|ethereum|stablecoin',
      'crypto|bitcoin|BTC|USDT|ethereum wallet|address',
      'gift|book|shopping|store|dinner|travel card|cards|voucher|vouchers',
      // The rest of a standing payment brought along: "I'll have the rest for you with me".
      "I'll|I_will ~ have|bring ~ the ~ rest|remainder|other_half ~ for ~ you ~ with_me|along",
      // The reader's own time paid for, or the effort rewarded: "we will compensate your evening", "happy to recognise your effort properly".
      'compensate|reward|remunerate ~ your ~ evening|evenings|weekend|weekends|time|hours|effort|efforts|trouble',
      'recognise|recognize|acknowledge|reward ~ your ~ effort|efforts|help|trouble|time ~ properly|generously|appropriately|accordingly|handsomely',
      // The standing way of paying: "usual wallet".
      'usual|same wallet|crypto_wallet',
    ],
  },

  // secrecy
  {
    id: 'EN_SECRECY',
    category: 'secrecy',
    language: 'en',
    weight: 20,
    description: 'Asks to keep the contact hidden from the employer or colleagues',
    examples: {
      hit: [
        'Please keep this between us for now.',
        'There is no need to tell your employer about our conversation.',
        'Whatever you share stays with me, of course.',
      ],
      miss: [
        "Please keep this quiet, it is a surprise for Anna's farewell.",
        'I will tell my manager about the new schedule.',
        "We are throwing Dad a surprise party for his seventieth. Please keep it between us!",
      ],
    },
    patterns: [
      // Out of the systems that record it: "then it stays out of the ticket systems".
      'stays|stay|keeps|keep ~ out_of ~ the ~ ticket_system|ticket_systems|ticketing_system|records|books|logbook',
      // The procedure that records it skipped: "maybe we don't need to start this whole procedure again", "without a new request".
      "don't|do_not|no ~ need ~ to ~ start|go_through|do|redo ~ this|the|that ~ whole ~ procedure|process|form|approval",
      'without ~ a ~ new|fresh|formal|second ~ request|application|form|ticket|approval',
      // The source kept untraceable: "nobody here will know where it came from".
      "nobody|no_one|no-one ~ will|would|'ll ~ know|find_out|see ~ where ~ it|this|that|they ~ came_from|comes_from|come_from",
      // The reader's name kept off it, and talk instead of writing: "I won't put your name to any of it".
      "won't|wouldn't|will_not|would_not|never ~ put|attach|print ~ your|his|her|the_company's name",
      'easier|better|simpler|safer ~ to ~ talk|call|phone|speak ~ than ~ to ~ write|put ~ it|this ~ down|in_writing',
      // The route that records it called overkill: "running this through the foundry or your legal people seems overkill".
      'through|via ~ the|your ~ foundry|legal|legal_people|lawyers|legal_team|procurement|purchasing|compliance|export_control ~ seems|is|would_be|feels ~ overkill|unnecessary|excessive',
      "rather ~ it|this|that ~ didn't|did_not|doesn't|does_not|wouldn't ~ sit|end_up|go ~ in|into|through ~ a|the|any ~ ticket|queue|ticket_queue|system",
      // Background nobody will trace: "I wouldn't quote him by name", "your name won't appear anywhere".
      "won't|wouldn't|will_not|would_not|never ~ quote|name|mention|cite ~ you|him|her|them ~ by_name",
      "your|his|her name ~ won't|will_not|doesn't|does_not|wouldn't|would_not|never ~ appear|come_up|be_mentioned|be_used|be_named",
      // The trace removed once used: "I run the eval and then we delete the repo".
      'then|afterwards|after_that ~ we|I|you ~ delete|remove|wipe|drop ~ the|it|that ~ repo|repository|folder|share|link|files|copy',
      // The company's lawyers kept out: "I'd rather not pull your legal people into a data-sharing agreement".
      "rather_not|don't_want_to|do_not_want_to|no_need_to ~ pull|drag|bring|get|involve ~ your|the ~ legal|lawyers|legal_people|legal_team|contracts_office|tech_transfer ~ into|in",
      'keep ~ this|it|our|contact|conversation|exchange|arrangement|correspondence|relationship|things|everything|that ~ between_us|between_ourselves|to_yourself|private|quiet|discreet|low-key|confidential|under_wraps|off_the_books|informal|unofficial|off_the_record',
      'between the two of us',
      'between you and me',
      "don't|do_not|not|no_need_to|better_not|rather_not|need_not|needn't [to] tell*|inform*|mention*|involv*|notif*|alert*|copy|cc|loop_in|report_this_to|pass* ~ employer|employers|manager|managers|boss|bosses|supervisor|supervisors|colleagues|colleague|company|university|security|compliance|anyone|anybody|team|department|institute|office|legal|HR|lab|director|management|organisation|organization|faculty|employer's",
      'without ~ involving|telling|informing|notifying|asking ~ employer|manager|boss|supervisor|colleagues|company|university|security|compliance|department|institute|office|legal|management|organisation|organization',
      "employer|manager|boss|supervisor|colleagues|company|university|department|office|management ~ doesn't|does_not|don't|do_not|needn't|need_not need|have to know",
      'no|without [the] need ~ to ~ seek|ask|get|obtain|request|inform approval|permission|clearance|consent|anyone',
      'not ~ need|have to be declared|reported|disclosed|registered|announced',
      'no need to declare|report|disclose|register|announce',
      // Advice against declaring the side appointment: "found it simpler not to register it as a side activity".
      'simpler|easier|better|best|wiser|quicker|advisable ~ not to register|declare|report|disclose',
      'not ~ register|declare|report|disclose ~ side|ancillary|outside|secondary activity|activities|job|jobs|work|appointment|appointments|position',
      // A journalist's promise that the reader stays unnamed: "not for attribution", "I won't print the names".
      'not|without attribution',
      "won't|will_not|wouldn't|would_not|never print|publish|quote|name ~ names|the_names|your_name|you|them",
      'not to circulate|forward|share|show|mention ~ this|the|our letter|message|email|mail|invitation|offer|conversation|contact|arrangement',
      // Kept from the reader's own colleagues: "please do not circulate this widely within the faculty".
      'not ~ circulate|forward|share|spread|distribute ~ widely|within|inside|around ~ the|your ~ faculty|department|group|team|company|institute|organisation|organization',
      "did_not|do_not|don't|didn't circulate|forward|share|show ~ this|the|our letter|message|email|mail|invitation|offer",
      // On paper only, so nothing stays in mail: "Print, don't forward", "paper copy only, no scans".
      "print|printed|printout|paper ~ don't|do_not|not|never|no forward|forwarding|email|emailing|scan|scans|copies|save|photos",
      'no digital|electronic copies|copy|trail|trace|traces|version',
      'between ourselves',
      // A promise that it goes no further: "Everything stays with me, of course."
      'everything|anything|it|this|that|all_of_it|whatever_you_share|whatever_you_send ~ stays|remains|will_stay|will_remain with_me|between_us|between_ourselves',
      'goes|will_go|go no further',
      'remain|remains|remained|stay|stays informal|discreet|confidential|private|between|unofficial|quiet',
      'low-profile|low_profile',
      "not|don't|never ~ record|log|note|put|enter|mention ~ in ~ calendar|agenda|diary|timesheet|logbook|records",
      // Kept out of the shared record: "I'd rather it doesn't end up in the TF archive where 40 people can open it".
      "rather|prefer ~ it|this|that|they ~ doesn't|does_not|don't|do_not|didn't|not ~ end_up|turn_up|show_up|land|appear ~ in|on ~ the|a|any ~ archive|archives|minutes|record|records|wiki|shared_drive|reflector",
      'under the radar',
      'help|meet|talk|speak|discuss|work|ask ~ privately',
      'outside ~ company|official|university|normal|usual|formal procedures|channels|processes|rules',
      'rather_than|instead_of|bypassing|without_going|not ~ through ~ office|desk|department|university|employer|security|compliance|legal|channels|export|export_control|trade_compliance',
      'instead_of|rather_than|bypassing|around|outside ~ the|our|your ~ official|formal|normal|usual ticket|channel|channels|process|procedure|route|portal|system',
      // Around a named colleague: "without going through Pieter".
      'without_going_through|without_involving|without_telling|bypassing|going_around',
      "doesn't|does_not|don't|do_not|needn't|need_not|no_need_to ~ need_to|have_to ~ go|run|pass ~ via|through",
      'discreet|discreetly',
      'your|value|values|valued|appreciate|appreciates|count_on|rely_on|ask_for|expect ~ discretion',
      'delete|destroy|wipe ~ this|the message|email|e-mail|mail|messages|emails|conversation|thread|chain|after_reading',
      // A running contact's sign-off: "Delete after.", "Wipe it once read."
      'delete|destroy|wipe|burn|erase|shred ~ after|afterwards|once|when ~ reading|read|done|finished|sending|sent|printing|use',
      // A cover story: "If anyone asks, say you were there yourself."
      'if ~ anyone|anybody|someone|people|they|security ~ asks|ask|asking ~ say|tell|just_say|you_can_say',
      // The cover told as a fact: "if anyone asks, it is still the same spare for the same order".
      "if ~ anyone|anybody|someone|people|they|security ~ asks|ask|asking ~ it_is|it's|it_was|they_are ~ still|just|only|simply",
      // Kept off the form that would record it: "leave it off the end-use form for Tuas".
      'leave|keep ~ it|them|this|him|her ~ off ~ the|your ~ end-use|end_use|end-user|export|customs|visitor|shipping ~ form|forms|paperwork|declaration|statement|list',
      // Going round the process, not through it: "skip the paperwork", "not involve the site security desk".
      'skip|avoid|bypass|dodge|sidestep|get_around|go_around|forget_about|not_bother_with|leave_out ~ the|all_the|any|that ~ paperwork|registration|procedure|forms|approval|sign-in|checks|formalities|bureaucracy|red_tape|security_desk|visitor_registration|visitor_process|visitor_scheme|screening|ndas|nda|escort|passport_copies',
      "no_need_to|don't_need_to|do_not_need_to|no_need_for ~ arrange|book|organise|organize|an|a ~ escort|escorts|visitor_badge|visitor_pass|sign-in",
      'clear|empty|wipe|delete|remove|purge ~ sent folder|items|box|mail',
      'treat|consider|count|book ~ as ~ a private|personal trip|visit|holiday|matter|favour|favor',
      "no_need_to|don't|do_not|better_not|not loop|looping ~ in",
      // Someone above the reader kept out of it: "No need to bother Prof. de Wilde with it", "don't trouble your boss with this".
      "no_need_to|needn't|need_not|no_reason_to|better_not|rather_not|don't|do_not bother|trouble ~ with ~ it|this|that|these|those|all_this",
      // A named colleague kept off the copy line: "No need to copy Jeroen, he is busy enough."
      "no_need_to|needn't|need_not|no_reason_to copy|cc|bcc|involve|include|loop_in",
      // Said in the passive: "Management does not need to be bothered at this stage", "your boss needn't be told".
      "management|manager|managers|boss|employer|director|directors|board|HQ|headquarters|legal|compliance ~ does_not|doesn't|do_not|don't|needn't|need_not ~ need_to ~ be bothered|troubled|involved|told|informed|consulted|copied|looped_in",
      // Kept small on purpose: "no need to turn it into a thing with your supervisor".
      "no_need_to|needn't|don't|do_not ~ make|turn ~ it|this|that ~ into ~ a_thing|a_big_deal|a_whole_thing|a_fuss|an_issue ~ with ~ your|the ~ supervisor|boss|manager|professor|PI|employer|legal|compliance",
      'better|best|probably_best|rather|prefer|would_prefer not [to] ask|tell|involve|mention|inform|copy|cc',
      "employer|employers|manager|managers|boss|bosses|company|university|legal|compliance|paperwork|office|offices ~ would|will|'d ~ only|just ~ complicate|complicates|slow|delay|block|kill|ruin",
      'nothing|never ~ leads|lead|traced|trace ~ back to you',
      'no one|nobody ~ needs|has|have to know',
      'off the record',
      'unofficially|unofficial basis|capacity',
      // The gatekeeper left out as the subject: "purchasing doesn't need to see this yet", "your account manager needn't be involved".
      "purchasing|procurement|account_manager|security|security_team|export_control|compliance ~ doesn't|does_not|don't|do_not|needn't|need_not ~ need_to|have_to ~ see|know_about|be_involved|get_involved|hear_about|be_in_the_loop",
      // Not past whoever plans or signs the work: "I wouldn't run it through your planning or your team lead".
      "wouldn't|would_not|don't|do_not|better_not|rather_not|not ~ run|put|pass|route|take ~ it|this|that ~ through|via|past|by ~ your|the ~ planning|planners|scheduling|dispatch|team_lead|team_leader|manager|boss|supervisor|service_desk",
      // A source kept invisible: "it won't come back to you", "nobody will know it came from you".
      "won't|will_not|never|can't|cannot ~ come|be_traced|be_linked ~ back_to_you|back_to_me",
      'nobody|no_one|no-one ~ will|would ~ know ~ it|this ~ came_from_you',
      // The route as the obstacle: "going through purchasing takes weeks", "via the customer portal it would take months".
      'going|go|via|through ~ purchasing|procurement|the_portal|the_customer_portal|compliance|security|export_control|ehs|hse|hr|legal|facilities|the_helpdesk|the_service_desk|the_front_desk|official_channels|the_official_route|the_ticket_system|a_ticket|the_tto|tech_transfer|your_manager|management ~ takes|would_take|will_take ~ weeks|months|ages|forever',
      // The host and security left out of a wording: "no need to bother him or your security colleagues"; straight to the sender and not through the host; a description made vaguer for the visa desk.
      "no_need_to|no_reason_to|needn't|don't|do_not ~ bother|trouble|involve ~ your|the ~ security|compliance|security_colleagues|security_team|manager|professor|supervisor|host|boss",
      'straight_to_me|directly_to_me|to_me_directly|straight_to_this_address ~ not|and_not|rather_than|instead_of ~ through|via|past',
      // Round the data room: "straight from your side rather than uploading".
      'straight|directly ~ from_your_side|from_you|from_your_end ~ rather_than|instead_of|not ~ uploading|upload|the_data_room|the_portal|the_dataroom',
      'by|with|as|into something_general|something_vaguer|something_more_general|something_less_specific|something_generic|something_less_detailed',
      'detailed|specific|precise ~ descriptions|description|wording ~ only ~ cause|causes|lead_to|leads_to|raise|raises ~ questions|extra_questions|delays',
      // Past the register: "so the names don't have to go into the visitor system", "no need to put it in the loan book"; without the one who signs: "without Ellen having to sign for it".
      "don't|do_not|doesn't|does_not|needn't|need_not|no_need_to ~ have_to|need_to ~ go_into|be_in|be_entered_in|be_logged_in|put_it_in|enter_them_in ~ the ~ visitor_system|visitor_register|loan_book|logbook|register",
      'without ~ having_to|needing_to ~ sign|sign_off|approve',
      // A cover for visitors: "bring us in as two of your technicians"; nobody looking: "nobody checks on a Saturday".
      'bring|sign|take|book|register|put ~ as ~ your|one_of_your|two_of_your|part_of_your|some_of_your ~ contractors|technicians|engineers|colleagues|staff|crew|interns|fitters|service_engineers|team_members|employees|people',
      'nobody|no_one|no-one ~ checks|will_check|looks_twice|will_look_twice|will_notice|notices|would_notice|bats_an_eyelid|asks_questions|will_ask_questions',
      // Knowing it is not allowed: "I know it's not strictly by the book".
      'not_strictly|not_quite|not_exactly|not_really|technically_not ~ allowed|by_the_book|kosher|the_done_thing|permitted|supposed_to',
      // Not through the official way: "no need to go the official route".
      "not|no_need_to|needn't|don't_need_to go|through|via ~ official|formal|proper route|way|channels",
      // Nobody will miss it; off the books; without waiting for the approver; no need to ask anybody; a visitor left off the list.
      'nobody|no_one|no-one ~ will_miss|would_miss|misses|is_going_to_miss',
      // With what is missed or noticed between: "nobody is going to miss them", "nobody will notice a thing".
      'nobody|no_one|no-one ~ is_going_to|will|would ~ miss|notice ~ it|them|those|a_thing|anything',
      'off_the_books|off-the-books|outside_the_books',
      // Outside the usual route, and whoever decides left out of it: "a question that goes a bit outside the usual route", "I'd leave purchasing out of it for now".
      'outside|around ~ the ~ usual|normal|official|formal|regular ~ route|channels|way|procedure',
      'leave|keep ~ purchasing|procurement|security|compliance|export_control|legal|your_manager|your_boss|your_team_lead|your_account_manager|your_supervisor|your_professor|your_PI|your_director|your_line_manager ~ out_of_it|out_of_this|out_of_the_loop|out_for_now',
      // Not through whoever records it: "no need to send it through purchasing or the scrap contract".
      "no_need_to|needn't|don't_need_to|without ~ send|sending|run|running|put|putting|take|taking|go|going ~ it|this|them|that ~ through|via ~ purchasing|procurement|compliance|legal|export_control|the_portal|the_contract|the_scrap_contract|the_paperwork|the_system",

      // Nobody asked first, nothing made official: "no need to run it past the partner or your project office", "no need to make it an official thing".
      "no_need_to|needn't|don't_need_to|no_reason_to|without ~ run|running|check|checking|clear|clearing ~ it|this|that ~ past|by|with ~ your|the",
      "no_need_to|needn't|don't_need_to|no_reason_to|don't ~ make ~ it|this|that ~ an_official_thing|a_formal_thing|official|formal",
      // A use that stays invisible: "it won't end up in any deck".
      "won't|will_not|never|wouldn't ~ end_up|show_up|turn_up|appear ~ in_any|in_a|anywhere",
      // The ticket skipped: "without a ticket please", "no ticket please".
      'without_a_ticket|no_ticket|without_a_service_request please|if_possible|ideally',
      'without ~ waiting_for|going_through|involving|asking|bothering ~ the|your|his|her ~ committee|access_committee|board|approval|approver|manager|supervisor|PI|professor',
      "no_need|needn't|don't_need ~ to ~ ask|tell|check_with|clear_it_with ~ anybody|anyone|anyone_else|your_boss|your_manager|your_supervisor",
      "prefer_not_to|rather_not|don't_want_to ~ disturb|bother|trouble ~ him|her|them|the_professor|your_professor|your_boss|your_manager|your_supervisor",
      'bring|brings|take|comes_in|come_in|come ~ him|her|them|with_me ~ as ~ my|our|a ~ assistant|driver|technician|colleague|helper',
      'not ~ mention|list|name|include ~ him|her|them ~ in|on ~ the ~ form|list|register|visitor_list',
      // The gatekeeper not copied: "please don't copy the desk on this one"; not going back to it: "I don't want to go back to the compliance desk".
      "don't|do_not|please_don't|better_not|no_need_to|needn't ~ copy|cc|include|loop_in ~ the|your ~ desk|compliance|compliance_desk|security|legal|export_control|purchasing|procurement|manager|boss",
      "don't|do_not|rather_not ~ want_to|wish_to ~ go ~ back_to|through|via ~ the|your ~ compliance|compliance_desk|desk|security|purchasing|procurement|export_control|legal|helpdesk|committee",
      // The source and the trace kept out of the record: "no mention of where it came from", "so it does not sit in the history"; people kept out: "don't think we need to drag Marcel into it"; the service desk skipped.
      'no|without|not ~ mention|mentioning|word|hint|trace ~ of ~ where|who ~ it|they|this|that ~ came|comes|come ~ from',
      "so|so_that ~ it|this|they ~ doesn't|does_not|won't|will_not|never|don't ~ sit|stay|stays|show|shows|end_up|appear|remain ~ in ~ the ~ history|log|logs|git_history|record|records|archive",
      "don't_think|no_need|not_necessary ~ drag|involve|inform|loop_in",
      "let's_not|let_us_not|rather_not|better_not ~ run|go|put|take ~ this|it|that ~ through|via ~ your|the ~ IT|IT_desk|service_desk|helpdesk|contracts|procurement|RMA|RMA_form|returns_process|returns_procedure",
      // The supervisor left out because he would start a procedure: "I don't think Hendrik needs to be bothered with this, he'd only start a whole procedure"; kept off the export papers.
      "don't_think|no_need_for ~ needs_to_be|need_to_be|has_to_be ~ bothered|told|involved|informed|looped_in|copied",
      'only|just ~ start|make|turn_it_into ~ a|the ~ whole ~ procedure|process|thing|affair',
      "doesn't|does_not|needn't|need_not|don't ~ go|appear|be|need_to_be ~ in|on ~ the ~ export_papers|export_documents|paperwork|customs_declaration|end-use_statement|packing_list|invoice",
      // Shown nowhere: "it is only for our own decision, nothing goes on a slide anywhere".
      'nothing|none_of_it ~ goes|will_go|ends_up|will_end_up ~ on|in ~ a|any ~ slide|slides|presentation|paper|report',
      // The project people and the paperwork kept out; the mail cleared after: "better not to put it on GitHub or ask your project people", "clear this one afterwards, like before".
      'better_not|rather_not ~ ask|involve|tell|loop_in ~ your|the ~ project_people|project_team|project_office|partner|PI|supervisor|manager',
      'clear|wipe|bin ~ this|this_one|this_mail|this_message ~ afterwards|after_reading|like_before|as_before',
      // Who must not hear it was asked: "don't tell Henk I asked".
      "don't|do_not|better_not ~ tell|mention_to ~ that|I ~ asked|was_asking",
      // Past the partner portal, and the papers kept as they are while the goods go elsewhere: "no need to put it on the portal", "nobody need to change the papers", "make the invoice without the tool serial number".
      "no_need_to|needn't|don't_need_to|without ~ put|putting|submit|submitting|upload|uploading|log|logging|enter|entering ~ it|this|them|that ~ on|onto|in|into|to|through ~ the|your ~ portal|partner_portal|customer_portal|ticket_system|system",
      'nobody|no_one|no-one|no_need_to ~ need|needs|has_to|have_to|to ~ change|update|amend|redo ~ the|your|any ~ papers|paperwork|documents|end-user_statement|order',
      'invoice|invoices|packing_list|waybill|airway_bill|AWB|customs_papers|declaration ~ without ~ serial|serial_number|serial_numbers|tool_serial|model_number|end_user|end-user|consignee',
      // Past the support desk that would log it: "no need to go through your support desk", "it doesn't have to go via the helpdesk".
      "no_need_to|needn't|don't_need_to|doesn't_have_to|does_not_have_to|no_point_in ~ go|going|route|routing ~ through|via ~ your|the ~ support|support_desk|support_team|helpdesk|service_desk|customer_service|partner_portal|release_desk",
      // No job or ticket opened for it, so nobody plans or signs it: "don't open a job for it".
      "don't|do_not|no_need_to|better_not|rather_not|without ~ open|opening|raise|raising|create|creating|log|logging|book|booking ~ a|an|any ~ job|ticket|order|work_order|service_request|case ~ for ~ it|this|that",
      // Someone left out by name, or the gatekeeper spared the bother: "I'd leave Maarten out of it for now", "then we do not need to bother them again".
      "I'd|I_would ~ leave|keep ~ out_of_it|out_of_this|out_of_the_loop",
      "then|so ~ we|you ~ don't|do_not|won't|needn't|will_not ~ need_to|have_to ~ bother|involve|trouble ~ them|him|her|anyone|anybody",
      // Kept out of the booking record: "easiest if it doesn't go into the rig booking system".
      "doesn't|does_not|won't|will_not|never ~ go|goes|end_up ~ into|in ~ the ~ booking_system|booking_tool|reservation_system|booking|planning|register|logbook|ticket_system",
    ],
    // A surprise for a colleague is kept quiet too.
    unless: [
      // Taken off the reader's hands, no secret: "then you don't have to explain it to the fab manager yourself".
      "don't|do_not|won't|needn't ~ have_to|need_to ~ explain|tell|sort|handle ~ it|this|that ~ yourself",
      // A rule with its limit, no secret: "it needn't go in the register as long as it is an ordinary meal".
      'as_long_as|provided ~ it|that|they ~ is|are|stays|stay ~ a|an|within ~ ordinary|normal|reasonable|the_limit|the_rules|the_policy',
      // The one kept in the dark is the person celebrated: "she doesn't know about this part, so keep it to yourself".
      "she|he doesn't_know|does_not_know|mustn't_know|must_not_know|can't_know|shouldn't_know|won't_know",
      'she|he ~ thinks|believes ~ nobody|no_one|no-one ~ knows|remembers|has_noticed',
      // The company's own discretion towards its customer: "nothing on the status shared with the customer or the agent".
      'share|discuss|mention|communicate ~ with ~ the|our ~ customer|customers|client|clients|agent|distributor',
      // A disclaimer's "delete the message" for a wrong recipient.
      'intended_recipient|intended_addressee|addressee ~ inform|notify|please',
      'received ~ this|it ~ in_error|by_mistake|by_error',
      // The one to be surprised is left off the mailing: "she is not on this list, don't reply-all".
      'not_on|isn\'t_on|aren\'t_on ~ this|the ~ list|thread|mail|email|cc',
      'reply-all|reply_all|reply_to_all|replying_all',
      // The reader's own matter, kept by an office for the reader's sake: "it stays between you and the treasurer".
      'between_you_and the|your treasurer|board|secretary|chair|chairman|chairwoman|coach|HR|doctor|nurse|counsellor|counselor|confidential_adviser|committee',
      'struggle|struggling|trouble|hard|difficult|tight ~ with|paying ~ the ~ fee|fees|membership|subscription|contribution',
      // News the sender will break personally: "keep it quiet towards Bas for now, I want to call him myself".
      'tell|call|ring|phone|text|break_it_to|break_the_news_to ~ him|her|them ~ myself|ourselves|personally|in_person',
      'surprise|birthday|farewell|retirement|leaving_gift|leaving_present|leaving_party|years_of_service|service_anniversary|work_anniversary|jubilee|anniversary|gift_pool|gift_collection|whip-round',
      // A recruiter's discretion protects the reader: their details go nowhere without consent.
      'details|CV|résumé|resume|profile|application|name ~ with|without|after|once ~ your|explicit|prior|written ~ consent|permission|approval|go-ahead|agreement',
      'your|the application|candidacy|job_search ~ in_confidence|confidential|discreet|discreetly',
      'discreetly|in_confidence|confidentially ~ your|the ~ application|candidacy|job_search',
      // Discretion the reader can lift: "I won't mention our conversation to anyone unless you want me to".
      'unless|until|except_if ~ you ~ want|wish|say|agree|ask|allow|tell|give|prefer',
      // A rule that leaves management out is no secret: "management need not be involved, per the purchasing policy".
      'per|under|by|according_to|as_set_out_in ~ the|our|your|company|purchasing|procurement ~ policy|policies|procedure|procedures|rules|mandate|guidelines',
      // Leaving the sender out is no secret kept from anyone: "no need to copy me".
      'copy|cc|bcc|involve|include|loop_in me|us|myself|ourselves',
      // Sparing the reader, not keeping a secret: "no need to bother with it", "don't trouble yourself with this".
      'bother|trouble with|yourself|yourselves|me|us|replying|answering|responding',
      // Confidentiality an agreement sets, shared among its parties: "under the consortium agreement these stay
      // confidential to the partners".
      'under|per|according_to|as_required_by|as_set_out_in|as_agreed_in ~ the|our|your|this ~ consortium|grant|project|collaboration|cooperation|partnership|framework|quality|non-disclosure|licence|license|supply|service agreement|agreement|contract|NDA',
      'confidential ~ to|among|between|within ~ the|all ~ partners|consortium|parties|signatories|project_partners',
      // The sender's own office asked first, as a journal asks its referees: "do not share it without first asking the
      // editorial office".
      'without ~ first ~ asking|consulting|informing|clearing_it_with ~ the ~ editorial_office|editor|editors|journal|organisers|organizers|programme_committee|program_committee',
      // Discretion as a choice left to someone: "sharing is at your own company's discretion".
      'at|to ~ discretion',
      'discretion of',
    ],
    // The party in the sentence before or after: "We want to surprise her after the defence. Keep it between us!"
    unlessNearby: [
      // The employer's own confidential channel: "questions you would rather not ask in a group? Use the Speak-Up channel".
      'speak-up|speak_up|whistleblowing|whistleblower|ethics_hotline|ethics_line|integrity_line|ombudsperson|confidential_counsellor',
      // A colleague's wedding: "Ingrid is getting married on 6 June".
      'getting_married|gets_married|wedding',
      // A surprise planned for someone: "let's do a surprise after the rehearsal", "Marco turns 60 on 28 March".
      'do|plan|planning|organise|organize|organising|organizing|throw|throwing|arrange|arranging ~ a|the|little|small|big ~ surprise',
      'turns|turning|is_turning|will_turn 18|21|25|30|40|50|60|65|70|75|80|90|100',
      // A family's private matter: "there is an adoption some of the older relatives are still sensitive about".
      'adoption|adopted|divorce|miscarriage|pregnancy|pregnant|diagnosis|funeral',
      // A new grandchild: "Gerard is a grandad! Collection (please keep it quiet)".
      'grandad|granddad|grandpa|grandma|grandfather|grandmother|grandchild|grandson|granddaughter|new_baby|baby_boy|baby_girl|newborn',
      'relatives|family ~ still|are|is|remain|remains ~ sensitive|touchy|upset|private',
      'surprise party|parties|dinner|lunch|celebration|visit|trip|gift|present|cake|drinks|get-together',
      'surprise ~ him|her|mum|mom|dad|grandma|grandpa|granddad',
      'birthday|anniversary|retirement|graduation party|celebration|bash',
      // A colleague's send-off: "Wim's last day is 27 March and we're doing a small surprise in the lab."
      'small|little|big surprise ~ for|in|at|on|with',
      'last_day|leaving_do|send-off|farewell|goodbye_drinks|leaving_drinks ~ is|will_be|on|at|party|drinks',
      // A colleague who moves on, and the whip-round for it: "he's off to Damen at the end of the month".
      "he's|she's|he_is|she_is off_to|leaving_for|moving_to|joining",
      'whip-round|whip_round|collection ~ for ~ a|his|her ~ leaving|farewell|goodbye ~ present|gift',
      // A relative's birthday: "Mum turns 70 on Saturday. She knows nothing, so keep it between us."
      'mum|mom|dad|grandma|grandpa|granddad|mother|father|aunt|uncle|sister|brother ~ turns|is_turning|celebrates|is_celebrating',
      "mum's|mom's|dad's|grandma's|grandpa's|granddad's|mother's|father's|aunt's|uncle's|sister's|brother's birthday|party|anniversary|40th|50th|60th|65th|70th|75th|80th|90th",
      // Anyone's round birthday and its cake: "it's Jim's 70th on the Sunday and we're doing a cake and a card".
      '40th|50th|60th|65th|70th|75th|80th|90th|100th ~ on|birthday|next|this|is|party',
      'a|the ~ cake ~ and ~ a|the ~ card',
    ],
    fields: ['text', 'subject'],
    negatable: false,
  },

  // private-channel
  {
    id: 'EN_PRIVATE_CHANNEL',
    category: 'private-channel',
    language: 'en',
    weight: 18,
    description: 'Wants to move the contact off company channels',
    examples: {
      hit: ['Could we continue on Telegram? It is easier for me.', 'WeChat is easier for me: chen_sh88.', 'I made a folder for you on my drive, link on Telegram.'],
      miss: ['The signal from the sensor dropped after the update.', 'Please reply to this address; the shared team mailbox is read daily.'],
    },
    // A personal address for the diary only is logistics, not a channel for the substance.
    unless: [
      // A third person's private number, already called: "I called her on her private number".
      'called|rang|phoned|texted|reached ~ her|him|them ~ on|at ~ her|his|their ~ private|personal|home ~ number|phone|mobile',
      // Why the sender writes from a private address, their own account failing: "from my gmail because my university account is being migrated".
      "because|since|as ~ my|our|the ~ university|corporate|work|student|company|institute ~ mail|email|e-mail|account|server|laptop ~ bounces|is_down|rejects|is_being_migrated|does_not_work|doesn't_work|lands_in_spam|died|broke|is_broken|keeps_bouncing",
      'personal|private ~ for|only_for ~ scheduling|rescheduling|logistics|reminders|travel_arrangements',
      // Writing to the work address because the private one fails: "sorry for writing to your work address, your gmail bounces".
      'sorry|apologies ~ for|about ~ writing|mailing|sending ~ to ~ your work|office|company address|email|mail|account',
      'private|personal|gmail|hotmail address|email|mail|account ~ bounces|bounced|bouncing|keeps_bouncing|is_not_working|isn\'t_working|doesn\'t_work|stopped_working',
      // The reader's own address passed to family: "could you give Mum your private email?".
      'personal|private ~ email|e-mail|address|number ~ to|for ~ mum|mom|dad|mother|father|grandma|grandpa|granny|aunt|uncle|sister|brother',
      'give|send|pass ~ mum|mom|dad|mother|father|grandma|grandpa|granny|aunt|uncle|sister|brother ~ your ~ personal|private',
      'scheduling|logistics ~ off ~ your ~ work|office|company inbox|mailbox|email|address',
      // The sender excusing their own address, not moving the reader there: "apologies for the private address".
      'for|about the|my|this private|personal|home address|mail|email|e-mail|account',
      // The sender's work address does not exist yet: "my university account will only be created on my first day".
      "account|address|email|e-mail|mailbox ~ not|isn't|hasn't|won't|only ~ active|activated|created|set_up|ready|issued|available",
      // A group chat is not a one-to-one channel: "put the photos in the family WhatsApp or send them to my gmail".
      'family|families|group ~ WhatsApp|Signal|Telegram|chat|app|thread',
      'WhatsApp|Signal|Telegram group|groups',
      // What the sender sends and mail cannot carry: "I'll send you a video on WhatsApp, this address can't handle it".
      "I|I'll|I_will|we|we'll ~ send|share|text ~ you ~ video|videos|clip|clips|photo|photos|picture|pictures|pics|recording",
      "address|mail|email|mailbox|account ~ can't|cannot|can_not|won't|doesn't ~ handle|take|carry ~ it|that|them|videos|files|attachments",
      // Only to pick an evening: "text me on WhatsApp which evening works".
      'which|what ~ evening|day|night|time|date|evenings|days ~ works|work|suits|suit|you_can',
      // Only to make the appointment: "WhatsApp is easier to arrange a time".
      'to|for ~ arrange|arranging|fix|fixing|pick|picking|agree_on|agreeing_on|set_up|setting_up ~ a|the ~ time|date|day|place|spot',
      // An app because calls are poor or dear there: "call on Signal, it works better here than normal calls".
      'works|is ~ better|cheaper|more_reliable ~ than ~ calling|normal_calls|regular_calls|phone_calls|calls|texting|texts|SMS',
    ],
    // A private address for family matters, not for work: "your work address feels odd for family stuff".
    unlessNearby: [
      // Only to add the reader to a group, in the same sentence or the next: "send me your private number again? Then
      // I'll add you to the WhatsApp group with the plasterer".
      'add|added|adding|put ~ you ~ to|in|into ~ group|groupchat|group_chat|chat',
      'family stuff|matters|things|news|business',
      // The family's photos: "send last summer's photos on WhatsApp, I'm making a photo book".
      'photo_book|photobook|photo_album|slideshow|holiday_photos|family_photos|holiday_pictures|family_pictures',
      // A language partner's practice between meetings: "then I can send you voice messages for pronunciation".
      'pronunciation|tandem|language_exchange|language_partner|voice_messages ~ practise|practice|practising|practicing|for|exercises|homework',
      'practise|practice|practising|practicing ~ my|your|our ~ Dutch|English|Chinese|Mandarin|Spanish|German|French|Japanese|Korean|Arabic|tones|pronunciation',
      // What a parent asks: "Mum asks whether you come on the 25th or the 26th. Let us know on WhatsApp".
      'mum|mom|dad|mother|father|grandma|grandpa ~ asks|asked|wants_to_know|wonders|says',
    ],
    patterns: [
      // The sender's own space to put it in: "push it to a private repo under my account".
      'private repo|repository|bucket|drive|folder ~ under|on|in ~ my ~ account|name|space',
      // This address set against the work one: "to this address, not the work one".
      'this|that|my|private|personal|home address|email|mail|account ~ not ~ the|your work|office|company|corporate one|address|email|mail|account',
      // Another address, for now: "please use this address for now, our company mail is being migrated".
      'use|write_to|reply_to|send_it_to|keep_using ~ this|this_other|my_other|my_new|my_temporary ~ address|email|e-mail|account ~ for_now|for_the_time_being|until|while|meanwhile|in_the_meantime',
      'personal|private e-mail|email|mail|address|phone|number|mobile|gmail|cell|mailbox|inbox',
      // The sender's own line, not the office's: "easier to call me on my own number in the evening".
      'call|ring|text|reach|phone|contact ~ me|him|her ~ on|at|via ~ my|his|her ~ own number|mobile|phone|cell|line',
      // Kept off the work account: "so nothing goes through your work account".
      'nothing|not|never ~ goes|go|runs|run|passes|pass ~ through|via ~ your|the ~ work|company|office|corporate ~ account|mail|email|mailbox|address|systems|servers',
      'continu*|talk*|chat*|mov*|switch*|reach*|contact*|messag*|text*|call*|writ*|add|find|send* ~ on|via|over|through|to ~ Telegram|Signal|WhatsApp|WeChat|Wickr|Threema|Viber',
      // More said elsewhere: "happy to explain more on Telegram". Not Signal: engineers discuss noise on signal lines.
      'explain*|discuss*|tell*|shar*|follow*|speak*|connect*|detail* ~ on|via|over|through ~ Telegram|WhatsApp|WeChat|Wickr|Threema|Viber',
      'install|download|use Telegram|Signal|WhatsApp|WeChat|Wickr|Threema',
      'gmail|hotmail|yahoo|outlook.com|proton|protonmail|yandex address|account',
      // The free-mail account named on its own: "to the gmail as usual", "keep using the gmail".
      'to|use|using the|my gmail|hotmail|yahoo|proton|protonmail|yandex',
      // Away from the work account: "better not from the office account". Not a bare "not from work", which is how a
      // colleague explains writing from home.
      'not|never from|via|through ~ your|the ~ work|office|company ~ account|address|email|mail|mailbox',
      'my|his|her ~ private|personal|own ~ gmail|hotmail|yahoo|proton|protonmail|yandex|qq|163',
      'to|on|via|at my|this gmail|hotmail|yahoo|proton|protonmail|yandex',
      'my Telegram|Signal|WhatsApp|WeChat|Wickr|Threema|Viber handle|number|id|account|is',
      'Telegram|Signal|WhatsApp|WeChat|Wickr|Threema encrypted ~ chat|app|messenger',
      // A messenger as the easier way: "WeChat is easier: chenhao_sh" (not Signal: "the signal is better").
      'Telegram|WhatsApp|WeChat|Wickr|Threema|Viber is|works|would_be easier|better|quicker|simpler|faster|safer|handier|more_convenient|easiest|best|quickest|simplest|fastest|safest',
      'only write|mail|email|contact|use ~ this|my address|number|account|phone|email',
      'only to|via|on this|my address|number|account|email',
      // A second address agreed before: "Other address only."
      'other|the_other|second|private address|account|number|phone ~ only',
      'only ~ the ~ other|second|private ~ address|account|number',
      'to|via|at this|my|the_other address|number|account only',
      'reply|write|answer|mail ~ only ~ from|to|via ~ the|my|your ~ gmail|private|other|personal ~ box|address|account|one',
      'the private|other|personal one only',
      'use|call|text|ring|on|via the_other|your_other|my_other|the_second phone|number|mobile|line|address|account',
      'over|via|on Signal|Telegram|WhatsApp|WeChat|Threema like|as ~ before|usual|always|last_time|agreed',
      'send|mail|email|forward ~ it|them|this|everything ~ to this|my_private|my_personal address|email|account',
      'from now on ~ Telegram|Signal|WhatsApp|WeChat|Threema|Wickr',
      'Telegram|Signal|WhatsApp|WeChat|Threema|Wickr ~ from now on',
      'WeChat|WhatsApp|Telegram|Signal|Threema|text|txt|sms me',
      'reply*|respond*|ping*|dm ~ on|via ~ Telegram|Signal|WhatsApp|WeChat|Wickr|Threema',
      // Where the rest will come: "link on Telegram", "details via WhatsApp" (not Signal: "details on signal noise").
      'link|links|details|number|handle|code|password|rest|instructions|address|location ~ on|via|over|through|in ~ Telegram|WhatsApp|WeChat|Wickr|Threema|Viber',
      // A drop box of the sender's own for the files: "I made a folder for you on my drive".
      'made|set_up|created|opened|shared ~ a|an|the folder|drive|dropbox|upload_link|drop_box ~ for you',
      'drop|upload|put|leave ~ them|it|things|files|documents|everything|the_files ~ there|in_the_folder|in_that_folder|in_my_folder',
      'Signal|Telegram|WhatsApp|WeChat|Threema is|works ~ easier|safer|better|quicker ~ than ~ this|email|mail|here',
      // Signal as the sender's preferred way, said of a person ("Signal is easiest for me"), which the signal of a
      // measurement never is.
      'Signal is|works|would_be easier|easiest|simplest|quickest|best|handiest ~ for ~ me|us',
    ],
  },
  {
    id: 'EN_OFF_WORK_CHANNEL',
    category: 'private-channel',
    language: 'en',
    weight: 18,
    routesOffWork: true,
    description: 'Steers the contact away from work mail, work phones and company channels',
    examples: {
      hit: ['Please write to me, not to your work address.', 'Better reply from home rather than via your company email.', "Don't bring your work laptop to the dinner."],
      miss: ['Please reply to your work address as usual.', 'Send the minutes via the company email to the whole team.'],
    },
    // Each pattern steers away by itself ("not your work address", "outside company channels", "stop using the company
    // address"): a negation before it does not cancel it.
    patterns: [
      // Round the request that records who got access: "rather not through the IT request again".
      'rather_not|better_not ~ via|through ~ the|that|an ~ IT_request|access_request|request_form|IT_ticket|service_desk|helpdesk',
      "do_not|don't|please_don't reply|respond|write to ~ this address|email|account",
      'not ~ to|on|via|from ~ my|your work|office|company one|address|email|line|phone|number',
      'not ~ on|via|through ~ your|my office|work|company line|phone|number|email|account',
      // Away from the desk phone: "in the evening, not the office line".
      'not|never the|your|my office|work|company|desk|business line|landline|phone|number|extension',
      'rather_than|instead_of ~ from|via|through|on ~ your|the work|office|company|corporate|university email|e-mail|address|account',
      // The route of last time: "same route as before", "same way as last time is fine".
      'same|the_same route|way|channel|drop|method as|like ~ last_time|before|usual|always|agreed|last_year|January|February|March|April|May|June|July|August|September|October|November|December',
      // To the sender's own box: "send it here to my own address rather than to the fund's data room".
      'to|at|on my|his|her own address|email|e-mail|account|mailbox|inbox',
      // A hand-over that leaves no trace in company systems: "bring it on paper, like last time", "on a stick".
      'bring|hand|give|pass|drop_off ~ it|them|this|that|these|those|the|a ~ on_paper|printed|as_a_printout|on_a_stick|on_a_USB_stick|on_a_thumb_drive|on_a_memory_stick',
      // A meeting kept off the premises: "lunch away from both offices", "somewhere quieter", "in town rather than at the
      // gate".
      'meet|meeting|lunch|coffee|dinner|talk|chat|catch_up|get_together ~ away_from|outside|not_at|rather_than_at|instead_of_at ~ the|your|our|both|my ~ office|offices|site|campus|university|work|workplace|premises|building|gate|embassy|lab|institute',
      'somewhere|a|some_place ~ quieter|more_private|more_discreet|less_busy|less_public ~ place|spot|setting|venue|café|cafe|than',
      'somewhere quieter|more_private|more_discreet|less_public',
      'in_town|in_the_city|off-site|offsite ~ rather_than|instead_of|not ~ at ~ the|your ~ office|site|gate|campus|premises',
      'same place|spot|café|cafe|table ~ as ~ before|last_time|always|usual',
      // The standing meeting place named bare: "Same place, I'll get the table".
      "same place|spot|café|cafe|table|corner ~ I'll|I_will|we'll|see_you|usual_time|as_usual",
      // The usual meeting place, named as the arrangement: "Usual place on the 14th".
      'usual|regular place|spot|café|cafe|table|corner|bench ~ on|at|this|next ~ Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|*th|*st|*nd|*rd|noon|evening|night|weekend',
      // Here, and not to the work box: "your notes to this address, not the uni one".
      'to_this_address|here|to_this_one|to_my_own_address ~ not ~ the|your ~ uni|university|work|office|company|corporate|institute ~ one|address|account|inbox',
      // To the other box: "to the other address".
      'to|on|at the|my other address|email|account|mailbox',
      // The address of last time: "to this address again", "same address as before".
      'again|as_before|like_before|as_usual|like_last_time ~ to|at this|the_same address|account|email',
      'to|at this|the_same address|account|email ~ again|as_before|like_before|as_usual|like_last_time',
      // Round the route that records it: "send the draft to this address rather than through the project portal".
      'here|to_this_address|to_me_directly|directly_to_me|to_me_personally|me_personally|to_this_one|this_address rather_than|instead_of|not|and_not ~ through|via|in ~ the|your ~ portal|project_portal|data_room|ticket|ticket_system|service_desk|helpdesk|official_channel|proper_channel',
      // Here, not there: "zip them and send here rather than the work address".
      'here|to_this_address|to_this_one rather_than|instead_of|not_to|and_not_to ~ the|your ~ work|office|company|corporate|university ~ address|email|e-mail|account|inbox|one',
      // Round the official route: "directly rather than through your distributor or your sales portal".
      'directly ~ rather_than|instead_of|not ~ through|via ~ your|the ~ distributor|reseller|portal|sales_portal|account_manager|sales_team',
      'not ~ your work|company|office|corporate|university|business email|e-mail|account|address|channels',
      'not the|your|our project|team|work|company|office|corporate|official|university|institute address|email|e-mail|mailbox|account|one',
      // The next delivery to the private box: "same as October please, to this address".
      'same_as|like|as_in ~ january|february|march|april|may|june|july|august|september|october|november|december|last_time|last_month|last_quarter|before ~ to|at this|my address|email|account',
      'stop|no_longer ~ using|use ~ the|your ~ company|work|office|corporate|university ~ address|email|mail|account|phone',
      'outside ~ work|company|office|corporate|university email|e-mail|channels|systems',
      'write|mail|email|contact|message|reply|call|text ~ never|not from|via|through work|office',
      "don't|do_not|not|never bring|use|take ~ the|your work|company|office phone|laptop|mobile",
      // Off the work device, not only off work mail: "better not on the work laptop this time".
      'better|rather|preferably|best not ~ on|via|from|through|with ~ the|your|my ~ work|office|company|corporate|university laptop|computer|PC|phone|mobile|network|machine',
      "don't|do_not|never|not reply|write|answer|respond|mail|email ~ from ~ work|the_office|your_work|your_office|your_laptop|the_lab",
      // The work channel as the reason to go round it: "the company mail blocks large attachments".
      'company|work|office|corporate|university mail|email|server|mailbox ~ blocks|rejects|refuses ~ attachments|large|files',
      // The work channel as watched: "our IT keeps everything", "your company mail is monitored".
      'our_IT|your_IT|the_IT|IT_department|IT_security|security|compliance|employer|your_employer|your_company|the_company reads|logs|archives|monitors|records|scans|keeps|stores|sees ~ everything|all_mail|all_email|all_e-mail|every_mail|every_email|all_messages|every_message',
      'work|company|office|corporate|university mail|email|e-mail|account|inbox|mailbox|laptop|phone ~ is|are|gets|get monitored|logged|archived|scanned|watched|read',
      // A messenger or private box set against this mail: "better to my WeChat than to this mail".
      'my WeChat|WhatsApp|Telegram|Threema|Viber|Signal|gmail|private_mail|private_email|private_address|personal_email ~ than|instead_of|rather_than ~ this|the|your|company|work|office ~ mail|email|e-mail|address|account|inbox',
      // Here and not there, with a comma between: "Here, not to the office one."; the box of last time: "usual address is fine", "home address again is best".
      'here ~ not_to|not ~ the|your ~ office|work|company|corporate one|address|email|inbox|mailbox',
      'usual|home|private|personal|other ~ address|email|inbox|mailbox again',
      'usual address|email|inbox|mailbox ~ is_fine|is_best|works|please',
      'same ~ address|email|inbox|mailbox ~ as ~ before|last_time|always|usual ~ works|is_fine|please',
      'this address|email|inbox|mailbox is_fine|works|is_best|will_do',
      // From the reader's own address, past the company server; here as last time; not in writing.
      'from|via ~ your ~ own|private|personal ~ address|email|account|gmail',
      "not ~ via|through|over ~ your|the|the_company's|your_company's ~ server|mail_server|systems",
      'just_here|here_please|straight_here|to_this_address ~ like_last_time|like_before|as_before|as_usual|as_always',
      "no_need_to|don't|do_not|rather_not|better_not ~ put|write ~ it|this|that|anything ~ in_writing|on_paper",
      // This box, not the other: "to this address not the other one".
      'to_this_address|here|this_one ~ not|rather_than|instead_of ~ the_other_one|the_other_address|the_other_account',
      // Put on a stick: "could you put it on a stick again?" (adjacent: "in the folder, not on a stick" keeps its negation).
      'put|copy|save it|them|this|that on_a_stick|on_a_USB_stick|on_a_thumb_drive|on_a_memory_stick',
      // The ticket skipped for a direct reply: "send it to me directly, no need to make a ticket"; in the reader's bag: "slip a few in your bag".
      "to_me_directly|directly_to_me|me_directly|directly ~ no_need|without|don't_bother|not ~ ticket|tickets|portal|request_form",
      "rather|better|prefer ~ not|didn't|don't ~ put|log|raise|file|send|go ~ in|into|via|through|on ~ a|the|your ~ ticket|portal|ticketing_system|service_desk|helpdesk",
      'slip|pop|put|stick|drop ~ it|them|a_few|some|one|a_couple ~ in_your_bag|in_your_pocket|in_your_backpack|in_your_jacket',
      // The private address as the standing other one: "this address, not the other one", "the other address, like in January"; on paper as the route.
      'this_address|this_one|here ~ not ~ the|that ~ other ~ one|address|account|mailbox',
      'the|that other address|account|mailbox ~ like|as|same_as ~ last_time|before|always|usual|in',
      'on_paper|paper_copy|a_paper_copy|a_printout|a_print-out|printed_out ~ is ~ fine|best|easier|enough|better',
      // Bare, only right after: "Paper is fine.", not "a paper that is fine to publish".
      'paper is|will_be fine|best|easier|enough|better',
      'bring ~ the new|next|updated|latest one|ones ~ along|too|with_you|as_well',
      // A hand-over at a public place at a standing time: "same time Thursday, at the station".
      'same time|place|spot|table ~ at|by|in|outside ~ the station|car_park|parking_lot|petrol_station|gas_station|bike_shed|platform',
      'at|by|outside ~ the station|car_park|parking_lot|petrol_station|gas_station|bike_shed|platform ~ same time|place|spot',
      // Again at the standing hand-over place; asked for on paper.
      'again|as_usual|as_always ~ at|by|outside|behind ~ the station|car_park|parking_lot|petrol_station|gas_station|bike_shed|platform|DIY_store|hardware_store|supermarket|garden_centre',
      'on_paper|printed|a_printout|printed_out please',
      // Going through the work at home: "bring the audit folder, we'll look at it at my place".
      'bring ~ the|that|your ~ folder|folders|binder|binders|file|files ~ along|with_you|over|round',
      'at_my_place|at_my_house|at_my_flat ~ go_through|look_at|look_through|read_through|quietly',
      // Here rather than an account named by the company: "here rather than the Kestrel account".
      'here|to_this_address|this_address rather_than|instead_of|not_to|and_not_to ~ the|your ~ account|address|mailbox|inbox',
      // The other box named bare and kept to: "The other address please, not this one", "Stay on this address."
      'the|my other address|email|account|mailbox please',
      'other address|email|account|mailbox ~ not ~ this_one|this_address|this_account|the_work_one',
      'stay|keep ~ on|with|to this|the_other|my_other address|account|mailbox',
      // The carrier handed to a relative: "give the drive to my brother Samir".
      'give|hand|pass ~ the|a ~ drive|stick|disk|hard_drive|USB|files|documents|papers|folder|printout ~ to ~ my brother|sister|cousin|wife|husband|father|mother|uncle|nephew|niece|driver',
      'on ~ a ~ scrap_of_paper|note|slip_of_paper ~ bring|hand|give',
      // On a stick like last time, said after; carried in hand luggage; the usual way: "on a stick, like last time", "I take them in my hand luggage", "usual way is fine".
      'on_a_stick|on_a_USB_stick|on_paper|printed ~ like|as ~ last_time|before|always',
      'take|carry|bring ~ them|it|these|those ~ in ~ my|the|your ~ hand_luggage|carry-on|cabin_bag',
      'usual way|route|channel|drop|method ~ is_fine|works|please|as_always',
      // Straight to the sender instead: "a direct transfer to me is completely fine".
      'direct transfer|handover ~ to ~ me ~ is ~ fine|completely_fine|easiest|simplest',
      // The private box as the only one, or the same one again: "This address only.", "Same address is fine."
      'this|the_other|private address|account|mailbox only',
      'same|earlier|previous|old|other address|email|inbox|mailbox is_fine|works|please',
    ],
    // The company keeping its own systems up: "our IT keeps everything running".
    unless: [
      'everything running|working|going|backed_up|up_to_date|patched|in_order|secure|safe',
      // A portal's notice sends the answer into the company's own system: "please answer in the portal and do not reply to this email".
      // The same route named as the portal: "put our raw files in the data portal, the same way as last time".
      // Only "in" it: "rather than through the project portal" steers away.
      'in|into the|your|our portal|data_portal|customer_portal|project_portal|partner_portal|supplier_portal',
      'answer|reply|respond|post|write|upload ~ in|via|through|on ~ the|our ~ portal|case|ticket|platform|customer_portal|supplier_portal|partner_portal',
    ],
    negatable: false,
  },

  // hospitality
  {
    id: 'EN_HOSPITALITY',
    category: 'hospitality',
    language: 'en',
    weight: 10,
    description: 'Offers dinners, receptions, gifts or paid travel',
    examples: {
      hit: ['We would be glad to invite you to dinner at the residence.', 'All expenses paid, including business-class flights.'],
      miss: ['Lunch will be provided in the canteen for all participants.', "Travel is reimbursed according to the university's travel policy."],
    },
    unless: [
      'according to|under|per|following|within|in_line_with|in_accordance_with ~ rules|regulations|policy|policies|scheme|guidelines|regulation',
      // Friends taking turns: "dinner is on me this time, you paid in Shanghai".
      'you ~ paid|treated|got_it|picked_up_the_bill ~ last_time|the_last_time|in|at|then|before',
      'my turn ~ to ~ pay|treat',
    ],
    unlessNearby: DECLARED_GIFT,
    patterns: [
      // A present for whoever arranges it: "I'll send them a small thank-you".
      'small|little|modest thank-you|thank_you_gift|present|gift|token',
      'lunch|dinner|drinks|meal ~ on_me|on_us|my_treat|our_treat|my_guest|our_guest',
      'dinner|lunch|reception ~ at the residence|embassy|consulate',
      'private dinner|lunch',
      'over ~ a|an quiet|private|nice lunch|dinner|meal',
      'over lunch|dinner|drinks',
      'all|the expenses|costs ~ on us|me',
      'cover|covers|covering|pay_for|pays_for all ~ expenses|costs',
      'fully|all paid|covered|funded stays|stay|trips|trip|visits|visit|travel',
      'sign|token of our|my gratitude|appreciation|thanks',
      'as thanks|gratitude',
      'as_a_thank_you|as_a_token',
      'prepared|bought|brought|sent|have ~ a|an ~ watch|gift|present|bottle|case ~ for you',
      'bottle|case of ~ cognac|whisky|whiskey|wine|champagne|vodka',
      'buy|buying|get|getting ~ you|the drinks|dinner|lunch|a_meal',
      'invite|invites|inviting|treat|treating you ~ to|for ~ lunch|dinner|drinks|a_meal|a_reception',
      'bring|bringing|give|giving|send|sending|brought|sent ~ you|the|a|an ~ watch|gift|present|bottle|souvenir|souvenirs',
      'all|fully expenses|expense paid|covered',
      'all-expenses-paid|expenses-paid',
      'we|I|our_side|our_institute|they|company|host|hosts|client|university|institute will|would|can|could|shall cover|pay_for|take_care_of|arrange|sponsor|reimburse ~ travel|flights|flight|hotel|accommodation|trip|stay|visa|expenses|tickets',
      'paid|sponsored|free trip|visit|stay|travel|holiday|vacation',
      'small|modest|little gift|present|token',
      'reception at the embassy|residence|consulate',
      'study tour|trip',
      // "Your flights, hotel and local transport would be arranged and covered by the Forum."
      'flights|flight|travel|transport|accommodation|hotel|expenses|costs are|is|will_be|would_be [of_course|fully|all] [arranged_and|booked_and] covered|reimbursed|taken_care_of|paid_for',
      // "Your flights, hotel and evening programme are of course on us."
      'flights|flight|travel|accommodation|hotel|expenses|programme|program ~ are|is|will_be ~ on_us|on_me|on_the_house',
      'business-class|first-class|business_class|first_class',
      'covers|cover|will_cover|pays_for|pay_for everything',
      'everything paid|covered|included',
      'my|our treat',
      // The sender treats: "a bite after training? My treat."
      "my treat|it's_on_me|dinner's_on_me|drinks_are_on_me",
      // The sender paying once more: "same place as last time, I'll pay again".
      "I'll|I_will|we'll|we_will pay|get_the_bill|get_this|cover_it ~ again|this_time_too|as_before",
      // "Next time the bill is mine again."
      'bill|tab is|will_be [again|once_more] mine|on_me',
    ],
  },

  // network-mapping
  {
    id: 'EN_NETWORK_MAPPING',
    category: 'network-mapping',
    language: 'en',
    weight: 15,
    description: 'Asks about colleagues, who has access, or for introductions',
    examples: {
      hit: ['Could you introduce me to colleagues who work on the EUV source?', 'Which engineers on your team have access to the test data?'],
      miss: ['I met several colleagues who work on the EUV source at the conference.', 'Our engineers have access to the new lab from Monday.', 'Please request membership of the admin groups through the IT portal.'],
    },
    unlessNearby: [
      // Names for a booking: "for the reservation, the names of the persons who will join, and any food allergies".
      'reservation|booking|dietary|allergies|allergy|place_cards|seating_plan',
      // A party's guest list: "send me the names of who you bring (partners/kids)".
      'who ~ you ~ bring|are_bringing|bringing|will_bring',
      'partners|kids|plus-ones|plus-one|spouses ~ too|as_well|included|welcome|)',
      // Names asked to thank people: "for the message cards I would like to write to the colleagues personally".
      'thank-you|thank_you|message|greeting|christmas|personal card|cards|note|notes',
      'thank|write_to ~ them|the_colleagues|each|everyone ~ personally|in_person',
      // Names for the certificates of a training the sender gave.
      'training|course|attendance|participation certificate|certificates',
      'printed_on|as_printed_on ~ the|a ~ certificate|certificates',
      // The reader's own passport details for a visit's registration: "your name as in your passport and your passport number, for their visitor registration".
      'passport_number|passport_details|passport_numbers|as_in_your_passport|as_on_your_passport',
      // Who shares a room on a group trip: "the list of names, with who is sharing with whom".
      'who|who_is|who_are|who\'s ~ sharing|shares|share|rooming|sleeping ~ with ~ whom|who',
      'rooming_list|room_list|room_allocation|room_sharing|double_rooms|single_rooms|twin_rooms',
    ],
    // Access asked for through the front door is the organisation's own process.
    unless: [
      'through|via|in|using ~ the|our|your ~ portal|helpdesk|service_desk|servicedesk|access_request|request_form|ticket|ticketing_system',
      // The sender's own people: "which accounts under our project are still active".
      'accounts|users|people|staff ~ under|of|from ~ our ~ project|company|organisation|organization|team',
    ],
    patterns: [
      // Who is in an access group: "listing plus who's in the group".
      "who|who's|who_is|who_are ~ in|on ~ the|that|each|every ~ group|groups|access_group|admin_group|mailing_list",
      // Who may enter where: "the badge groups for the cleanroom", "the access list of the pilot line".
      'badge|access|door groups|group|lists|list|holders|rights_overview',
      // Where someone will be when: "the professor's travel plans for June", "his itinerary".
      "travel_plans|travel_schedule|itinerary|itineraries|agenda|calendar ~ of|for ~ your|the ~ professor|director|CEO|boss|manager|team_lead|PI",
      "professor's|director's|CEO's|boss's|manager's travel_plans|travel_schedule|itinerary|agenda|calendar",
      // Who is still on a team, and who of the reader's people goes where: "is Stijn still on the project?".
      'is|are ~ still ~ on|in|with ~ the|that|your ~ project|team|programme|program|group',
      // Who is on site when, and how one gets in after hours: "the ERT roster with the shift pattern", "how contractor access works after 18:00".
      'roster|rosters|rota|rotas ~ with|and ~ the ~ shift_pattern|shift_patterns|shifts|night_shifts',
      'ERT|night|night-shift|security|guard|on-call|emergency_team|response_team roster|rosters|rota|rotas|list',
      'how ~ visitor|visitors|contractor|contractors|after-hours|night|weekend ~ access ~ works|is_handled|is_arranged|is_organised|is_organized',
      // Who visits someone and when he is in himself: "who comes to see De Graaf, and which days he is in".
      'who ~ comes|came|come ~ to_see|to_visit|by_to_see ~ him|her|them|the',
      'which|what ~ days|hours|times ~ he|she ~ is|was ~ in|there|on_site|in_the_office|around',
      'introduce|connect me|us with|to ~ colleagues|engineers|people|someone|anyone|researchers|experts|team|person',
      'put me|us in touch|contact with',
      'who|which ~ colleagues|engineers|people|researchers else ~ works|work|working|worked|is|are|were on',
      // Who worked beside someone: "which of his former colleagues worked on the same subsystem".
      'which|who of ~ his|her|their|your ~ colleagues|team_members|co-workers|coworkers worked|work|works|were on|with',
      // Whose access was taken away: "which of your guest researchers had their access withdrawn".
      'access|clearance|clearances|badge|badges|rights|permissions ~ withdrawn|revoked|removed|denied|suspended|pulled|taken_away',
      'who else works|is_working|has_access|is_involved',
      'who|which of ~ your|the colleagues|engineers|team|people|researchers|staff',
      'colleagues|engineers|people|researchers|members|staff who|that ~ work|works|are_working|lead|leads|look_after|handle|have_access|run|runs|operate|operates|maintain|maintains|manage|manages',
      'who|which ~ engineers|colleagues|people lead|leads|run|runs|handle|handles|look_after|work_on',
      'who can|could ~ access|pull|download|retrieve|get|see|open',
      'who|which ~ colleagues|engineers|people|researchers|staff has|have|holds|hold access',
      'has|have access to ~ the|these|those|this|your|such',
      'staff|colleagues|people|engineers|researchers|employees with ~ access ~ to',
      'names|contact details|contacts of ~ colleagues|engineers|team|people|researchers|staff',
      'org chart|chart',
      // Who sits where after a reorganisation: "the new team structure".
      'team|department|group|org structure|line-up|composition|allocation|allocations',
      'suggest|recommend|nominate|propose ~ colleagues|members|people|engineers|researchers|staff|students',
      'names ~ and ~ email|e-mail|contact|phone addresses|details|numbers',
      'organisational|organizational chart|structure',
      'anyone|someone else ~ in|at your team|company|group|department|lab who',
      // Who else to go to: "is there anyone else in Henk's group I should talk to?"
      'anyone|someone|anybody else ~ in|at|from ~ group|team|lab|department|company ~ I|we ~ should|could|might|ought_to talk|speak|write ~ to|with',
      'whoever|anyone_who ~ knows|handles|runs|works_on|is_responsible_for|has_access|does',
      'who on|in ~ your|the team|group|lab|department|side ~ handles|handle|runs|run|leads|lead|manages|manage|knows|is_responsible',
      'who ~ is|are ~ your ~ contact|point_of_contact|account_manager|main_contact|key_contact ~ for',
      // The lines between people: "who reports to whom", "the new reporting lines".
      'who reports|report to whom',
      'reporting lines|line|structure',
      // Who came in: "the new names since the summer", "the list of new starters".
      'new names ~ since|from|in|at|on ~ the|this|last ~ summer|spring|autumn|winter|quarter|month|year|team|group|side|programme|program|department',
      'list|lists|overview|names ~ of ~ the ~ new|latest ~ joiners|starters|hires|arrivals|recruits|people|colleagues|staff',
      // Who was given rights: "group memberships as of Friday, plus who was added since April".
      'group|admin|admin_group|AD memberships|membership|members',
      "who|whoever|who's|whoever's ~ was|were|has_been|have_been|been|got ~ added|removed|granted_access|given_access|given_rights ~ since|in|this|last|after",
      // What each account may open: "which of the datasets each account can open", "who logs in and when".
      'which|what ~ each|every ~ account|user|person|employee|colleague ~ can|may|is_allowed_to|has_access_to ~ open|access|see|read|use',
      'who ~ logs|log|logged ~ in|on|into',
      // Who comes along: "who goes on the spring trials this time".
      'who ~ goes|go|is_going|are_going|comes|come|is_coming|are_coming|sails|travels ~ along|with_them|on_board|this_time',
      // Whom a director sees: "the names of visitors", "a calendar export of your boss".
      'names|list ~ of ~ the|his|her|their ~ visitors|guests',
      'calendar|diary|agenda ~ export|exports|printout|printouts|dump',
      'export|copy|printout ~ of ~ the|his|her|your ~ calendar|diary|agenda',
      // Who may enter: "who has been allowed into the restricted lab since September".
      'who ~ is|are|has_been|have_been ~ allowed|permitted|cleared|authorised|authorized ~ in|into|on|to_enter|to_access',
      // Who holds a task now: "who does the purchasing at Kulim since the reorganisation".
      'who ~ does|do|runs|run|handles|handle|leads|lead|heads|head|took_over|has_taken_over ~ the|their|its ~ purchasing|procurement|buying|sourcing|negotiations|tender|tenders|budget|contracts',
      'name|names ~ of ~ whoever|the_person|the_people|the_engineer|the_engineers ~ took_over|runs|run|leads|lead|owns|own|handles|handle|signs|sign',
      'project|system|data|product owners|owner ~ please|list|names|too|as_well',
      'with ~ the ~ project|system|data|product ~ owners',
      // Who made or keeps a piece of the employer's work, so the sender can write to them directly.
      // How the reader's team is put together: "how your assembly team is set up".
      'how ~ your|the ~ team|teams|group|department|lab|unit|line|organisation|organization is|are ~ set_up|organised|organized|structured|staffed|split_up|divided|run',
      'who|whoever at|in|on ~ your|the ~ maintains|maintain|owns|develops|develop|wrote|writes|designed|designs|built|builds|looks_after|is_responsible_for',
      'who ~ has|have|holds|hold|had ~ access|badges|keys|clearance|credentials|rights|permissions|privileges',
      'which ~ of ~ them|those|these|the ~ people|colleagues|engineers|staff ~ hold|holds|have|has ~ a|the ~ badge|access|key|clearance',
      'shift|night|duty|on-call roster|rosters|rota|rotas',
      'list|names|overview ~ of ~ who',
      'names|contacts|roles on|of|in ~ the|your|that ~ team|group|project|department|lab|programme|program',
      // Who came in when: "the gate log for building P", "door logs", "the visitor register".
      'badge|access|visitor|staff|guest|keycard|gate|door|entry|entrance|turnstile|swipe|sign-in list|lists|log|logs|records|register|registers',
      'names|roles|contacts ~ of ~ the|your ~ people|colleagues|engineers|staff|researchers|members',
      // Who else works beside a named person: "the list of the other researchers in his group".
      'list|lists|overview|names ~ of ~ the|his|her|their|your|other|all colleagues|researchers|engineers|staff|team_members|PhD_students|postdocs',
      // Who was given access: "the list of new accounts and which projects they belong to".
      'list|overview ~ of|with ~ new|all|active ~ accounts|users|user_accounts|logins',
      // Where someone will be, and who meets behind closed doors: "the CTO's Q1 travel plan", "the attendee list for the
      // board offsite", "which hotel he stays at".
      "his|her|their|ceo's|cto's|cfo's|coo's|director's|boss's|manager's|chairman's|chairwoman's|chair's|president's|professor's|minister's|ambassador's|founder's ~ travel|trip|trips|itinerary|itineraries|whereabouts|movements|hotel|flights|flight_details|travel_plan|travel_plans|travel_schedule",
      'which|what hotel ~ he|she|they|your_CTO|your_CEO|your_director|your_boss ~ stays|stay|is_staying|are_staying|books|will_be',
      'attendee|attendees|participant|participants|guest|invitee|invitees list|lists ~ of|for ~ the ~ board|management|executive|leadership|strategy|steering|internal|closed|MT ~ offsite|off-site|retreat|meeting|meetings|session|dinner',
      // Who holds rights on a system: "the list of accounts with rights on the tape-out share", "the admin groups".
      'list|lists|overview|export ~ of ~ accounts|users|user_accounts|admins|administrators|members',
      'accounts|users|admins|people|members with|holding|that_have|who_have ~ rights|access|permissions|privileges|admin_rights|role|roles',
      'admin|administrator|administrators|privileged|domain_admin|access group|groups|group_membership|group_memberships|roles',
      // Who may open what: "so I can see who can see what", "who is allowed into which area".
      'who ~ can|may|is_allowed_to|are_allowed_to ~ see|open|access|view|enter ~ what|which|where',
      // Who takes over a role: "who replaces Joost as project lead".
      'who ~ replaces|succeeds|takes_over_from ~ as ~ project_lead|project_leader|team_lead|manager|head',
      // Who took over after someone left: "who picked up the e-beam docket after Mark left?".
      "who ~ picked_up|took_over|has_taken_over|inherited|is_covering|is_looking_after ~ after|since|now_that|now ~ left|retired|moved_on|went|leaving|retiring|'s_gone|'s_left|'s_retired",
      // Who visited: "who was at your place last week for the demo".
      'who ~ visited|came_to|was_at|were_at|came_for ~ your|the ~ site|plant|lab|demo|fab|factory',
      // Who is on a team, named with their roles: "the name and function of the project leader and which people are in the team".
      'name|names ~ and ~ function|functions|role|roles|position|positions ~ of ~ the|each|every ~ project_leader|project_leaders|team_lead|team_leads|team_members',
      'which|what people|engineers|staff ~ are|sit ~ in|on ~ the|each|that ~ team|project|group',
      // Which firms hold a pass, with the contact person for each: "which contractors have long-term badges for the halls".
      'which companies|contractors|suppliers|vendors|firms ~ have|hold|carry ~ badge|badges|pass|passes|access',
      'contact|contacts|contact_person|contact_persons|contact_details ~ per|for_each|at_each ~ company|contractor|supplier|vendor|firm',
      // Where someone is booked and whom he meets there: "where you've booked him", "is he seeing any of the car makers while he's there?".
      "where ~ you|you've|you_have ~ booked|put|placed ~ him|her|them",
      'is ~ he|she ~ seeing|meeting ~ any|anyone|any_of ~ the',
      // Who is on which shift and which of them holds a pass; starters and leavers and where they went: "who is on the night shift of bay 4 and which of them has a pass".
      'who ~ is|are|works|work ~ on|in ~ the ~ night_shift|night_shifts|night_rota|evening_shift|late_shift|shift|rota',
      'which|who ~ of ~ them|those|the_team ~ has|have|holds|hold ~ a|the ~ badge|pass|access',
      'starters ~ and ~ leavers',
      'where ~ the ~ leavers|people_who_left|people_leaving ~ went|go|ended_up|are_going',
      // Who sits on a project's board, and its participant list: "the names on the phase-C review board", "the consortium's participant list".
      'names ~ on|of ~ the ~ review_board|board|committee|panel|steering_group',
      'participant|attendee|contact list|lists ~ of|for ~ the ~ consortium|project|programme|working_group',
      "consortium's|project's|programme's participant|attendee|contact list|lists",
      // Who may sign or hold the keys: "whoever's been added to the signer list since March".
      'signer|signers|signing|signatory|signatories|key_holder|keyholder|key_holders|keyholders list|lists|group|groups|roster|register',
    ],
    needsRequest: true,
  },

  // unverifiable-organisation
  {
    id: 'EN_UNVERIFIABLE_ORGANISATION',
    category: 'unverifiable-organisation',
    language: 'en',
    weight: 14,
    description: 'Writes for a vague consultancy, think tank, expert network, talent programme or an unnamed client',
    examples: {
      hit: ['My client prefers to remain anonymous at this stage.', 'I am reaching out for an expert network that connects investors with specialists.'],
      miss: ['Our client, a hospital in Utrecht, asked us to schedule the audit in May.', 'The tank was filled with nitrogen before the test.'],
    },
    // A replacement search, whose client stays unnamed because the post-holder does not know yet.
    unlessNearby: ['current|incumbent|present ~ post-holder|postholder|holder|manager|director|head ~ not_yet|hasn\'t_been|has_not_been|is_not_yet|isn\'t_yet ~ informed|told|aware'],
    patterns: [
      'client|clients|principal|customer|sponsor|partner|investor|LP|LPs|backer|backers|funder|funders ~ wishes|wish|prefers|prefer|asked|wants|want to remain|stay anonymous|unnamed|confidential|discreet|in_the_background',
      "cannot|can't|can_not|unable_to|not_able_to|not_allowed_to share|disclose|reveal|give|tell ~ their|his|her|its|the|our|my name|names|identity",
      'name|identity ~ I|we cannot|can\'t|can_not|am_unable_to|are_unable_to|may_not ~ share|disclose|reveal|give|name',
      'client|company|investor|firm|party|organisation|organization ~ I|we cannot|can\'t|am_not_allowed_to|are_not_allowed_to name|disclose|reveal',
      'confidential client|clients|principal|customer|investor',
      "client|clients|investor|company|firm|party|principal|customer|sponsor ~ not_able_to|unable_to|cannot|can't|can_not|not_allowed_to|not_at_liberty_to ~ say|disclose|reveal|name|tell|share|mention",
      'cannot|can_not|unable_to|not_able_to|not_at_liberty_to ~ disclose|reveal|name|share the|our|my|their ~ client|clients|principal|customer|sponsor|identity',
      'unnamed|undisclosed|anonymous client|clients|principal|customer|sponsor|partner|party',
      // Whoever pays keeps out of sight: "the group I'm putting this together for would rather stay in the background".
      'client|clients|group|party|people|principal|sponsor|investor|investors|backer|backers|funder|funders ~ would_rather|prefer_to|prefers_to|want_to|wants_to|wish_to|wishes_to stay|remain|keep ~ in_the_background|out_of_sight|behind_the_scenes|out_of_the_picture',
      'client|clients|group|party|people|principal|sponsor|investor|investors|backer|backers|funder|funders ~ for would_rather|prefer_to|prefers_to|want_to|wants_to|wish_to|wishes_to stay|remain|keep ~ in_the_background|out_of_sight|behind_the_scenes|out_of_the_picture',
      // The name held back for now: "a well-funded client in the AI space (confidential for now)".
      'client|clients|principal|sponsor|investor|investors|backer|backers ~ confidential|anonymous|undisclosed|unnamed|nameless for_now|at_this_stage|for_the_time_being|for_the_moment|until_later|until_we_meet',
      'think tank|tanks',
      'think-tank|thinktank',
      'expert network|networks',
      'talent programme|program|programmes|programs|plan|scheme|initiative',
      'on behalf of a|an ~ client|government|institute|organisation|organization|foundation|partner',
      // Who the client is held back: "who exactly it is I can't say yet".
      "who ~ it|they ~ is|are ~ I|we ~ can't|cannot|can_not|am_not_allowed_to ~ say|tell|share|disclose",
      // The client who will not be named: "a client who prefers not to be named".
      'client|clients|principal|customer|sponsor|investor|party ~ prefers|prefer|wishes|wish|wants|want|asked ~ not_to_be_named|not_to_be_identified|not_to_be_mentioned',
    ],
  },

  // Concepts that the rules above wrote as phrases: each catches a family of wordings, not one sentence.
  {
    id: 'EN_REQUEST_RESULTS_OF_YOURS',
    category: 'sensitive-request',
    language: 'en',
    weight: 22,
    description: "Asks for test results, measurements or data of the reader's own machine, product or line",
    examples: {
      hit: ['Could you send the acceptance test results of your new machine?', 'Can you tell me how your new scanner performs at high dose?'],
      miss: ['Our acceptance test results are summarised in the public annual report.', 'The test results of the student project are on the course page.'],
    },
    unless: PROHIBITIONS,
    patterns: [
      'test|acceptance|qualification|measurement|benchmark|validation|reliability|calibration|field|pilot|trial|yield|uptime|throughput results|numbers|data|figures|values|runs|logs|curves|reports|sheet|sheets',
      // Reliability tests by their names: "damp-heat results", "HTOL data", "burn-in logs".
      'damp-heat|humidity|thermal-cycling|HTOL|HAST|HTRB|burn-in|life-test|lifetime|aging|ageing|vibration|shock results|data|numbers|report|reports|logs|curves',
      // A product's own logs and tuned values: "the cell impedance logs", "the new balancing parameters".
      'impedance|cell|battery|sensor|machine|tool|calibration logs|traces',
      // What a test showed run by run: "what failed on each run and what was changed afterwards", "the levels you logged".
      'what ~ failed|broke|went_wrong|cracked|came_loose ~ on|in|during|at ~ each|every|the ~ run|runs|test|tests|shot|shots|cycle|cycles|trial',
      // What a customer changed: "whatever changed in the customer's revised spec".
      "what|whatever ~ changed|was_changed|has_changed ~ in|on ~ the|your ~ customer's|revised|new|latest ~ spec|specs|specification|specifications|drawing|drawings|requirements",
      'interferometry|interferometer|metrology|inspection|qualification summary|summaries',
      'levels|values|data|numbers|readings|curves|figures ~ you|your_team ~ logged|recorded|measured|captured|saw',
      // The files a test run left: "the new g2 files from the module tests".
      'files|logs|scans|traces|dumps|captures ~ from|of ~ the|your|our|last|latest ~ module|qualification|reliability|acceptance|burn-in|integration|system|bring-up|field ~ tests|test|runs|run|trials|lots|lot|batches|batch',
      'new|tuned|internal|raw ~ parameters|coefficients',
      'results|numbers|data|figures|measurements|logs|readings|specs of|from|on|for your [new|next|latest|current|own]',
      'how your|the [new] machine|tool|system|prototype|scanner|platform|stage|module|chip|line performs|performed|behaves|scores',
    ],
    needsRequest: true,
  },
  {
    id: 'EN_REQUEST_WORK_SAMPLE',
    category: 'sensitive-request',
    language: 'en',
    weight: 22,
    description: "Asks for a piece of the reader's work for the current employer as a sample, instead of a test or interview",
    examples: {
      hit: ['Could you share a recent piece of work instead of the take-home?', 'Could you send an example of something you built at your current employer?', 'Can you send the error budget you mentioned? It would be ideal as a work sample.'],
      miss: ['The take-home exercise takes about three hours; you will get it by email.', 'Please bring a public paper or an open-source project you are proud of.'],
    },
    unless: PROHIBITIONS,
    patterns: [
      'recent|real|actual|current|existing piece|pieces|sample|samples|example|examples ~ of ~ your|real|actual work',
      'work sample|samples',
      'piece|example|sample of ~ work|something ~ you|your_team built|designed|wrote|made|developed|did ~ at|for ~ your|the current|present',
      'built|designed|wrote|made|developed ~ at|for ~ your current|present employer|company|job|team',
      // The reader's own work named back as the sample: "the error budget you mentioned would be ideal".
      'you mentioned|described|showed|talked_about|told_me_about ~ would_be|is|sounds ~ ideal|exactly_right',
      'instead of ~ the ~ take-home|assignment|exercise|test|case|interview',
      // Samples of what the reader's team works with: "one or two examples of the labelled tiles you use".
      'example|examples|sample|samples|copy|copies|extract|extracts|excerpt|excerpts of ~ you|your_team|your_group use|used|work_with|label|labelled|labeled|collect|collected|produce|produced|generate|generated',
    ],
    needsRequest: true,
  },
  {
    id: 'EN_REQUEST_BUSINESS_INSIDE',
    category: 'sensitive-request',
    language: 'en',
    weight: 20,
    description: 'Asks for inside business information: customers, pricing, internal policy, negotiating positions, who decides',
    examples: {
      hit: [
        'Could you tell me who decides on the supplier selection?',
        'Would you share your customer list for the Asian market?',
        'It would help if you could bring the customer pipeline and a note on what the board decided about Asia.',
      ],
      miss: ['Our customer list grew by ten percent this year.', 'Please book the hotel through your travel desk, as per your policy.', 'The fee can be paid to your employer if your policy requires that.'],
    },
    // "Booked as per your policy", "paid to your employer if your policy requires that" follow the policy; they do
    // not ask what it says.
    unless: [
      ...PROHIBITIONS,
      'as_per|per|according_to|in_line_with|under|following|within your|the ~ policy|policies|rules|guidelines',
      'if|where|when|unless|as your|the ~ policy|policies|rules|guidelines require|requires|allow|allows|permit|permits|prescribe|prescribes',
    ],
    patterns: [
      // Field returns counted: "how many of your modules come back from the field per million shipped".
      'come_back|are_returned|get_returned|fail ~ from|in ~ the ~ field',
      'per_million|ppm ~ shipped|sold|delivered|in_the_field',
      'customer|client|supplier|sales|order list|lists|names|contacts|base|contracts|orders|pricing|prices|volumes|pipeline|forecast|forecasts|backlog|funnel',
      'renewal|renewals|contract list|lists|pipeline|values|dates|terms',
      // How service is set up: "the standard lead times and safety stocks per module and per hub".
      'lead_times|lead-times|safety_stock|safety_stocks|stock_levels|reorder_points ~ per|by ~ module|hub|customer|site|warehouse|region',
      // Who stays and at what pay: "who has a retention arrangement, with the scale".
      'retention_arrangement|retention_arrangements|retention_bonus|retention_bonuses|retention_agreements|stay_bonus|stay_bonuses|salary_scale|salary_scales|salary_bands|pay_grades|grade_tables',
      'who ~ has|have|signed ~ a|such_a|that|one_of_those ~ retention|stay ~ arrangement|agreement|bonus|deal',
      // What sells where and what is on order: "sell-out per distributor region and the SWIR backlog", "the overview of this quarter's orders".
      'sell-out|sell-in|sales|revenue|orders|bookings|backlog|shipments ~ per|by ~ region|distributor|country|customer|market|segment',
      "overview|list|export ~ of ~ the|all|this_quarter's|last_quarter's ~ orders|bookings|backlog|shipments",
      'list|lists|overview ~ of ~ the|all|your ~ licensees|licencees|end-customers|end_customers|end_users|distributors',
      'contract|contracts values|prices|terms|margins',
      // What a contract's fine print holds: "the SLA and penalty matrix for the service contracts", "the rebate scheme".
      'SLA|SLAs|penalty|penalties|bonus-malus|rebate|rebates|discount|discounts|incentive matrix|matrices|table|tables|scheme|schemes|structure|structures|clauses|schedule|schedules',
      'SLA|SLAs ~ for|of ~ the|your ~ service|maintenance|support|supply ~ contract|contracts|agreement|agreements',
      'which|what other customers|clients ~ have|had|use|used|bought|ordered|run|reported|got',
      // Who has the kit installed: "which fabs have had the upgrade installed so far".
      'which|what ~ fabs|sites|customers|clients|plants ~ have|has|had ~ had|got|received ~ it|the_upgrade|the_kit|the_new_version ~ installed|fitted|delivered',
      'which|what ~ fabs|sites|customers|clients|plants ~ have_had_it|got_it|have_it ~ installed|fitted|delivered',
      // Who runs a function there: "who runs field service for the Asian sites".
      'who ~ runs|leads|heads|manages ~ field_service|service|sales|support|purchasing|procurement ~ for|in|at ~ the',
      // Who the unnamed customers are: "which customers they are", "who the customers were".
      'which customer|customers|client|clients ~ they|those|these|it ~ are|were|is|was|went_to|belong_to',
      'who ~ the|those|these customers|clients ~ are|were',
      // Which customer got what: "which of them shipped to Hanseo", "which boards came in this quarter".
      'which|what ~ shipped|were_shipped|were_delivered|came_in|arrived ~ to|this_quarter|last_quarter|this_month|last_month',
      // How far a figure the company keeps to itself fell: "how far has the yield dropped?"
      'how_far|how_much|how_badly ~ has|have|did ~ the ~ yield|yields|output|uptime|throughput|margin|margins ~ dropped|fallen|fell|slipped|gone_down|sunk',
      'how_far|how_much|how_badly ~ the ~ yield|yields|output|uptime|throughput|margin|margins ~ has|have|had ~ dropped|fallen|slipped|gone_down|sunk',
      // What the company earns and owes: "the October margin sheet", "margins per product line", "the auditors'
      // management letter", "what went back and forth with the bank about the covenant", "your own forecast".
      'margin|margins|gross_margin|gross_margins|cost_price|cost_prices sheet|sheets|overview|overviews|report|reports|figures|numbers|matrix|breakdown|breakdowns|split|per|by',
      'price|pricing matrix|matrices',
      // What each customer takes: "starts per customer for Q1".
      'starts|volumes|wafers|lots|orders|revenue|sales ~ per|by customer|client',
      'management_letter|management_letters|covenant|covenants|board_pack|board_packs|bank_correspondence|waiver_request',
      "your|your_company's|the_company's ~ own|internal ~ forecast|forecasts|projections|budget|numbers|figures",
      // What is coming next: "which platforms are coming in the next two years".
      'which|what ~ platforms|products|machines|systems|models|tools ~ are|is ~ coming|planned|due|scheduled ~ in|for|over|the_next|next_year',
      // Hiring and merging not yet announced: "how many people you're planning to bring into the source group", "whether
      // the optics and source teams are being folded together".
      "how_many ~ people|engineers|staff|hires|heads ~ you're|you_are|they're|they_are|the_company_is ~ planning|going|hoping|looking ~ to ~ hire|bring_in|bring|recruit|add|take_on",
      'teams|groups|departments|divisions|units ~ are|is ~ being ~ merged|folded_together|folded_into|combined|restructured|split_up|reorganised|reorganized',
      // Cuts not yet announced: "are they cutting in the test department?"
      'cuts|cut|cutting|layoffs|redundancies ~ in|at|to ~ the ~ department|team|group|test|division',
      // How the company rates its suppliers: "the supplier scorecard", "who went on probation".
      'supplier|suppliers|vendor|vendors|sub-supplier|sub-suppliers scorecard|scorecards|ratings|rating|ranking|rankings|audit_scores|audit_results',
      'on|under probation',
      'probation|watch list|lists',
      'watchlist|phase-out_list|blacklist',
      'your ~ biggest|largest|main|key|top ~ customer|customers|client|clients|account|accounts',
      // Who has which machine, and where it is in trouble: "the install list for Asia", "open escalations per fab".
      'install|installed|installed-base base|list|lists|overview|data',
      // Where machines go in or are upgraded: "the list of installs and upgrades for Q2".
      'list|lists|overview|schedule|plan ~ of|with|for ~ installs|installations|installs_and_upgrades|tool_installs',
      'open|customer|service|field escalations|complaints|incidents ~ per|by|for|at ~ fab|fabs|customer|customers|site|sites|account|accounts',
      'internal|your policy|policies|strategy|strategies|plans|budget|budgets|pricing|deliberations|discussions|decisions|priorities|reorganisation|reorganization',
      // A stance, not a job: "your position on the tender", "the internal position"; not "so I can list your position".
      'internal position|positions',
      'your position|positions on|regarding|towards|concerning',
      'negotiating|negotiation|bidding|tender position|positions|strategy|mandate|margin|margins|limit|limits',
      'who ~ decides|decide|makes_the_decisions|signs_off|approves|has_the_final_say|holds_the_budget',
      'board|management|leadership|executive discussions|minutes|decisions|thinking|deliberations',
      // When an unannounced step is due: "when is the field trial pencilled in?"
      'when ~ is|are ~ the|your ~ field_trial|field_trials|field_test|field_tests|test_campaign|sea_trial|sea_trials|tape-out|tapeout|qualification|launch ~ planned|scheduled|pencilled_in|penciled_in|due|expected',
      // The decision as a verb: "what the board decided about the US expansion".
      'what|how ~ the|your ~ board|management|leadership|executive_team|works_council ~ decided|concluded|agreed|chose|discussed',
      'what ~ your|the management|board|leadership|company|ministry ~ really|actually|privately ~ thinks|think|plans|plan|wants|intends',
      // An insider's candid read: "your honest view on how your team's design holds up".
      "honest|candid|frank|private|unvarnished view|views|take|opinion|assessment|read ~ on|of ~ how|whether ~ your|your_team's|your_company's|your_employer's",
      'security procedures|arrangements|measures|setup|set-up|protocols',
      // The organisation's own security record: "how many suspected approaches your staff reported internally".
      'how_many|number_of|numbers_of|figures_on ~ suspected|reported|security|internal ~ approaches|incidents|cases|reports|breaches|leaks|intrusions',
      // How the staff fall for lures: "the click rates of your phishing simulations per department".
      'click rates|rate|figures|results|statistics',
      'phishing|simulation results|figures|statistics|scores',
      'how_many|number_of ~ reports|reported_mails|reported_messages ~ of ~ real|genuine|suspicious|phishing',
      // Who was refused: "candidates who were turned down and why".
      'rejected|refused|turned-down|declined candidates|applicants|applications|cases|licences|licenses',
      'candidates|applicants|applications|cases ~ who|that|which ~ were|got ~ turned_down|rejected|refused|declined',
      // What an internal meeting decided: "the minutes of the last steering group", "the MT papers".
      'minutes|papers|notes|decision_list|action_list|slides ~ of|from ~ the|your|last|latest ~ steering|board|management|MT|executive|leadership|works_council|programme|program ~ group|committee|meeting|council|review|board|team',
      'steering|board|MT|management|committee minutes|papers',
      // What the reader's employer pays and how the price is built: "what you pay per piece for the blanks", "their price breaks and surcharges"; shipments held or refused and under which licence.
      'what ~ you|your_company|your_employer|you_guys ~ pay|are_paying|paid ~ per_unit|per_piece|per_wafer|per_part|per_kilo',
      'price_breaks|pricing_structure|price_build-up|discount_tiers|surcharges_and_discounts',
      'shipments|orders|exports|deliveries ~ held|refused|blocked|stopped|detained ~ by ~ customs|the_licensing_office|the_authorities',
      'which ~ items|products|parts|shipments|systems ~ ship|go|went|shipped ~ under ~ an|a|the|which ~ individual_licence|general_authorisation|licence|license|individual_license',
      // Pay of the reader's colleagues, not the reader's own: "the pay review export for the design teams: grade, base, bonus percentage"; which customers are qualifying a part.
      'salary|salaries|pay|compensation|payroll ~ data|rows|export|overview|table|details|figures|bands ~ of|for|per ~ the|your|each ~ team|teams|engineers|staff|department|departments|employees|grade|person|employee',
      'grade,_base|base,_bonus|bonus_percentage|bonus_percentages|pay_review_export|payroll_export',
      'which ~ customers|carmakers|car_makers|OEMs|fabs|automakers ~ are|is ~ qualifying|evaluating|sampling',
      // When a customer goes into production: "when they expect to go into production".
      'when ~ they|the_customer|customers ~ plan|expect|think|want ~ to ~ go|start|ramp ~ into_production|production|volume_production',
      // A photo of an internal overview, a copy that leaves no trace: "could you take a quick photo of that overview of the last round?".
      'photo|picture|snap|snapshot|screenshot ~ of ~ that|the|your|this ~ overview|screen|list|table|report|whiteboard|printout|sheet|planning|schedule',
      // Whether a tape-out still holds.
      'is ~ the ~ tape-out|tapeout|launch|production_start|release ~ still_on|still_happening|delayed|pushed_back|slipping',
      // Periodic exports from the company's systems and registers: "the PM + downtime export for the Meridian tools", "the Q3 licence overview"; next year's installation plan.
      'downtime|PM|preventive_maintenance|uptime|alarm|usage|accounting|utilisation|utilization export|exports|dump|dumps|history|records',
      'licence|license|licensing|export_licence|export_license overview|overviews|register|spreadsheet|status_list',
      'installation|install|delivery|shipment|shipping plan|planning|schedule|schedules ~ for ~ next_year|the_coming_year|2026|2027|Q1|Q2|Q3|Q4',
      // Audit scores, vendor lists and volumes per site: "the updated vendor list and the volumes per site".
      'scores|results|outcomes ~ of|from ~ the ~ last|latest|recent ~ audits|audit',
      'vendor|supplier list|lists|shortlist',
      'volumes ~ per ~ site|customer|fab|plant|programme|program|line',
      // The returns and field failures across all accounts, not only the sender's: "the RMA overview and the field-failure summary, the full one across all accounts".
      'RMA|returns|field-failure|field_failure|failure overview|overviews|summary|summaries|export',
      'across|for ~ all ~ accounts|customers|clients ~ not_only|not_just',
      // The company's shipping records: "the March docket export", "the shipping overview for December".
      'docket|dockets|shipping|shipment export|exports|overview|overviews|manifest|manifests',
      // What the employer filed with or got from an authority: "the application you filed with the CDIU, plus the letter with their classification".
      'application|applications|filing|filings|file|submission|submissions|correspondence|letter|letters ~ you|your_company|your_team ~ filed|submitted|sent|got ~ with|to|from ~ the ~ CDIU|BIS|customs|ministry|regulator|authorities|export_control_office',
      'letter|ruling|decision ~ with ~ their|the ~ classification|ruling|assessment',
      // What a review panel wrote: "the panel comments on the two quantum proposals".
      'panel|reviewer|reviewers|review|referee|evaluator|evaluators comments|reports|scores|scoring|notes ~ on|for|of ~ the|these|those|both|two',
      // The working tools of the reader's reviewers: "the checklist your reviewers use when they look at the statement".
      'checklist|checklists|template|templates|criteria|scoring_sheet|rubric|playbook|decision_tree ~ your|the ~ reviewers|auditors|screeners|screening_team|compliance_team|team|colleagues|analysts|officers ~ use|uses|apply|applies|work_with|follow',
      // The tools at each customer, and what they have ordered: "how many of their etch tools the two fabs run today",
      // "whether they've already signed up for the upgrade".
      'how_many ~ of ~ their|its|your|the_customer\'s ~ tools|machines|systems|scanners|steppers|chambers|units|installations',
      'how_many ~ tools|machines|systems|scanners|steppers|chambers ~ they|the_customer|each_customer|the_fab|each_fab ~ run|runs|running|has|have|installed|operate|operates',
      "whether|if ~ they|they've|they_have|the_customer|the_customers|the_fab|the_fabs ~ already ~ signed|signed_up|ordered|committed|booked|placed_an_order",
    ],
    needsRequest: true,
  },
  {
    id: 'EN_REPORTS_ON_COLLEAGUES',
    category: 'network-mapping',
    language: 'en',
    weight: 15,
    description: 'Asks for reports, notes or impressions about colleagues',
    examples: {
      hit: ['Could you write short notes on your colleagues in the metrology group?', 'Tell me about your colleagues, who is unhappy there?'],
      miss: ["I wrote notes on the colleagues' presentations for the minutes.", 'The team gave a great talk about its new tool.'],
    },
    patterns: [
      'report|reports|notes|impressions|profile|profiles|assessment|assessments|details|gossip ~ on|about ~ your|the colleagues|co-workers|team|staff|people|manager|managers|boss|director',
      'tell me|us ~ about ~ your|the colleagues|co-workers|team_members|staff|manager|managers|boss',
      'who ~ is|are|might_be ~ unhappy|frustrated|dissatisfied|in_debt|open_to|looking_to_leave|disgruntled',
      // A colleague's private life, asked for: "find out a bit more … her situation at home".
      'find_out|dig_up|pick_up|learn ~ a_bit|a_little|some|something|anything ~ more ~ about ~ her|him|them',
      'her|his|their situation_at_home|home_situation|family_situation|financial_situation|finances|debts|money_worries|drinking|habits|weaknesses',
      'whether|if she|he ~ drinks|gambles|has_debts|is_in_debt|is_unhappy',
    ],
    needsRequest: true,
  },
  {
    id: 'EN_REQUEST_ACCESS',
    category: 'sensitive-request',
    language: 'en',
    weight: 22,
    description: "Asks for a way in: a badge, login, token or password, a place on a team's channel or drive, or entry without registration",
    examples: {
      hit: ['Could I borrow your badge this Saturday?', 'Just add me back to the tapeout channel with this address?', 'Can you give him one of the spare contractor badges?'],
      miss: ['Please request access to the shared drive through the IT portal.', 'Your new badge is ready at the reception desk.'],
    },
    unless: [
      // A messenger group among friends is a channel, not a way into the reader's systems: "I'll add you to the WeChat group".
      'WeChat|WhatsApp|Signal|Telegram group|groups|chat|group_chat',
      // A person added as a contact in a messenger is a channel, not a way in: "add me on WeChat".
      'add|added|adding ~ me|you|us|him|her ~ on|via|in ~ WeChat|WhatsApp|Signal|Telegram|LinkedIn|Facebook|Instagram|Line',
      'through|via|in|using ~ the|our ~ portal|helpdesk|service_desk|servicedesk|access_request|request_form|ticket',
      // The guest network every visitor gets: "guest accounts for the Wi-Fi".
      'wifi|wi-fi|wlan|eduroam|guest_network|guest_wifi|guest_wi-fi',
    ],
    patterns: [
      'borrow|use|lend_me|lend_him|lend_her ~ your|a_spare|one_of_your|one_of_the ~ badge|pass|keycard|key_card|access_card|login|account|credentials|password|token|fob',
      'spare|extra|contractor|visitor|guest|temporary|loaner|test|demo badge|badges|pass|passes|keycard|keycards|login|logins|account|accounts',
      'give|get|hand|lend|arrange ~ me|him|her|them|us ~ a|an|one|your|the ~ badge|pass|keycard|login|account|credentials|password|token',
      'add|put|invite|re-add|readd|include ~ me|him|her|us|them|my_address|this_address back|again|still|on|in|to|into ~ the|your|that ~ channel|group|team|drive|folder|repository|repo|share|list|mailing_list|distribution_list|SharePoint|Teams|Slack|Confluence|Jira|wiki|workspace|server',
      'keep|leave ~ my|his|her|the|our ~ account|login|access|badge|VPN|credentials|mailbox ~ active|open|alive|enabled|running|valid|working',
      // A disabled account switched on again: "could you switch my old account on for an afternoon?".
      'account|login|access|badge|VPN ~ re-enable|re-enabled|reenable|reactivate|reactivated|unlock|unblock|switch_on|switch_back_on|turn_on|turn_back_on|back_on',
      're-enable|reenable|reactivate|unlock|unblock|switch|turn ~ my|his|her|the|our ~ old ~ account|login|badge|access',
      'VPN|RSA|2FA|MFA|authenticator token|tokens|code|codes|login|account|credentials',
      'share|send|give|tell|forward|text ~ me|him|us ~ your|the|a ~ password|credentials|login_details|one-time_code|verification_code|code',
      'your own|current ~ username|user_name|password|credentials|login|login_details',
      // The login handed along with a device: "put your login on a note with it".
      'your login|password|credentials|login_details ~ with_it|along|on_a_note|on_a_post-it|on_a_slip|written_down',
      'username|user_name|login|user_id and|plus password|passwords',
      'new|the|their|our user|admin|service accounts|logins|credentials',
      // A machine's own codes, which unlock what the customer did not buy: "the service-level password", "the licence key".
      // Named as the thing itself, not a newsletter's "serial numbers or activation key" or "your list admin password".
      'the|your|its|their service|service-level|maintenance|engineering|admin|administrator|root|master|factory password|passwords|PIN|code|codes|login|credentials',
      'the|your|its|their|a licence|license|unlock|activation key|keys|code|codes|file',
      // A code for one of the reader's systems: "the password for the engineering menu".
      'password|passwords|passcode|credentials|PIN|access_code|service_code|admin_password|root_password for|to|of ~ the|your|its',
      'access|login|logins|rights|permissions ~ to|for|on ~ the|your|that ~ shared|team|project|group drive|folder|repository|repo|server|share|SharePoint|cluster|network|portal|wiki|database|channel',
      'let|get|take|bring|walk ~ me|him|her|them ~ in|into|through|round|around ~ the|your ~ cleanroom|lab|fab|hall|metrology_room|building|site|production_floor|facility',
      // Not "without laptop no registration is needed": only words that belong to the registration between.
      'without registration|registering|signing_in|sign-in|an_escort|escort|a_visitor_pass|a_badge|being_registered',
      'without_any|without_the|without_a|without_formal ~ registration|registering|signing_in|sign-in|escort|visitor_pass|badge',
      // A way in that is a number: "the door code of the service corridor".
      'door|entry|alarm|keypad|gate|building|corridor|lock|key_safe|keysafe code|codes|PIN|PINs|combination',
      // In on someone else's badge: "he comes in with me, on my badge".
      'on ~ my|our|your ~ badge|pass|visitor_pass|access_card|keycard',
      // The login of a shared account: "the login of the office's general account on the portal".
      "login|password|credentials ~ of|for ~ the ~ shared|general|team|office's|common ~ account|accounts",
      // The reader's signing set-up used for an outsider's build: "push it through the signing box yourself and mail the signed image back".
      'push|put|run|sign ~ it|this|that|the_image|the_binary|the_build|our_image|our_binary|our_build ~ through|on|with ~ the|your ~ signing_box|signing_server|signing_station|signing_service|signing_pipeline|HSM',
      'signed ~ image|binary|build|firmware ~ straight|directly ~ back ~ to ~ me|us',
      // Time on the reader's own equipment: "an hour on one of your rigs".
      'hour|hours|slot|run|afternoon|evening ~ on ~ one_of_your|your|the ~ rigs|rig|test_rigs|test_rig|tools|machines|scanner|scanners|testers|tester',
    ],
    needsRequest: true,
  },
  {
    id: 'EN_PAYMENT_GRANT_IN_RETURN',
    category: 'payment-offer',
    language: 'en',
    weight: 20,
    description: 'Offers a personal grant, stipend, award or allowance, or payment on standing terms',
    examples: {
      hit: ['You would receive a personal grant of EUR 20,000 for the coming year.', 'We can work on the usual terms, as last time.'],
      miss: ['The university received a research grant from the European Commission.', 'Our terms and conditions are on the website.'],
    },
    // Pay set by an institution's rules, not offered by the sender: "the speaker honorarium, according to our university's
    // regulations for invited lecturers, has been transferred".
    unless: [
      "according_to|under|per|following ~ our|the|their ~ university's|university|institute's|institute|faculty's|company's|standard ~ regulations|rules|policy|policies|guidelines",
    ],
    patterns: [
      'personal|private|individual grant|grants|stipend|award|allowance|subsidy|bursary|fellowship|research_budget',
      'grant|stipend|award|subsidy|bursary|fellowship|allowance|funding ~ in_return|in_exchange|conditional|provided_that|on_condition',
      'on|under|at the|our usual|same|agreed|familiar|standard terms|arrangement|basis|rate',
      'usual|same|agreed|standing ~ terms|arrangement|rate|fee|compensation',
      // Standing terms said with a verb: "I'll settle it as before", "then I'll sort the rest like last time".
      "I'll|I_will|we'll|we_will|then_I|then_we ~ arrange|settle|sort|square ~ it|things|that|the_rest|everything ~ as|like|the_same_way_as ~ before|last_time|previously|agreed",
      // The sender's side of a standing deal: "I'll take care of my end like last time", "handled on my end as before".
      "take_care_of|handle|handled|sort|sorted|cover|covered ~ my|our end|side|part ~ as|like ~ before|last_time|usual|always|agreed",
      'paid keynote|lecture|talk|speech|visit|trip|stay',
      'speaker|speaking|keynote fee|fees|honorarium',
      // Money or a gift paid to the person, not the institution, or handed over in person.
      'paid|transferred|sent ~ to ~ a|your personal|private|own account|wallet',
      'bring|hand|leave|have ~ the|an|your envelope',
      'in return|in_place_of_a_proposal|as_a_return ~ we ~ ask|expect|require',
    ],
  },
  {
    id: 'EN_DUAL_APPOINTMENT',
    category: 'unverifiable-organisation',
    language: 'en',
    weight: 14,
    description: 'Offers a programme, lab or appointment abroad on the side, while the reader keeps the current job',
    examples: {
      hit: ['You can keep your current position in Delft and spend two months a year in our lab.', 'We offer a second appointment in Shanghai alongside your work in Eindhoven.'],
      miss: ['She left her current position to join a start-up.', 'The lab moved to a second floor in the new building.'],
    },
    patterns: [
      'keep|keeping|retain|retaining|while_keeping|alongside|besides|next_to|on_top_of ~ your|the|their|his|her current|present|existing|full|full-time|permanent|home|regular position|job|role|appointment|employment|post|positions|jobs',
      'on the side ~ of ~ your current|present job|position|work',
      'second|joint|parallel|satellite lab|laboratory|appointment|affiliation|position|workplace ~ in|abroad',
      'nomination|nominated|shortlisted|selected ~ for ~ the|our|a programme|program|plan|scheme|fellowship|award|appointment|professorship|chair',
      'private|personal|independent|freelance consultant|consultancy|advisor|adviser ~ on_the_side|alongside|in_your_spare_time|in_your_own_time',
    ],
  },
  {
    id: 'EN_TRADE_REPRESENTATIVE',
    category: 'diplomatic-sender',
    language: 'en',
    weight: 18,
    description: 'Presents itself as a trade or economic representative, delegate or envoy of a state',
    examples: {
      hit: ['I am the trade representative of my country in Benelux.', 'As an envoy of the government I would like to meet your director.'],
      miss: ['Our sales representative will call you about the order.', 'The trade fair opens on Tuesday in Utrecht.'],
    },
    claimsOfficialRole: true,
    patterns: [
      'trade|economic|commercial|science|technology representative|representatives|delegate|delegates|envoy|envoys|officer|liaison|counsellor|counselor|attaché|attache',
      'representative|delegate|envoy of ~ the|a government|ministry|state|republic|people\'s|federation|kingdom',
    ],
    fields: ['text', 'from'],
    negatable: false,
  },
];

/** English words that make a sentence a request to the reader. compromise adds questions and imperatives. */
export const ENGLISH_REQUEST_CUES: readonly TermList[] = [
  {
    id: 'EN_REQUEST_CUE',
    language: 'en',
    description: 'Asks the reader to share, send, provide or bring something',
    patterns: [
      'could|would|can|will|might you',
      'would|are you ~ willing|able|open|prepared|interested',
      'please|kindly',
      'you can|could|might ~ send|share|provide|bring|forward|help|tell|prepare|write',
      'hoping you|hope_you might|could|would|can|will',
      'expected|required|asked|invited to ~ bring|share|provide|send|hand|deliver|present|supply',
      // A third party's standing ask: "the client asks shortlisted candidates to send a small portfolio".
      'asks|ask|requests|request|invites|invite ~ candidates|applicants|experts|participants|speakers|you ~ to ~ send|share|bring|provide|submit|supply',
      'what ~ they|we|he|she|I|client really|actually|would ~ need|needs|want|wants|interest|interests|require|requires',
      'curious|keen|eager|interested to ~ hear|know|learn|see|understand',
      'would|could help me|us',
      'would|could|will|might ~ help ~ me|us|him|her|them|my_client|my_friend|a_lot',
      'help ~ me|us ~ with|understand',
      'could|can|would ~ prepare|write|draft|compile|put_together',
      'we also need',
      // What the sender would need for his work: "to put a first scenario together I'd need a few things from you:".
      "I'd|we'd|I_would|we_would|I_will|we_will ~ need",
      'need|needs ~ from_you',
      'need|needs|want|wants the',
      'appreciate|grateful ~ if',
      // Wanting the thing itself: "my partners would like the bring-up results", "I'd be so grateful for the code".
      'would|d like|love|appreciate|welcome the|your|a|an|some|any|those|these|all|copies|a_copy',
      'grateful|thankful|obliged for',
      'it would ~ help|be helpful|be_great|be_useful|be_valuable|mean|easier|be_easier|save',
      // The wish said warmly: "if that procedure is easy to grab, that would be amazing".
      'that|it ~ would_be|will_be|d_be ~ amazing|brilliant|fantastic|lovely|awesome|a_lifesaver|a_huge_help',
      'we|I|they|client|clients|members|partners|he|she would|d|are|am ~ like|love|hope|hoping|keen|eager|looking ~ to ~ receive|see|get|have|obtain|learn|read|discuss|hear|go',
      "I'd|we'd|they'd|he'd|she'd [really|honestly|genuinely|truly|just|so|also] like|love|want",
      // Asking the reader to do it: "they would like you to cover", "we need you to bring".
      'would|d like|love|prefer you|them to',
      'want|wants|need|needs|ask|asks|asking|expect|expects you to',
      'is|are|expects|expect|wishes|wish|needs|need|want|wants to receive|obtain|get|have|see',
      'I|we was|were|am|are hoping',
      'if you could|can|would|were',
      // As a condition, without 'could': "if you bring the log files to our meeting, we can show …".
      'if|when you bring|send|forward|email|mail|pass|share',
      'do you have',
      'send|share|provide|bring|forward|pass|give|show|email|mail|upload|attach|copy|walk|tell me|us',
      'share ~ with me|us',
      'bring ~ along|with_you',
      'in exchange|return for',
      'pay|paying|{amount} ~ for the|your|these|those|this|a|an|each|every',
      'interested in ~ receiving|obtaining|seeing|getting|learning|accessing',
      'looking for',
      // What the sender wants, said plainly: "what I'm after is simple".
      "what I'm|I_am|we're|we_are|they're|they_are|he's|she's|my_client_is|the_client_is after",
      'next step|steps',
      'same as last time|before',
      // A running contact's standing terms ask for the next delivery: "Same arrangement as April."
      'same|usual arrangement|deal|drill ~ as|like',
      'are|is|am|mainly|particularly|especially|most interested in',
      'need ~ the|your|a_copy|copies|access',
      'any chance',
      'any luck|news|progress ~ with|on',
      'did|have you ~ get|got|manage|managed|find|found|gotten',
      'is|are|would_be ~ enough|fine|sufficient|plenty',
      // A wish for the thing, and the extra asked without a verb: "the version with the test results would be best",
      // "Also, if possible, the list of the other researchers".
      'would|will be ~ best|ideal|perfect|most_useful|most_helpful',
      'if possible|feasible',
      'if at all possible',
      'too|as_well|also please',
      'let me know',
      // A paid call's agenda asks as much as a question: "Topics we would like to cover:".
      'topics|agenda|questions|themes|points|areas ~ we|I|they|client|would|will|want|like|hope ~ cover|discuss|address|explore|go_through|walk_through|talk_about',
      'topics|questions|agenda ~ include|including|are|would_be|could_be',
      // The agenda named by its occasion: "Topics for the call:".
      'topics|agenda|questions|themes|points for|of ~ the|our|this|your ~ call|conversation|interview|session|meeting|consultation',
      'on the agenda',
      'walk me|us through',
      'small|little|tiny favour|favor|request',
      'we|I ask|request|expect|require ~ for|that|a|an|the|your|you',
      // A third party wanting more, leading into a list: "Our manufacturer requires more information this time:".
      'requires|require|requests|request|needs|wants ~ more|additional|further|extra ~ information|details|data|documentation',
      // A running contact's one-liner: "the numbers for February, same as before".
      'numbers|figures|data|results for ~ january|february|march|april|may|june|july|august|september|october|november|december|last_month|this_month|the_quarter|the_month',
      // The next delivery of a standing one: "Same as in October please:", "the same overview for Q4".
      'same as|like ~ january|february|march|april|may|june|july|august|september|october|november|december|Q1|Q2|Q3|Q4|spring|summer|autumn|winter|the_last_quarter',
      'same again ~ for|this|please',
      'same|usual overview|list|sheet|summary|update|breakdown ~ for ~ Q1|Q2|Q3|Q4|H1|H2|this_quarter|last_quarter|this_month|last_month|january|february|march|april|may|june|july|august|september|october|november|december',
      'numbers|figures|data|results for Q1|Q2|Q3|Q4|H1|H2',
    ],
  },
];

export const ENGLISH_WITHHOLDING_CUES: TermList = {
  id: 'EN_WITHHOLDING',
  language: 'en',
  description: 'Asks the reader not to pass something on',
  patterns: [
    "not|don't|never ~ share|forward|circulate|distribute|disclose|pass_on|discuss|show|copy",
    'not|never be ~ shared|forwarded|circulated|distributed|disclosed|passed_on|discussed',
  ],
};

export const ENGLISH_NEGATORS: TermList = {
  id: 'EN_NEGATION',
  language: 'en',
  description: 'Cancels a following match in the same clause',
  patterns: ['not|no|never|without|nor|neither|none|nothing|cannot|unpaid|free_of_charge|pro_bono', "don't|doesn't|won't|isn't|aren't|can't|wouldn't|shouldn't|didn't|never"],
};

/**
 * A mail that names these approaches (espionage, intelligence services) is a candidate awareness mail. The awareness
 * reading reads a compound's hyphen as a space (see readsAsAwareness), so its cues are written open ("dual use").
 */
export const ENGLISH_AWARENESS_CORE: TermList = {
  id: 'EN_AWARENESS_CORE',
  language: 'en',
  description: 'Names espionage or intelligence services as the subject of the mail',
  patterns: [
    'espionage|spying|spies',
    // Approaches as a kind, in the plural: what a security team asks its staff about, not one sender's own mail.
    'unsolicited|suspicious|unusual approaches|contact_attempts',
    'intelligence service|services|officer|officers|agency|agencies',
    'national|state|domestic|foreign security service|services',
    'foreign state|states|actors|actor|powers|governments',
    'security awareness',
    // The employer's rules on the press: "our guidance on contact with journalists".
    'guidance|policy|rules|guidelines ~ on|for|about ~ contact_with|contacts_with|talking_to|speaking_to|dealing_with ~ journalists|the_press|press|media|reporters',
    'how ~ we|you ~ talk|speak ~ to|with ~ investors|journalists|the_press|press|media|reporters',
    // The employer's rules on gifts and hospitality: "what you may accept from suppliers", "register it in the gift register".
    'code_of_conduct|gift_register|gifts_register|hospitality_register|gifts_and_hospitality|gift_and_hospitality|gifts_&_hospitality',
    // The employer's review of what staff publish: "review of papers, talks and posters before publication".
    'publication_review|pre-publication_review|prepublication_review|publication_clearance|PubReview',
    'review|reviewed|clearance|cleared|approval|approved ~ before|prior_to ~ publication|publishing|external_publication|presentation|submission',
    'what ~ you|we|employees|staff ~ may|can ~ accept|receive ~ from ~ suppliers|customers|business_partners|vendors|partners',
    // The employer's own handling rules: "a reminder of how we handle customer material".
    "how ~ we|you ~ handle|treat|protect|store|ship ~ customer|customers'|customer's ~ material|materials|data|information|samples|parts|returns",
    'awareness training|trainings|session|sessions|campaign|campaigns|month',
    'red flags',
    'warning signs',
    'knowledge security',
    // Export-control notices warn about the same approaches: they describe, they do not ask.
    'export|trade control|controls|compliance',
    'dual_use',
    'AIVD|MIVD|NPSA|CPNI',
    // News of a court case describes an approach; it does not make one.
    'sentenced|convicted|indicted|prosecutors|prosecution|pleaded_guilty|court_case|the_court|verdict|defendant',
    'courtroom|indictment|prison|jail|probation|arrested|charged_with|jury|criminal_complaint|court_documents|court_filings',
    'appeals_court|court_of_appeal|defence_lawyer|defense_attorney|the_judge|case_file',
    // A court's trial and defence, not a sea trial or the defence sector: "stood trial", "the defence argued".
    'on|at|awaiting|stood|stand|stands|standing|face|faces|facing trial',
    'his|her|their|criminal|espionage|spy|jury|fraud trial|trials',
    'trial against|of ~ a|an|the|two|three ~ former|ex-employee|employee|employees|engineer|engineers|researcher|scientist|man|woman|suspect|suspects|defendant|defendants',
    'the defence|defense argued|argues|claimed|claims|said|says|lawyer|lawyers|attorney|attorneys|team|counsel|rested|objected|pleaded|maintained',
    'travel_security|security_desk|security_briefing|debrief',
    // What travel advice hands out: a loaner laptop, a travel phone.
    'loaner|travel|clean|burner laptop|laptops|phone|phones|device|devices',
    'travel advice|advisory|briefing|security_advice',
    // A warning that shows what an approach looks like: "a good example of what an approach can look like".
    'what|how ~ an|such_an|these|such approach|approaches ~ look|looks|can_look|may_look|might_look|could_look like',
    'example|examples of ~ an|such_an|such approach|approaches',
    // Someone else's message shown as a specimen, its sender taken out: "(names removed)", "sender withheld".
    'names|name|details|sender removed|redacted|withheld|omitted',
    // Research-security offices and their bulletins warn about elicitation by name.
    'elicitation|counterintelligence|counter_intelligence',
    'research_security|trusted_research',
    'NCSC|NCTV|MI5|FBI|BfV',
    'security bulletin|newsletter|advisory|alert',
    'security|threat|infosec notice|notices|reminder|briefing|advisory|advisories|intelligence|intel',
    'tradecraft|InfoSec_team|information_security_team',
    // Someone who reports an approach forwards its words: "I reported it to Integrity & Security", "should I report this?".
    "I|we|I've|we've|I_have|we_have|I_already|we_already ~ reported|forwarded|flagged|passed_on|sent ~ it|this|them|the_message|the_mail ~ to ~ security|integrity|compliance|CISO|the_security_office|corporate_security|IT_security|the_security_team|our_security_officer",
    'should|shall|must I|we report|flag|forward ~ this|it|them',
    'thanks|thank_you for flagging|reporting|forwarding ~ this|it',
    // An awareness tip's instruction: "forward the message to security@…".
    'forward|send ~ it|them|the_message|the_mail|the_email|such_messages ~ to ~ security|infosec|the_security_team|the_security_office|IT_security|corporate_security|the_CISO',
  ],
};

/** Wording that describes or warns rather than asks. Together with a core cue it marks an awareness mail. */
export const ENGLISH_AWARENESS_SUPPORT: TermList = {
  id: 'EN_AWARENESS_SUPPORT',
  language: 'en',
  description: 'Describes approaches as a warning and asks to report them',
  patterns: [
    'be|stay alert|vigilant|wary|cautious',
    'watch out',
    'recognise|recognize|spot|identify ~ an|such|these|the approach|approaches|attempts|signs|pattern|patterns',
    'report ~ it|this|them|such|any|suspicious ~ to|with ~ security|the_security|your_security|AIVD|MIVD|NCSC|MI5|FBI',
    'security officer|team|desk|office|department',
    'corporate|group|research security|integrity',
    // Where a security team has its staff report, and the example a colleague brought in.
    'report|flag ~ through|via|using|on ~ the|our ~ form|intranet|portal|reporting_form|hotline',
    'example|examples ~ that|which ~ a|one_of_our ~ colleague|colleagues ~ showed|received|forwarded|shared',
    'for example|instance',
    'such as',
    'may|might|could|often|typically ~ offer|ask|invite|try|suggest|flatter',
    'if|when ~ someone|anyone|a_contact|a_host ~ asks|offers|invites|approaches|suggests ~ you',
    'warn|warns|warned|warning|warnings',
    'fake profile|profiles|accounts|recruiters|personas',
    'pose|poses|posing|posed as',
    // A news item tells what the one approached did: "the engineer reported the approach to his employer's security".
    'reported ~ the|this|that ~ approach|contact|attempt ~ to',
    'describe|describes|described this|the|that|such pattern|patterns|approach|approaches',
    // Only as the warning's request: "let us know if you receive such a message", not "let me know a slot".
    'let|tell us|me know if|when|whenever ~ you|anyone|someone|colleagues ~ receive|received|receives|get|gets|got|see|saw|notice|noticed|spot|spotted|come_across|are_approached|were_approached|have_been_approached',
    "have not|haven't|did_not|didn't|never replied|responded|answered",
    "do_not|don't|please_don't|never answer|reply|respond|write_back ~ him|her|them|it|to_him|to_her|to_them|to_it",
    'suspicious|odd|strange|weird|unusual message|mail|email|invitation|request|approach|contact',
    'report|reports ~ to ~ infosec|InfoSec|IT_security|the_CISO|us|the_security_office|the_security_team',
    'genuine|legitimate|real ~ vs|versus|or|and ~ fake|suspicious|fraudulent',
    'indicators of compromise',
    'IOCs|IOC',
    "do_not|don't|never delete ~ it|them|the_message|the_mail|the_email",
    // What a bulletin tells its readers to do and what it draws on: reports, advice, the messages kept.
    'reported|reports|reporting|report ~ to ~ us|security|the_security_office|corporate_security|your_security_officer',
    'colleagues|staff|researchers|employees reported|flagged',
    'if|when in doubt',
    'ask us|ask_for_advice|seek_advice|get_advice',
    'keep|save|preserve ~ the|these|such|all ~ messages|emails|mails|message|email|evidence',
    'typical|common|recurring|familiar phrases|lines|wordings|patterns|examples|red_flags',
    'anonymised|anonymized|sanitised|sanitized|redacted ~ example|examples|case|cases|message|messages|mail|email|e-mail|approach|version',
    // What a sender calls the approach they pass on: "a textbook example".
    'textbook|classic|typical|perfect example|case',
    // A bulletin's reassurance: better one report too many.
    'false alarm|alarms',
    // The reporter's doubt about the message passed on: "looks off?", "the WeChat bit made me uneasy".
    'looks|looked|seems|seemed|feels|felt|smells ~ off|fishy|dodgy|phishy|suspicious',
    'made|makes me ~ uneasy|uncomfortable|suspicious|wary|nervous',
    // A report told to its readers: "he did not answer and forwarded it to us".
    'forwarded ~ to ~ security|infosec|IT_security|the_security_office|the_security_team|corporate_security|compliance|us',
  ],
};
