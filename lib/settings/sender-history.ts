import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
// Not the history's index: that pulls in the engine, which the content script (a user of this module) must not carry.
import { domainEntrySchema, emptyBook, historyBookSchema, senderEntrySchema, type HistoryBook } from '../history/book';
import { SenderLedger, type BookKeys, type HistoryStore } from '../history/ledger';

/**
 * The sender history on this device (see lib/history): salted hashes, dates, counts, levels and category ids.
 * Every sender and every domain has a key of its own, so a message reads and writes a few small entries, however
 * long the history has grown. Nothing is stored until the first message is recorded, and nothing after clearing,
 * which also throws the salt away.
 */
const PREFIX = 'senderHistory:';
const SALT_KEY = `${PREFIX}salt`;
const SWEPT_AT_KEY = `${PREFIX}sweptAt`;
const ENTRY_PREFIX = { senders: `${PREFIX}s:`, domains: `${PREFIX}d:` } as const;
const ENTRY_SCHEMA = { senders: senderEntrySchema, domains: domainEntrySchema } as const;
const PARTS = ['senders', 'domains'] as const;
/** Where earlier versions kept the whole book under one key; moved to the keys above on first use. */
const WHOLE_BOOK_KEY = 'senderHistory';

const local = (key: string) => `local:${key}` as const;

/** Puts a stored entry into `book`; one that cannot be read (a hand edit) counts as unknown, and is written afresh. */
function addEntry(book: HistoryBook, part: (typeof PARTS)[number], key: string, stored: unknown): void {
  const parsed = z.safeParse(ENTRY_SCHEMA[part], stored);
  if (parsed.success) (book[part] as Record<string, unknown>)[key] = parsed.data;
}

/** Reads the salt, moving a history kept whole by an earlier version to a key per entry first. */
async function readStoredSalt(): Promise<string | null> {
  const [salt, whole] = await storage.getItems([local(SALT_KEY), local(WHOLE_BOOK_KEY)]);
  if (typeof salt?.value === 'string') return salt.value;
  if (whole?.value == null) return null;
  const parsed = historyBookSchema.safeParse(whole.value);
  // An unreadable book (a hand edit, a broken copy) starts afresh rather than breaking analysis.
  if (parsed.success) await writeEntries(parsed.data, { senders: [], domains: [] });
  await storage.removeItem(local(WHOLE_BOOK_KEY));
  return parsed.success ? parsed.data.salt : null;
}

async function writeEntries(book: HistoryBook, removed: BookKeys, sweptAt?: number): Promise<void> {
  const items: Array<{ key: `local:${string}`; value: unknown }> = [{ key: local(SALT_KEY), value: book.salt }];
  if (sweptAt !== undefined) items.push({ key: local(SWEPT_AT_KEY), value: sweptAt });
  for (const part of PARTS) {
    for (const [key, entry] of Object.entries(book[part])) items.push({ key: local(ENTRY_PREFIX[part] + key), value: entry });
  }
  await storage.setItems(items);
  const gone = PARTS.flatMap((part) => removed[part].map((key) => local(ENTRY_PREFIX[part] + key)));
  if (gone.length > 0) await storage.removeItems(gone);
}

/**
 * The salt is read once per context and then kept: every message needs it first, before anything else. It is
 * forgotten when the stored one changes, so a history cleared elsewhere does not come back under its old salt.
 */
let saltRead: Promise<string | null> | null = null;
let watchingSalt = false;

function forgetSaltWhenItChanges(): void {
  if (watchingSalt) return;
  watchingSalt = true;
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SALT_KEY in changes)) return;
    const next = changes[SALT_KEY]?.newValue;
    saltRead = Promise.resolve(typeof next === 'string' ? next : null);
  });
}

const storageStore: HistoryStore = {
  readSalt() {
    forgetSaltWhenItChanges();
    saltRead ??= readStoredSalt().catch((error: unknown) => {
      saltRead = null;
      throw error;
    });
    return saltRead;
  },
  async read(salt, keys) {
    const book = emptyBook(salt);
    const wanted = PARTS.flatMap((part) => keys[part].map((key) => ({ part, key })));
    const values = await storage.getItems(wanted.map(({ part, key }) => local(ENTRY_PREFIX[part] + key)));
    wanted.forEach(({ part, key }, index) => addEntry(book, part, key, values[index]?.value));
    return book;
  },
  async readAll() {
    const salt = await this.readSalt();
    if (salt === null) return null;
    const everything = await storage.snapshot('local');
    const book = emptyBook(salt);
    for (const [name, value] of Object.entries(everything)) {
      for (const part of PARTS) {
        if (name.startsWith(ENTRY_PREFIX[part])) addEntry(book, part, name.slice(ENTRY_PREFIX[part].length), value);
      }
    }
    return book;
  },
  async readSweptAt() {
    const sweptAt = await storage.getItem(local(SWEPT_AT_KEY));
    return typeof sweptAt === 'number' ? sweptAt : 0;
  },
  async write(book, removed, sweptAt) {
    saltRead = Promise.resolve(book.salt);
    await writeEntries(book, removed, sweptAt);
  },
};

let ledger: SenderLedger | undefined;

/** The ledger over storage.local; one per extension context, so its changes run one at a time. */
export function senderHistoryLedger(): SenderLedger {
  ledger ??= new SenderLedger(storageStore);
  return ledger;
}

/** Starts reading the salt, for a worker that has just woken up to analyse a message. */
export function prepareSenderHistory(): void {
  storageStore.readSalt().catch(() => undefined);
}

function isHistoryKey(name: string): boolean {
  return name === WHOLE_BOOK_KEY || name.startsWith(PREFIX);
}

/** Removes everything the sender history holds, salt included. For the options page's button. */
export async function clearSenderHistory(): Promise<void> {
  const names = Object.keys(await storage.snapshot('local')).filter(isHistoryKey);
  saltRead = null;
  await storage.removeItems(names.map(local));
}

/** How many senders the history holds now, for the options page. */
export async function senderHistorySize(): Promise<number> {
  const book = await storageStore.readAll();
  return book ? Object.keys(book.senders).length : 0;
}

/** Calls `onChange` when the history is written or cleared, in any context. */
export function watchSenderHistory(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isHistoryKey)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
