import { DEFAULT_PACK, LEVEL_THRESHOLDS, type EscalationRule } from '../rules';
import { analyzeMessage, type AnalyzeOptions } from './analyze-message';
import { presentCategories } from './present';
import { namesObject } from './requested-object';
import { isFreeMail } from './sender';
import { domainOf, isAbove, STEP_CATEGORIES, type Analysis, type CategoryId, type HistoryNote, type Level, type MailAddress, type MailMessage, type SenderHistoryContext, type Signal } from '../model';

export interface ConversationOptions extends AnalyzeOptions {
  /** What this device remembers of the newest message's sender from outside the conversation. */
  history?: SenderHistoryContext;
}

/** One message of a conversation, already analysed on its own. */
export interface ConversationStep {
  from: MailAddress;
  analysis: Analysis;
}

function normalisedAddress(address: MailAddress): string {
  return address.address.trim().toLowerCase();
}

/**
 * Analyses the newest message of a conversation (messages oldest first) in the light of the earlier ones from the
 * same sender and of that sender's history: each message is read on its own by `analyzeMessage`, then
 * `escalateConversation` adds what the sequence shows.
 */
export async function analyzeConversation(messages: readonly MailMessage[], options: ConversationOptions = {}): Promise<Analysis> {
  if (messages.length === 0) throw new Error('a conversation needs at least one message');
  const steps: ConversationStep[] = [];
  // One at a time: the messages share the compiled pack and the tagger, and nothing is gained by interleaving.
  for (const message of messages) steps.push({ from: message.from, analysis: await analyzeMessage(message, options) });
  return escalateConversation(steps, options);
}

/**
 * The newest step's analysis, raised by the escalation rules that hold between the earlier contact with its sender
 * (the earlier steps from the same address, and `options.history`) and the newest message. Escalation only ever
 * raises: the message's own level and score are the floor.
 */
export function escalateConversation(steps: readonly ConversationStep[], options: ConversationOptions = {}): Analysis {
  const open = steps[steps.length - 1];
  if (!open) throw new Error('a conversation needs at least one message');
  const own = open.analysis;
  const pack = options.pack ?? DEFAULT_PACK;
  const history = options.history;
  const sender = normalisedAddress(open.from);

  // Awareness mail quotes every step of an approach: it is no step of one, before or now.
  const earlierSteps = steps
    .slice(0, -1)
    .map((step, index) => ({ step, index }))
    // Messages whose sender could not be read are no one's earlier steps.
    .filter(({ step }) => sender !== '' && normalisedAddress(step.from) === sender);
  const counted = earlierSteps.filter(({ step }) => !step.analysis.awareness);

  const before: CategoryId[] = [];
  const addBefore = (category: CategoryId) => {
    if (!before.includes(category)) before.push(category);
  };
  for (const event of history?.timeline ?? []) event.categories.forEach(addBefore);
  for (const { step } of counted) presentCategories(step.analysis).forEach(addBefore);
  const now = own.awareness ? new Set<CategoryId>() : presentCategories(own);
  const added = [...now].filter((category) => !before.includes(category));

  const domain = domainOf(open.from.address);
  const domainChecked = domain !== '' && !isFreeMail(domain, pack);
  const firstContact =
    history !== undefined &&
    earlierSteps.length === 0 &&
    history.earlierMessages === 0 &&
    (!domainChecked || history.earlierDomainMessages === 0);

  const held = pack.escalations.filter((rule) => holds(rule, { before, added, now, firstContact }));
  const points = held.reduce((sum, rule) => sum + rule.weight, 0);
  const score = Math.min(100, own.score + points);
  const level = raisedLevel(own, score, held, options);

  const messages = (history?.earlierMessages ?? 0) + earlierSteps.length + 1;
  const result: Analysis = { ...own, level, score };
  if (held.length > 0) {
    result.escalation = { rules: held.map((rule) => rule.id), points, earlier: earlierEvidence(counted, held) };
  }
  if (level !== own.level && !own.explanation) result.explanation = { categories: [...now], awareness: false };
  if (level !== 'none' && (messages > 1 || firstContact)) {
    result.history = historyNote({
      own,
      messages,
      firstSeen: history?.firstSeen,
      firstContact,
      domainChecked,
      before,
      now,
    });
  }
  return result;
}

interface RuleInput {
  before: readonly CategoryId[];
  /** Categories of the open message that were not seen in earlier contact. */
  added: readonly CategoryId[];
  now: ReadonlySet<CategoryId>;
  firstContact: boolean;
}

function holds(rule: EscalationRule, input: RuleInput): boolean {
  if (rule.kind === 'first-contact') return input.firstContact && rule.now.some((category) => input.now.has(category));
  return (
    (rule.before ?? []).some((category) => input.before.includes(category)) &&
    rule.now.some((category) => input.added.includes(category))
  );
}

/** Like a combination, a step across messages may lift the level to a banner; a first contact alone may not. */
function raisedLevel(own: Analysis, score: number, held: readonly EscalationRule[], options: ConversationOptions): Level {
  if (own.awareness) return own.level;
  const thresholds = LEVEL_THRESHOLDS[options.sensitivity ?? 'standard'];
  const combined = own.combinations.length > 0 || held.some((rule) => rule.kind === 'step');
  let level: Level = score >= thresholds.low ? 'low' : 'none';
  if (combined && score >= thresholds.high) level = 'high';
  else if (combined && score >= thresholds.medium) level = 'medium';
  return isAbove(level, own.level) ? level : own.level;
}

/** The signals of earlier messages that the held step rules rest on, each evidence naming its message. */
function earlierEvidence(
  counted: ReadonlyArray<{ step: ConversationStep; index: number }>,
  held: readonly EscalationRule[],
): Signal[] {
  const used = new Set(held.flatMap((rule) => rule.before ?? []));
  const signals: Signal[] = [];
  for (const { step, index } of counted) {
    const present = presentCategories(step.analysis);
    for (const signal of step.analysis.signals) {
      if (!used.has(signal.category) || !present.has(signal.category)) continue;
      signals.push({ ...signal, evidence: signal.evidence.map((evidence) => ({ ...evidence, message: index })) });
    }
  }
  return signals;
}

interface NoteInput {
  own: Analysis;
  messages: number;
  firstSeen: number | undefined;
  firstContact: boolean;
  domainChecked: boolean;
  before: readonly CategoryId[];
  now: ReadonlySet<CategoryId>;
}

function historyNote(input: NoteInput): HistoryNote {
  const request = input.own.signals
    .find((signal) => signal.category === 'sensitive-request')
    ?.evidence.find((evidence) => evidence.field === 'text' && namesObject(evidence.text));
  const note: HistoryNote = {
    messages: input.messages,
    firstContact: input.firstContact,
    domainChecked: input.domainChecked,
    earlier: input.before.filter((category) => STEP_CATEGORIES.includes(category)),
    now: STEP_CATEGORIES.filter((category) => input.now.has(category)),
  };
  if (request) note.requestedObject = request.text;
  if (input.firstSeen !== undefined) note.firstSeen = input.firstSeen;
  return note;
}
