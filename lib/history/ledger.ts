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
 * analyses that finish together cannot overwrite each other's counts. The value is given back as soon as the change
 * is worked out; saving goes on behind it (the next change waits for it), so a banner never waits for storage.
 */
export class SenderLedger {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: HistoryStore,
    /** Told when a save fails (a full storage quota): the history then misses this change, the analysis stands. */
    private readonly onSaveError: (error: unknown) => void = (error) => console.error('[waakzaam] could not save the sender history', error),
  ) {}

  change<T>(apply: (book: HistoryBook) => Promise<BookChange<T>>): Promise<T> {
    const applied = this.queue.then(async () => {
      const loaded = await this.store.load();
      const book = loaded ?? emptyBook(newSalt());
      const { value, changed } = await apply(book);
      return { value, toSave: changed || !loaded ? book : null };
    });
    const saved = applied.then(
      ({ toSave }) => (toSave ? this.store.save(toSave).catch(this.onSaveError) : undefined),
      // A change that failed saves nothing; its caller gets the error.
      () => undefined,
    );
    this.queue = saved;
    return applied.then(({ value }) => value);
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
