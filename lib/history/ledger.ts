import { emptyBook, pruneBook, type HistoryBook } from './book';
import { newSalt, senderKeys, type SenderKeys } from './keys';

/** The entries of a book by key: the senders' address keys and the domain keys. */
export interface BookKeys {
  senders: string[];
  domains: string[];
}

/**
 * Where a ledger keeps its book: storage.local in the extension, memory in the scan command and tests. A store
 * hands out only the entries asked for, so the work of one message does not grow with the size of the history.
 */
export interface HistoryStore {
  /** The salt, or null before anything has been recorded (and again after clearing). */
  readSalt(): Promise<string | null>;
  /** A book with `salt` and those of the entries under `keys` that exist. */
  read(salt: string, keys: BookKeys): Promise<HistoryBook>;
  /** The whole book, or null when nothing has been recorded. */
  readAll(): Promise<HistoryBook | null>;
  /** When the whole book was last swept; 0 for never. */
  readSweptAt(): Promise<number>;
  /** Stores the salt and every entry of `book`, deletes the entries under `removed`, and notes a sweep when given. */
  write(book: HistoryBook, removed: BookKeys, sweptAt?: number): Promise<void>;
}

/** How often the whole history is checked against the retention period and the caps. */
export const SWEEP_EVERY_MS = 86_400_000;

export interface BookChange<T> {
  value: T;
  /** Whether the book must be saved. */
  changed: boolean;
}

/** A sender to look up: keys are made from the address, and from the message id for counting it once. */
export interface SenderRef {
  address: string;
  messageId: string;
}

/**
 * The sender history behind one store. Changes run one at a time, each on freshly read entries, so two
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

  /**
   * Reads the entries of these senders and their domains, and lets `apply` change them. `keys` follows `senders`; a
   * sender without an address has none and is neither looked up nor kept. The read starts at once; `apply` may
   * wait for work begun meanwhile (the analysis of the messages).
   */
  change<T>(
    senders: readonly SenderRef[],
    apply: (book: HistoryBook, keys: ReadonlyArray<SenderKeys | null>) => BookChange<T> | Promise<BookChange<T>>,
  ): Promise<T> {
    const applied = this.queue.then(async () => {
      const storedSalt = await this.store.readSalt();
      const salt = storedSalt ?? newSalt();
      const keys = senders.map(({ address, messageId }) => (address.trim() ? senderKeys(salt, address, messageId) : null));
      const book = storedSalt === null ? emptyBook(salt) : await this.store.read(salt, keysOf(keys));
      const before = { senders: Object.keys(book.senders), domains: Object.keys(book.domains) };
      const { value, changed } = await apply(book, keys);
      const removed = {
        senders: before.senders.filter((key) => !(key in book.senders)),
        domains: before.domains.filter((key) => !(key in book.domains)),
      };
      return { value, toSave: changed || storedSalt === null ? { book, removed } : null };
    });
    const saved = applied.then(
      ({ toSave }) => (toSave ? this.store.write(toSave.book, toSave.removed).catch(this.onSaveError) : undefined),
      // A change that failed saves nothing; its caller gets the error.
      () => undefined,
    );
    this.queue = saved;
    return applied.then(({ value }) => value);
  }

  /**
   * Drops what the retention period and the caps no longer allow, from the whole book, at most once a day: a change
   * only sees the entries of its own senders. Writes only the entries that changed.
   */
  sweep(now: number): Promise<void> {
    const swept = this.queue.then(async () => {
      if (now - (await this.store.readSweptAt()) < SWEEP_EVERY_MS) return;
      const stored = await this.store.readAll();
      if (!stored) return;
      const pruned = structuredClone(stored);
      pruneBook(pruned, now);
      const changed = emptyBook(pruned.salt);
      const removed: BookKeys = { senders: [], domains: [] };
      for (const part of ['senders', 'domains'] as const) {
        const before: Record<string, unknown> = stored[part];
        const after: Record<string, unknown> = pruned[part];
        for (const [key, entry] of Object.entries(before)) {
          if (!(key in after)) removed[part].push(key);
          else if (JSON.stringify(after[key]) !== JSON.stringify(entry)) (changed[part] as Record<string, unknown>)[key] = after[key];
        }
      }
      await this.store.write(changed, removed, now);
    });
    this.queue = swept.catch(this.onSaveError);
    return swept;
  }
}

function keysOf(keys: ReadonlyArray<SenderKeys | null>): BookKeys {
  const present = keys.filter((key): key is SenderKeys => key !== null);
  return {
    senders: [...new Set(present.map((key) => key.address))],
    domains: [...new Set(present.map((key) => key.domain))],
  };
}

/** A store that lives as long as the process: the scan command never touches the user's browser storage. */
export function memoryHistoryStore(): HistoryStore {
  let kept: HistoryBook | null = null;
  let sweptAt = 0;
  return {
    readSalt: async () => kept?.salt ?? null,
    readAll: async () => (kept ? structuredClone(kept) : null),
    readSweptAt: async () => sweptAt,
    read: async (salt, { senders, domains }) => {
      const book = emptyBook(salt);
      for (const key of senders) if (kept?.senders[key]) book.senders[key] = structuredClone(kept.senders[key]);
      for (const key of domains) if (kept?.domains[key]) book.domains[key] = structuredClone(kept.domains[key]);
      return book;
    },
    write: async (book, removed, sweep) => {
      if (kept?.salt !== book.salt) kept = emptyBook(book.salt);
      if (sweep !== undefined) sweptAt = sweep;
      Object.assign(kept.senders, structuredClone(book.senders));
      Object.assign(kept.domains, structuredClone(book.domains));
      for (const key of removed.senders) delete kept.senders[key];
      for (const key of removed.domains) delete kept.domains[key];
    },
  };
}
