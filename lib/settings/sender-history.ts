import { storage } from 'wxt/utils/storage';
// Not the history's index: that pulls in the engine, which the content script (a user of this module) must not carry.
import { historyBookSchema, type HistoryBook } from '../history/book';
import { SenderLedger, type HistoryStore } from '../history/ledger';

/**
 * The sender history on this device (see lib/history): salted hashes, dates, counts, levels and category ids.
 * Null until the first message is recorded, and again after clearing, which also throws the salt away.
 */
const senderHistoryItem = storage.defineItem<HistoryBook | null>('local:senderHistory', {
  fallback: null,
  version: 1,
});

const storageStore: HistoryStore = {
  async load() {
    const parsed = historyBookSchema.safeParse(await senderHistoryItem.getValue());
    // An unreadable book (a hand edit, an older build) starts afresh rather than breaking analysis.
    return parsed.success ? parsed.data : null;
  },
  save: (book) => senderHistoryItem.setValue(book),
};

let ledger: SenderLedger | undefined;

/** The ledger over storage.local; one per extension context, so its changes run one at a time. */
export function senderHistoryLedger(): SenderLedger {
  ledger ??= new SenderLedger(storageStore);
  return ledger;
}

/** Removes everything the sender history holds, salt included. For the options page's button. */
export async function clearSenderHistory(): Promise<void> {
  await senderHistoryItem.removeValue();
}

/** How many senders the history holds now, for the options page. */
export async function senderHistorySize(): Promise<number> {
  const book = await storageStore.load();
  return book ? Object.keys(book.senders).length : 0;
}

/** Calls `onChange` when the history is written or cleared, in any context. */
export function watchSenderHistory(onChange: () => void): () => void {
  return senderHistoryItem.watch(onChange);
}
