import { STEP_CATEGORIES, type CategoryId, type Explanation, type HistoryNote } from '../model';

/**
 * The explanation and the sender's history in the interface's words: sentences built from the engine's data with
 * message ids (locales/*.yml). Only the words the message itself has (what is asked for, a field) come from the mail,
 * in quotes. Pure: the extension passes `i18n.t`, the scan command the English file.
 */
export type Translate = (key: string, substitutions?: string[]) => string;

/** Each category's phrase in the sentence, and in the history's lists; the sender's own identity is the subject instead. */
const ACTION_KEYS: Partial<Record<CategoryId, string>> = {
  'payment-offer': 'explain.action.paymentOffer',
  secrecy: 'explain.action.secrecy',
  'private-channel': 'explain.action.privateChannel',
  'network-mapping': 'explain.action.networkMapping',
  hospitality: 'explain.action.hospitality',
  'unverifiable-organisation': 'explain.action.unverifiableOrganisation',
};
const ACTION_ORDER: readonly CategoryId[] = [
  'payment-offer',
  'secrecy',
  'private-channel',
  'network-mapping',
  'hospitality',
  'unverifiable-organisation',
];
const STEP_KEYS: Partial<Record<CategoryId, string>> = {
  'payment-offer': 'history.step.paymentOffer',
  hospitality: 'history.step.hospitality',
  'private-channel': 'history.step.privateChannel',
  secrecy: 'history.step.secrecy',
  'sensitive-request': 'history.step.sensitiveRequest',
  'network-mapping': 'history.step.networkMapping',
};
/** More than three steps in one list stops being plain words. */
const MAX_LISTED = 3;
const ORDINALS = 10;

function joinList(parts: readonly string[], t: Translate): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t('explain.and')} ${parts[parts.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function requestPhrase(explanation: Explanation, t: Translate): string {
  const { requestedObject: object, field } = explanation;
  if (object) return field ? t('explain.asksForInField', [object, field]) : t('explain.asksFor', [object]);
  return field ? t('explain.asksForSomethingAbout', [field]) : t('explain.asksForSomething');
}

/** One specific sentence, e.g. "A sender presenting as a diplomat asks for “unpublished process parameters” (EUV) and offers money." */
export function explanationSentence(explanation: Explanation, t: Translate): string {
  if (explanation.awareness) return t('explain.awareness');
  const categories = new Set(explanation.categories);
  if (categories.size === 0) return '';
  let actor = t('explain.actor.message');
  let vagueActor = false;
  const actions: string[] = [];
  if (categories.has('diplomatic-sender')) {
    actor = t('explain.actor.diplomat');
    if (categories.has('identity-mismatch')) actions.push(t('explain.action.diplomatMismatch'));
  } else if (categories.has('identity-mismatch')) {
    actor = t('explain.actor.mismatch');
  } else if (categories.has('unverifiable-organisation')) {
    actor = t('explain.actor.vague');
    vagueActor = true;
  }
  if (categories.has('sensitive-request')) actions.unshift(requestPhrase(explanation, t));
  for (const category of ACTION_ORDER) {
    if (!categories.has(category) || (category === 'unverifiable-organisation' && vagueActor)) continue;
    actions.push(t(ACTION_KEYS[category]!));
  }
  // Only who the sender is: say that, without inventing a request.
  const sentence = actions.length === 0 ? t('explain.nothingAsked', [actor]) : t('explain.sentence', [actor, joinList(actions, t)]);
  return explanation.wording ? `${sentence} ${t('explain.wording')}` : sentence;
}

/** "12 October 2026" or "12 oktober 2026", in the reader's time zone; month names come with the messages. */
function longDate(at: number, t: Translate): string {
  const date = new Date(at);
  return t('history.date', [String(date.getDate()), t(`history.month${date.getMonth() + 1}`), String(date.getFullYear())]);
}

/** E.g. "Third message from this sender since 12 October 2026. Earlier: an offer of dinners, gifts or travel. Now: a request for “design files”." */
export function historySentence(note: HistoryNote, t: Translate): string {
  const count = note.messages;
  const ordinal = count >= 1 && count <= ORDINALS ? t(`history.ordinal${count}`) : t('history.nth', [String(count)]);
  const when =
    note.firstSeen !== undefined && !note.firstContact
      ? t('history.since', [longDate(note.firstSeen, t)])
      : count > 1
        ? t('history.inConversation')
        : '';
  const parts = [capitalise(t('history.fromSender', [ordinal, when]).replace(/\s+\./, '.'))];
  if (note.firstContact && note.domainChecked) parts.push(t('history.domainUnseen'));

  const step = (category: CategoryId): string =>
    category === 'sensitive-request' && note.requestedObject ? t('history.requestFor', [note.requestedObject]) : t(STEP_KEYS[category]!);
  const earlier = note.earlier.filter((category) => STEP_KEYS[category]).slice(0, MAX_LISTED);
  const now = STEP_CATEGORIES.filter((category) => note.now.includes(category)).slice(0, MAX_LISTED);
  if (earlier.length > 0) parts.push(t('history.earlier', [joinList(earlier.map((category) => t(STEP_KEYS[category]!)), t)]));
  if (earlier.length > 0 && now.length > 0) parts.push(t('history.now', [joinList(now.map(step), t)]));
  return parts.join(' ');
}
