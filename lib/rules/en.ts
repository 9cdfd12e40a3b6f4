import type { Rule, TermList } from './types';

/** English signal rules. Weights are points on the 0–100 score; see lib/rules/combinations.ts for the levels. */
export const ENGLISH_RULES: readonly Rule[] = [
  // diplomatic-sender
  {
    id: 'EN_DIPLOMATIC_MISSION',
    category: 'diplomatic-sender',
    language: 'en',
    weight: 18,
    description: 'Writes on behalf of an embassy, consulate or trade mission',
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
    id: 'EN_DIPLOMATIC_TITLE',
    category: 'diplomatic-sender',
    language: 'en',
    weight: 18,
    description: 'Uses a diplomatic title (attaché, secretary or counsellor of a mission)',
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

  // sensitive-request
  {
    id: 'EN_REQUEST_NONPUBLIC',
    category: 'sensitive-request',
    language: 'en',
    weight: 26,
    description: 'Asks for information that is not public: internal, unpublished or proprietary material',
    patterns: [
      'internal|unpublished|non-public|nonpublic|proprietary|confidential|restricted|classified documents|data|details|information|specs|specifications|drawings|reports|results|roadmap|process|presentations|material|materials|measurements|designs|test|figures|numbers',
      'not yet|not_been published|public|released',
      'before ~ it|they|this is|are|gets|get published|public|released',
      'pre-publication|prepublication data|results|version|copy',
      'under embargo',
      'trade secrets',
    ],
    needsRequest: true,
  },
  {
    id: 'EN_REQUEST_TECHNICAL_ASSET',
    category: 'sensitive-request',
    language: 'en',
    weight: 24,
    description: 'Asks for design files, process parameters, source code, model weights or similar technical assets',
    patterns: [
      'roadmap|roadmaps',
      'design|CAD|layout|mask files|data|drawings',
      'GDS|GDSII|netlist|netlists|schematics|blueprints',
      'process parameters|conditions|settings|window|recipes|recipe|flow|data|specifications',
      'recipes',
      'source code',
      'model weights',
      'trained weights',
      'training|test|validation|yield|calibration|characterisation|characterization data|dataset|datasets|set|sets',
      'customer list|lists',
      'technical specifications|specs|documentation|drawings',
      'specifications',
      'architecture details|documents|diagrams',
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
    patterns: [
      'we|I|client|they will|would|can|could|shall|are_happy_to|are_prepared_to|am_happy_to|am_prepared_to pay|compensate|reward|remunerate you',
      'pay|compensate|reward|remunerate you ~ for',
      'you will|would be ~ paid|compensated|rewarded|remunerated',
      'honorarium|honoraria|stipend',
      'consulting|consultancy|advisory|speaking fee',
      'fee of {amount}',
      '{amount} ~ for ~ your time|help|insights|efforts|report|assistance|trouble|contribution|input|views|expertise',
      '{amount} per hour|day|report|call|month',
      'generous|attractive|substantial|handsome fee|compensation|payment|remuneration|honorarium|reward',
      'compensation for your time|help|insights|efforts|trouble|expertise',
      'token of ~ appreciation|gratitude',
      'make it worth your while',
      'paid|pay in cash',
      'cash payment',
      'envelope',
      'crypto|cryptocurrency|bitcoin|btc|usdt|tether|ethereum',
      'gift card|cards|voucher|vouchers',
    ],
  },

  // secrecy
  {
    id: 'EN_SECRECY',
    category: 'secrecy',
    language: 'en',
    weight: 20,
    description: 'Asks to keep the contact hidden from the employer or colleagues',
    patterns: [
      'keep ~ this|it|our|contact|conversation|exchange|arrangement|correspondence|relationship between us|between_ourselves|to_yourself|private|quiet|discreet|low-key|confidential',
      'between the two of us',
      'between you and me',
      "don't|do_not|no_need_to|better_not|please_don't|rather_not|need_not|needn't tell|inform|mention|involve|notify|alert|copy|cc|loop_in ~ employer|manager|boss|supervisor|colleagues|company|university|security|compliance|anyone|anybody|team|department|institute",
      'without ~ involving|telling|informing|notifying ~ employer|manager|boss|supervisor|colleagues|company|university|security|compliance|department|institute',
      'discreet|discreetly|discretion',
      'delete|destroy ~ this|the message|email|e-mail|mail|messages|emails|conversation|after_reading',
      'no one|nobody ~ needs|has|have to know',
      'off the record',
      'outside official channels',
      'unofficially|unofficial basis|capacity',
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
    patterns: [
      'personal|private e-mail|email|mail|address|phone|number|mobile|gmail|cell',
      'continue|talk|chat|move|switch|reach|contact|message|text|call|write|add|find ~ on|via|over|through|to ~ Telegram|Signal|WhatsApp|WeChat|Wickr|Threema|Viber|Session|Line',
      'my Telegram|Signal|WhatsApp|WeChat|Wickr|Threema|Viber handle|number|id|account|is',
      'Telegram|Signal|WhatsApp|WeChat|Wickr|Threema encrypted ~ chat|app|messenger',
      'not ~ your work|company|office|corporate|university|business email|e-mail|account|address|channels',
      'outside ~ work|company|office|corporate|university email|e-mail|channels|systems',
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
    patterns: [
      'lunch|dinner|drinks|meal ~ on_me|on_us|my_treat|our_treat|my_guest|our_guest',
      'invite|treat you to ~ lunch|dinner|drinks|a_meal|a_reception',
      'all|fully expenses|expense paid|covered',
      'all-expenses-paid|expenses-paid',
      'we|I|our_side|our_institute|they will|would|can|could|shall cover|pay_for|take_care_of|arrange|sponsor|reimburse ~ travel|flights|flight|hotel|accommodation|trip|stay|visa|expenses|tickets',
      'paid|sponsored|free trip|visit|stay|travel|holiday|vacation',
      'small|modest|little gift|present|token',
      'reception at the embassy|residence|consulate',
      'study tour|trip',
    ],
  },

  // network-mapping
  {
    id: 'EN_NETWORK_MAPPING',
    category: 'network-mapping',
    language: 'en',
    weight: 15,
    description: 'Asks about colleagues, who has access, or for introductions',
    patterns: [
      'introduce|connect me|us with|to ~ colleagues|engineers|people|someone|anyone|researchers|experts|team|person',
      'put me|us in touch|contact with',
      'who|which ~ colleagues|engineers|people|researchers else ~ works|work|working|is|are on',
      'who else works|is',
      'who|which ~ colleagues|engineers|people|researchers|staff has|have|holds|hold access',
      'has|have access to ~ the|these|those|this|your|such',
      'names|contact details|contacts of ~ colleagues|engineers|team|people|researchers|staff',
      'org chart|chart',
      'organisational|organizational chart|structure',
      'anyone|someone else ~ in|at your team|company|group|department|lab who',
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
    patterns: [
      'client|clients|principal|customer|sponsor|partner ~ wishes|wish|prefers|prefer|asked|wants to remain|stay anonymous|unnamed|confidential|discreet',
      'cannot|can_not|unable_to|not_able_to|not_at_liberty_to ~ disclose|reveal|name|share the|our|my|their ~ client|clients|principal|customer|sponsor|identity',
      'unnamed|undisclosed|anonymous client|clients|principal|customer|sponsor|partner|party',
      'think tank|tanks',
      'think-tank|thinktank',
      'expert network|networks',
      'talent programme|program|programmes|programs|plan|scheme|initiative',
      'on behalf of a|an ~ client|government|institute|organisation|organization|foundation|partner',
    ],
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
      'appreciate|grateful ~ if',
      'it would ~ help|be helpful|be_great|be_useful|be_valuable|mean',
      'we|I would|d|are|am ~ like|love|hope|hoping|keen|eager|looking ~ to ~ receive|see|get|have|obtain|learn|read|discuss|hear',
      "I'd|we'd like|love",
      'I|we was|were|am|are hoping',
      'if you could|can|would|were',
      'do you have',
      'send|share|provide|bring|forward|pass|give|show|email|mail|upload|attach|copy|walk|tell me|us',
      'share ~ with me|us',
      'bring ~ along|with_you',
      'in exchange|return for',
      'interested in ~ receiving|obtaining|seeing|getting|learning|accessing',
      'looking for',
      'need ~ the|your|a_copy|copies|access',
      'any chance',
      'let me know',
    ],
  },
];

export const ENGLISH_NEGATORS: TermList = {
  id: 'EN_NEGATION',
  language: 'en',
  description: 'Cancels a following match in the same clause',
  patterns: ['not|no|never|without|nor|neither|none|nothing|cannot|unpaid|free_of_charge|pro_bono', "don't|doesn't|won't|isn't|aren't|can't|wouldn't|shouldn't|didn't|never"],
};

/** A mail that names these approaches (espionage, intelligence services) is a candidate awareness mail. */
export const ENGLISH_AWARENESS_CORE: TermList = {
  id: 'EN_AWARENESS_CORE',
  language: 'en',
  description: 'Names espionage or intelligence services as the subject of the mail',
  patterns: [
    'espionage|spying|spies',
    'intelligence service|services|officer|officers|agency|agencies',
    'foreign state|states|actors|actor|powers|governments',
    'security awareness',
    'awareness training|session|campaign|month',
    'red flags',
    'warning signs',
    'knowledge security',
    'AIVD|MIVD|NPSA|CPNI',
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
    'recognise|recognize|spot|identify ~ an|such|these|the approach|approaches|attempts|signs',
    'report ~ it|this|them|such|any|suspicious ~ to|with ~ security|the_security|your_security|AIVD|MIVD|NCSC|MI5|FBI',
    'security officer|team|desk|office|department',
    'for example|instance',
    'such as',
    'may|might|could|often|typically ~ offer|ask|invite|try|suggest|flatter',
  ],
};
