import type { CategoryId, Language } from './types';

/** What the sentence about a sender's history needs; no mail text except the named object of a request. */
export interface HistorySentenceInput {
  language: Language;
  /** Messages from this sender known, the open one included. */
  messages: number;
  firstSeen?: number;
  firstContact: boolean;
  /** The domain counted too (it is not a free-mail provider anyone can sign up to). */
  domainChecked: boolean;
  /** Steps seen in earlier contact, in the order they first appeared. */
  earlier: readonly CategoryId[];
  /** Steps in the open message. */
  now: readonly CategoryId[];
  /** The thing the open message asks for, e.g. "design files". */
  requestedObject?: string;
}

interface Words {
  ordinals: readonly string[];
  nth: (count: number) => string;
  fromSender: string;
  since: (date: string) => string;
  inConversation: string;
  domainUnseen: string;
  earlier: string;
  now: string;
  and: string;
  /** Month names for "12 October 2026": written out here because setting up Intl costs a fresh worker tens of ms. */
  months: readonly string[];
  steps: Partial<Record<CategoryId, string>>;
  requestFor: (object: string) => string;
}

const WORDS: Record<Language, Words> = {
  en: {
    ordinals: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'],
    nth: (count) => `Message ${count}`,
    fromSender: 'message from this sender',
    since: (date) => `since ${date}`,
    inConversation: 'in this conversation',
    domainUnseen: 'Nothing from its domain was seen before either.',
    earlier: 'Earlier',
    now: 'Now',
    and: 'and',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    steps: {
      'payment-offer': 'an offer of money',
      hospitality: 'an offer of dinners, gifts or travel',
      'private-channel': 'a move to a private channel',
      secrecy: 'a request to keep the contact secret',
      'sensitive-request': 'a request for non-public information',
      'network-mapping': 'questions about colleagues',
    },
    requestFor: (object) => `a request for “${object}”`,
  },
  nl: {
    ordinals: ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde', 'Zesde', 'Zevende', 'Achtste', 'Negende', 'Tiende'],
    nth: (count) => `Bericht ${count}`,
    fromSender: 'bericht van deze afzender',
    since: (date) => `sinds ${date}`,
    inConversation: 'in dit gesprek',
    domainUnseen: 'Ook van het domein is eerder niets gezien.',
    earlier: 'Eerder',
    now: 'Nu',
    and: 'en',
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    steps: {
      'payment-offer': 'een aanbod van geld',
      hospitality: 'een aanbod van diners, cadeaus of reizen',
      'private-channel': 'een overstap naar een privékanaal',
      secrecy: 'een verzoek om het contact geheim te houden',
      'sensitive-request': 'een verzoek om niet-openbare informatie',
      'network-mapping': "vragen over collega's",
    },
    requestFor: (object) => `een verzoek om “${object}”`,
  },
};

/** The steps of an approach, in the order the sentence names them; who the sender is is the summary's business. */
export const STEP_CATEGORIES: readonly CategoryId[] = [
  'sensitive-request',
  'network-mapping',
  'payment-offer',
  'hospitality',
  'private-channel',
  'secrecy',
];

/** More than three steps in one list stops being plain words. */
const MAX_LISTED = 3;

function joinList(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "12 October 2026" or "12 oktober 2026", in the reader's time zone. */
function longDate(at: number, words: Words): string {
  const date = new Date(at);
  return `${date.getDate()} ${words.months[date.getMonth()]} ${date.getFullYear()}`;
}

/** E.g. "Third message from this sender since 12 October 2026. Earlier: an offer of dinners, gifts or travel. Now: a request for “design files”." */
export function historySentence(input: HistorySentenceInput): string {
  const words = WORDS[input.language];
  const ordinal = words.ordinals[input.messages - 1] ?? words.nth(input.messages);
  const when =
    input.firstSeen !== undefined && !input.firstContact
      ? ` ${words.since(longDate(input.firstSeen, words))}`
      : input.messages > 1
        ? ` ${words.inConversation}`
        : '';
  const parts = [`${ordinal} ${words.fromSender}${when}.`];
  if (input.firstContact && input.domainChecked) parts.push(words.domainUnseen);

  const describe = (category: CategoryId): string =>
    category === 'sensitive-request' && input.requestedObject ? words.requestFor(input.requestedObject) : words.steps[category]!;
  const earlier = input.earlier.filter((category) => words.steps[category]).slice(0, MAX_LISTED);
  const now = STEP_CATEGORIES.filter((category) => input.now.includes(category)).slice(0, MAX_LISTED);
  if (earlier.length > 0) parts.push(`${words.earlier}: ${joinList(earlier.map((c) => words.steps[c]!), words.and)}.`);
  if (earlier.length > 0 && now.length > 0) parts.push(`${words.now}: ${joinList(now.map(describe), words.and)}.`);
  return capitalise(parts.join(' '));
}
