import { analyzeMessage, escalateConversation, presentCategories, type AnalyzeOptions, type ConversationStep } from '../engine';
import type { Analysis, MailMessage } from '../engine/types';
import { contextFor, pruneBook, recordMessage } from './book';
import type { SenderLedger } from './ledger';

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

/** Analyses every message of a conversation (oldest first) with the sender history, and records them in it. */
export async function analyzeWithHistory(
  conversation: readonly IdentifiedMessage[],
  ledger: SenderLedger,
  options: HistoryOptions = {},
): Promise<Analysis[]> {
  const analysed: Array<IdentifiedStep> = [];
  for (const item of conversation) {
    analysed.push({ id: item.id, at: item.at, from: item.message.from, analysis: await analyzeMessage(item.message, options) });
  }
  return escalateWithHistory(analysed, ledger, options);
}

export interface IdentifiedStep extends ConversationStep {
  id: string;
  at?: number;
}

/**
 * For each message, the analysis of the conversation up to it, in the light of its sender's history; then the
 * messages are recorded (once each, by id). Messages without a sender address are neither looked up nor kept.
 */
export async function escalateWithHistory(
  steps: readonly IdentifiedStep[],
  ledger: SenderLedger,
  options: HistoryOptions = {},
): Promise<Analysis[]> {
  const now = options.now ?? Date.now();
  const senders = steps.map((step) => ({ address: step.from.address, messageId: step.id }));
  return ledger.change(senders, (book, keys) => {
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
  });
}
