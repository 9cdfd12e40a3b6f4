/** The sender history: pure logic over a book of salted hashes, kept by whichever store the caller gives. */
export { HISTORY_LIMITS, type HistoryBook } from './book';
export { analyzeWithHistory, escalateWithHistory, type HistoryOptions, type IdentifiedMessage, type IdentifiedStep } from './conversation-history';
export { SenderLedger, memoryHistoryStore, type HistoryStore } from './ledger';
