import { describe, expect, it, vi } from 'vitest';
import { HISTORY_LIMITS, pruneBook, recordMessage } from '../../../lib/history/book';
import { analyzeWithHistory } from '../../../lib/history/conversation-history';
import { memoryHistoryStore, SenderLedger, SWEEP_EVERY_MS, type HistoryStore } from '../../../lib/history/ledger';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1, 12);

/** Records one message of `address` at `at` through the ledger, as an analysis does. */
function record(ledger: SenderLedger, address: string, messageId: string, at: number) {
  return ledger.change([{ address, messageId }], (book, [keys]) => ({
    value: keys!,
    changed: recordMessage(book, { keys: keys!, at, level: 'none', categories: [] }),
  }));
}

/** A memory store that counts the entries it hands out and writes. */
function countingStore(): HistoryStore & { entriesRead: number; entriesWritten: number } {
  const store = memoryHistoryStore();
  const counted = {
    entriesRead: 0,
    entriesWritten: 0,
    readSalt: () => store.readSalt(),
    readAll: () => store.readAll(),
    readSweptAt: () => store.readSweptAt(),
    read: async (...args: Parameters<HistoryStore['read']>) => {
      const book = await store.read(...args);
      counted.entriesRead += Object.keys(book.senders).length + Object.keys(book.domains).length;
      return book;
    },
    write: async (...args: Parameters<HistoryStore['write']>) => {
      counted.entriesWritten += Object.keys(args[0].senders).length + Object.keys(args[0].domains).length;
      return store.write(...args);
    },
  };
  return counted;
}

describe('sender ledger', () => {
  it('reads and writes only the entries of the sender at hand, however many others it knows', async () => {
    const store = countingStore();
    const ledger = new SenderLedger(store);
    for (let index = 0; index < 300; index++) await record(ledger, `sender${index}@lab${index}.example`, 'm1', START);
    store.entriesRead = 0;
    store.entriesWritten = 0;
    await record(ledger, 'sender7@lab7.example', 'm2', START + DAY);
    expect(store.entriesRead).toBe(2);
    expect(store.entriesWritten).toBe(2);
    const book = (await store.readAll())!;
    expect(Object.keys(book.senders)).toHaveLength(300);
    expect(Object.values(book.senders).filter((entry) => entry.count === 2)).toHaveLength(1);
  });

  it('forgets a sender past the retention period when it is next looked up', async () => {
    const store = memoryHistoryStore();
    const ledger = new SenderLedger(store);
    await record(ledger, 'old@lab.example', 'm1', START);
    const later = START + (HISTORY_LIMITS.retentionDays + 1) * DAY;
    const count = await ledger.change([{ address: 'old@lab.example', messageId: 'm2' }], (book, [keys]) => {
      const changed = pruneBook(book, later);
      return { value: book.senders[keys!.address]?.count ?? 0, changed };
    });
    expect(count).toBe(0);
    expect(Object.keys((await store.readAll())!.senders)).toHaveLength(0);
  });

  it('sweeps the whole book against the caps at most once a day, writing only what changed', async () => {
    const store = countingStore();
    const ledger = new SenderLedger(store);
    const overflow = 5;
    for (let index = 0; index < HISTORY_LIMITS.maxSenders + overflow; index++) {
      await record(ledger, `sender${index}@lab${index}.example`, 'm1', START + index * 1000);
    }
    expect(Object.keys((await store.readAll())!.senders)).toHaveLength(HISTORY_LIMITS.maxSenders + overflow);
    store.entriesWritten = 0;
    const now = START + DAY;
    await ledger.sweep(now);
    const swept = (await store.readAll())!;
    expect(Object.keys(swept.senders)).toHaveLength(HISTORY_LIMITS.maxSenders);
    expect(Object.keys(swept.domains)).toHaveLength(HISTORY_LIMITS.maxDomains);
    expect(Object.values(swept.senders).map((entry) => entry.updated)).not.toContain(START);
    expect(store.entriesWritten).toBe(0);
    expect(await store.readSweptAt()).toBe(now);

    // Within the day nothing is swept again.
    for (let index = 0; index < overflow; index++) await record(ledger, `late${index}@late${index}.example`, 'm1', now + index);
    await ledger.sweep(now + SWEEP_EVERY_MS - 1);
    expect(Object.keys((await store.readAll())!.senders)).toHaveLength(HISTORY_LIMITS.maxSenders + overflow);
    await ledger.sweep(now + SWEEP_EVERY_MS);
    expect(Object.keys((await store.readAll())!.senders)).toHaveLength(HISTORY_LIMITS.maxSenders);
  });

  it('writes an entry whose expired timeline events the sweep dropped', async () => {
    const store = countingStore();
    const ledger = new SenderLedger(store);
    await record(ledger, 'kept@lab.example', 'm1', START);
    await record(ledger, 'kept@lab.example', 'm2', START + 100 * DAY);
    store.entriesWritten = 0;
    await ledger.sweep(START + (HISTORY_LIMITS.retentionDays + 1) * DAY);
    const [entry] = Object.values((await store.readAll())!.senders);
    expect(entry?.timeline.map((event) => event.at)).toEqual([START + 100 * DAY]);
    expect(store.entriesWritten).toBe(1);
  });

  it('reads the senders\' entries while the settings are still on their way, not after the analysis', async () => {
    const store = memoryHistoryStore();
    const reads: string[] = [];
    const watched: HistoryStore = {
      ...store,
      read: (...args) => {
        reads.push('read');
        return store.read(...args);
      },
    };
    const ledger = new SenderLedger(watched);
    const message = { id: 'm1', message: { from: { name: 'A', address: 'a@lab.example' }, subject: 'Hello', text: 'A short note.' } };
    await analyzeWithHistory([message], ledger);
    reads.length = 0;
    let giveOptions: (options: object) => void = () => undefined;
    const options = new Promise<object>((resolve) => (giveOptions = resolve));
    const answer = analyzeWithHistory([{ ...message, id: 'm2' }], ledger, options);
    await vi.waitFor(() => expect(reads).toEqual(['read']));
    giveOptions({});
    expect(await answer).toHaveLength(1);
  });
});

