import * as z from 'zod/mini';
import { CATEGORY_IDS, isAbove, LEVELS, type CategoryId, type Level, type SenderHistoryContext } from '../model';
import type { SenderKeys } from './keys';

/** Bounds of the sender history: enough to follow an approach over months, small enough for storage.local. */
export const HISTORY_LIMITS = {
  maxSenders: 2_000,
  maxDomains: 2_000,
  retentionDays: 180,
  /** Events kept per sender; the count goes on beyond them. */
  timelineLength: 12,
} as const;

const DAY_MS = 86_400_000;

const timelineEventSchema = z.object({
  /** Salted hash of the message id: counts a message once however often it is shown. */
  message: z.string(),
  at: z.number(),
  categories: z.array(z.enum(CATEGORY_IDS)),
});

export const senderEntrySchema = z.object({
  firstSeen: z.number(),
  updated: z.number(),
  count: z.number(),
  highest: z.enum(LEVELS),
  timeline: z.array(timelineEventSchema),
});

export const domainEntrySchema = z.object({ firstSeen: z.number(), updated: z.number(), count: z.number() });

/**
 * What the device keeps about senders, keyed by salted hashes of addresses and domains. Dates, counts, levels and
 * category ids only: never an address, a subject or any mail text.
 */
export const historyBookSchema = z.object({
  salt: z.string(),
  senders: z.record(z.string(), senderEntrySchema),
  domains: z.record(z.string(), domainEntrySchema),
});

export type HistoryBook = z.infer<typeof historyBookSchema>;

export function emptyBook(salt: string): HistoryBook {
  return { salt, senders: {}, domains: {} };
}

/** Drops what is older than the retention period, then the least recently updated beyond the caps. True if any went. */
export function pruneBook(book: HistoryBook, now: number): boolean {
  const oldest = now - HISTORY_LIMITS.retentionDays * DAY_MS;
  let changed = false;
  for (const [key, entry] of Object.entries(book.senders)) {
    if (entry.updated < oldest) {
      delete book.senders[key];
      changed = true;
      continue;
    }
    const kept = entry.timeline.filter((event) => event.at >= oldest);
    if (kept.length !== entry.timeline.length) {
      entry.timeline = kept;
      changed = true;
    }
  }
  for (const [key, entry] of Object.entries(book.domains)) {
    if (entry.updated < oldest) {
      delete book.domains[key];
      changed = true;
    }
  }
  changed = dropLeastRecent(book.senders, HISTORY_LIMITS.maxSenders) || changed;
  return dropLeastRecent(book.domains, HISTORY_LIMITS.maxDomains) || changed;
}

function dropLeastRecent(entries: Record<string, { updated: number }>, max: number): boolean {
  const keys = Object.keys(entries);
  if (keys.length <= max) return false;
  keys.sort((a, b) => entries[a]!.updated - entries[b]!.updated);
  for (const key of keys.slice(0, keys.length - max)) delete entries[key];
  return true;
}

/**
 * What the book knows of a sender from outside the conversation: the conversation's own messages (by their keys)
 * are left out, so showing the same thread again gives the same answer.
 */
export function contextFor(book: HistoryBook, keys: SenderKeys, conversation: ReadonlySet<string>): SenderHistoryContext {
  const entry = book.senders[keys.address];
  const inConversation = entry?.timeline.filter((event) => conversation.has(event.message)).length ?? 0;
  const context: SenderHistoryContext = {
    earlierMessages: Math.max(0, (entry?.count ?? 0) - inConversation),
    earlierDomainMessages: Math.max(0, (book.domains[keys.domain]?.count ?? 0) - inConversation),
    timeline: (entry?.timeline ?? [])
      .filter((event) => !conversation.has(event.message))
      .map((event) => ({ at: event.at, categories: event.categories })),
  };
  if (entry) context.firstSeen = entry.firstSeen;
  return context;
}

export interface SeenMessage {
  keys: SenderKeys;
  at: number;
  level: Level;
  categories: readonly CategoryId[];
}

/** Counts a message once; showing it again only updates its level and categories. True when the book changed. */
export function recordMessage(book: HistoryBook, seen: SeenMessage): boolean {
  const { keys, at } = seen;
  const entry = (book.senders[keys.address] ??= { firstSeen: at, updated: at, count: 0, highest: 'none', timeline: [] });
  const highest = isAbove(seen.level, entry.highest) ? seen.level : entry.highest;
  const event = entry.timeline.find((known) => known.message === keys.message);
  if (event) {
    const categories = [...new Set([...event.categories, ...seen.categories])];
    if (categories.length === event.categories.length && highest === entry.highest) return false;
    event.categories = categories;
    entry.highest = highest;
    return true;
  }
  entry.count += 1;
  entry.highest = highest;
  entry.firstSeen = Math.min(entry.firstSeen, at);
  entry.updated = Math.max(entry.updated, at);
  entry.timeline.push({ message: keys.message, at, categories: [...seen.categories] });
  entry.timeline.sort((a, b) => a.at - b.at);
  entry.timeline = entry.timeline.slice(-HISTORY_LIMITS.timelineLength);
  const domain = (book.domains[keys.domain] ??= { firstSeen: at, updated: at, count: 0 });
  domain.count += 1;
  domain.firstSeen = Math.min(domain.firstSeen, at);
  domain.updated = Math.max(domain.updated, at);
  return true;
}
