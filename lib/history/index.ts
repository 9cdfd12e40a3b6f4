/** The sender history: pure logic over a book of salted hashes, kept by whichever store the caller gives. */
export { emptyBook, historyBookSchema, HISTORY_LIMITS, type HistoryBook, type SenderEntry } from './book';
export { analyzeWithHistory, escalateWithHistory, type HistoryOptions, type IdentifiedMessage, type IdentifiedStep } from './conversation-history';
export { SenderLedger, memoryHistoryStore, type HistoryStore } from './ledger';
