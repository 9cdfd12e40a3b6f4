import type { CategoryId, Language } from './types';

/** What the summary needs to know about the findings. */
export interface SummaryInput {
  language: Language;
  categories: ReadonlySet<CategoryId>;
  /** The phrase naming what is asked for, e.g. "unpublished process parameters". */
  requestedObject?: string;
  /** The sensitive field the request is about, e.g. "EUV". */
  field?: string;
  awareness: boolean;
}

interface Phrases {
  diplomat: string;
  mismatchActor: string;
  vagueActor: string;
  message: string;
  asksFor: (object: string, field?: string) => string;
  asksForSomething: (field?: string) => string;
  actions: Partial<Record<CategoryId, string>>;
  diplomatMismatch: string;
  and: string;
  awareness: string;
}

const PHRASES: Record<Language, Phrases> = {
  en: {
    diplomat: 'A sender presenting as a diplomat',
    mismatchActor: 'A sender whose address does not match the role it claims',
    vagueActor: 'A sender for an organisation that cannot be checked',
    message: 'This message',
    asksFor: (object, field) => `asks for “${object}”${field ? ` (${field})` : ''}`,
    asksForSomething: (field) => `asks for non-public information${field ? ` about ${field}` : ''}`,
    actions: {
      'payment-offer': 'offers money',
      secrecy: 'asks you to keep the contact secret',
      'private-channel': 'wants to continue on a private channel',
      'network-mapping': 'asks about colleagues and who has access',
      hospitality: 'offers dinners, gifts or paid travel',
      'unverifiable-organisation': 'speaks for an organisation that cannot be checked',
    },
    diplomatMismatch: 'writes from a free-mail address',
    and: 'and',
    awareness: 'This reads as a security-awareness message about such approaches, so its signals count less.',
  },
  nl: {
    diplomat: 'Een afzender die zich als diplomaat presenteert',
    mismatchActor: 'Een afzender wiens adres niet past bij de rol die hij claimt',
    vagueActor: 'Een afzender namens een organisatie die niet te controleren is',
    message: 'Dit bericht',
    asksFor: (object, field) => `vraagt om “${object}”${field ? ` (${field})` : ''}`,
    asksForSomething: (field) => `vraagt om niet-openbare informatie${field ? ` over ${field}` : ''}`,
    actions: {
      'payment-offer': 'biedt geld aan',
      secrecy: 'vraagt het contact geheim te houden',
      'private-channel': 'wil verder via een privékanaal',
      'network-mapping': "vraagt naar collega's en wie toegang heeft",
      hospitality: 'biedt diners, cadeaus of betaalde reizen aan',
      'unverifiable-organisation': 'spreekt namens een organisatie die niet te controleren is',
    },
    diplomatMismatch: 'schrijft vanaf een gratis mailadres',
    and: 'en',
    awareness: 'Dit lijkt een bewustwordingsbericht over zulke benaderingen; de signalen tellen daarom minder.',
  },
};

const ACTION_ORDER: readonly CategoryId[] = [
  'payment-offer',
  'secrecy',
  'private-channel',
  'network-mapping',
  'hospitality',
  'unverifiable-organisation',
];

function joinList(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** One specific sentence a person understands, e.g. "A sender presenting as a diplomat asks for “unpublished process parameters” (EUV) and offers money." */
export function summarize(input: SummaryInput): string {
  const phrases = PHRASES[input.language];
  if (input.awareness) return phrases.awareness;
  const { categories } = input;
  if (categories.size === 0) return '';

  let actor = phrases.message;
  const actions: string[] = [];
  if (categories.has('diplomatic-sender')) {
    actor = phrases.diplomat;
    if (categories.has('identity-mismatch')) actions.push(phrases.diplomatMismatch);
  } else if (categories.has('identity-mismatch')) {
    actor = phrases.mismatchActor;
  } else if (categories.has('unverifiable-organisation')) {
    actor = phrases.vagueActor;
  }
  if (categories.has('sensitive-request')) {
    actions.unshift(
      input.requestedObject ? phrases.asksFor(input.requestedObject, input.field) : phrases.asksForSomething(input.field),
    );
  }
  for (const category of ACTION_ORDER) {
    if (!categories.has(category)) continue;
    if (category === 'unverifiable-organisation' && actor === phrases.vagueActor) continue;
    actions.push(phrases.actions[category]!);
  }
  if (actions.length === 0) {
    // Only who the sender is: say that, without inventing a request.
    return input.language === 'nl' ? `${actor}; er wordt (nog) niets gevraagd.` : `${actor}; nothing is asked for (yet).`;
  }
  return `${actor} ${joinList(actions, phrases.and)}.`;
}
