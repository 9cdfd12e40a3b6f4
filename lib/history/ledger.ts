import { emptyBook, type HistoryBook } from './book';
import { newSalt } from './keys';

/** Where a ledger keeps its book: storage.local in the extension, memory in the scan command and tests. */
export interface HistoryStore {
  load(): Promise<HistoryBook | null>;
  save(book: HistoryBook): Promise<void>;
}

export interface BookChange<T> {
  value: T;
  /** Whether the book must be saved. */
  changed: boolean;
}

/**
 * The sender history behind one store. Changes run one at a time, each on a freshly loaded book, so two
 * analyses that finish together cannot overwrite each other's counts.
 */
export class SenderLedger {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: HistoryStore) {}

  change<T>(apply: (book: HistoryBook) => Promise<BookChange<T>>): Promise<T> {
    const run = this.queue.then(async () => {
      const loaded = await this.store.load();
      const book = loaded ?? emptyBook(newSalt());
      const { value, changed } = await apply(book);
      if (changed || !loaded) await this.store.save(book);
      return value;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** A store that lives as long as the process: the scan command never touches the user's browser storage. */
export function memoryHistoryStore(): HistoryStore {
  let kept: HistoryBook | null = null;
  return {
    load: async () => kept,
    save: async (book) => {
      kept = book;
    },
  };
}
