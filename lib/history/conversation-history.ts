import { analyzeMessage, escalateConversation, presentCategories, type AnalyzeOptions, type ConversationStep } from '../engine';
import type { Analysis, MailMessage } from '../model';
import { contextFor, pruneBook, recordMessage, type HistoryBook } from './book';
import type { SenderKeys } from './keys';
import type { BookChange, SenderLedger } from './ledger';

/** One message of a conversation with what identifies it: the webmail's id or a content hash, the mbox source. */
export interface IdentifiedMessage {
  id: string;
  message: MailMessage;
  /** When it was received (milliseconds since the epoch); the time of reading when unknown. */
  at?: number;
}

export interface HistoryOptions extends AnalyzeOptions {
  /** The time of reading; retention counts back from it. */
  now?: number;
}

/**
 * Analyses every message of a conversation (oldest first) with the sender history, and records them in it. The
 * options may still be on their way (the settings being read): the senders' entries are read meanwhile, and while
 * the messages are analysed.
 */
export function analyzeWithHistory(
  conversation: readonly IdentifiedMessage[],
  ledger: SenderLedger,
  options: HistoryOptions | Promise<HistoryOptions> = {},
): Promise<Analysis[]> {
  const known = Promise.resolve(options);
  const analysed = known.then(async (resolved) => {
    const steps: IdentifiedStep[] = [];
    for (const item of conversation) {
      steps.push({ id: item.id, at: item.at, from: item.message.from, analysis: await analyzeMessage(item.message, resolved) });
    }
    return steps;
  });
  // Taken up once the senders' entries are read; a failure meanwhile is not an unhandled one.
  analysed.catch(() => undefined);
  const senders = conversation.map((item) => ({ address: item.message.from.address, messageId: item.id }));
  return ledger.change(senders, async (book, keys) => escalateInBook(await analysed, book, keys, await known));
}

export interface IdentifiedStep extends ConversationStep {
  id: string;
  at?: number;
}

/**
 * For each message, the analysis of the conversation up to it, in the light of its sender's history; then the
 * messages are recorded (once each, by id). Messages without a sender address are neither looked up nor kept.
 */
export function escalateWithHistory(steps: readonly IdentifiedStep[], ledger: SenderLedger, options: HistoryOptions = {}): Promise<Analysis[]> {
  const senders = steps.map((step) => ({ address: step.from.address, messageId: step.id }));
  return ledger.change(senders, (book, keys) => escalateInBook(steps, book, keys, options));
}

function escalateInBook(
  steps: readonly IdentifiedStep[],
  book: HistoryBook,
  keys: ReadonlyArray<SenderKeys | null>,
  options: HistoryOptions,
): BookChange<Analysis[]> {
  const now = options.now ?? Date.now();
  let changed = pruneBook(book, now);
  const conversation = new Set(keys.flatMap((key) => (key ? [key.message] : [])));
  const results = steps.map((step, index) => {
    const key = keys[index];
    const history = key ? contextFor(book, key, conversation) : undefined;
    return escalateConversation(steps.slice(0, index + 1), { ...options, ...(history ? { history } : {}) });
  });
  steps.forEach((step, index) => {
    const key = keys[index];
    if (!key) return;
    const seen = { keys: key, at: step.at ?? now, level: results[index]!.level, categories: [...presentCategories(step.analysis)] };
    changed = recordMessage(book, seen) || changed;
  });
  return { value: results, changed };
}
