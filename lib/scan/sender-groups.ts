import { isAbove, type Level } from '../model';
import { escalateWithHistory, memoryHistoryStore, SenderLedger } from '../history';
import type { RecordStore } from './record-store';

/**
 * The messages of one sender address, oldest first (numbers into the record store), with what the heading above
 * them says: a summary, not the messages themselves.
 */
export interface SenderGroup {
  members: number[];
  firstDate?: number;
  lastDate?: number;
  highest: Level;
  /** 1-based positions in the group of the messages where the contact escalated. */
  escalatedAt: number[];
}

/** Oldest first; messages without a readable date keep their input order after the dated ones. */
function byDate(store: RecordStore): (a: number, b: number) => number {
  return (a, b) => {
    const dateA = store.date(a);
    const dateB = store.date(b);
    if (dateA === undefined || dateB === undefined) return Number(dateA === undefined) - Number(dateB === undefined) || a - b;
    return dateA - dateB || a - b;
  };
}

function latestDate(store: RecordStore): number | undefined {
  let latest: number | undefined;
  for (let index = 0; index < store.count; index++) {
    const date = store.date(index);
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/**
 * Runs every analysed message through a sender history that lives only in memory (the user's browser storage is
 * never touched), in date order across all senders so that a domain seen earlier is known, and puts each result in
 * the store in place of the message's first analysis. History retention counts back from each message's date.
 * `onProgress` hears how many messages are done.
 */
export async function escalateBySender(store: RecordStore, onProgress: (done: number) => void = () => undefined): Promise<void> {
  const ledger = new SenderLedger(memoryHistoryStore());
  const undatedAt = latestDate(store) ?? Date.now();
  const order = Array.from({ length: store.count }, (_, index) => index).sort(byDate(store));
  for (const [done, index] of order.entries()) {
    const record = store.read(index);
    const at = record.date ?? undatedAt;
    const [analysis] = await escalateWithHistory([{ id: record.id, from: record.from, analysis: record.analysis, at }], ledger, { now: at });
    store.replace(index, { ...record, analysis: analysis! });
    onProgress(done + 1);
  }
}

/** The senders in the order they first appear, each with its messages in date order and its summary. */
export function groupBySender(store: RecordStore): SenderGroup[] {
  const members: number[][] = Array.from({ length: store.senderCount }, () => []);
  for (let index = 0; index < store.count; index++) members[store.senderOf(index)]!.push(index);
  return members.map((indexes) => {
    const sorted = indexes.sort(byDate(store));
    const dates = sorted.flatMap((index) => store.date(index) ?? []);
    const highest = sorted.reduce<Level>((top, index) => (isAbove(store.level(index), top) ? store.level(index) : top), 'none');
    return {
      members: sorted,
      ...(dates.length > 0 ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
      highest,
      escalatedAt: sorted.flatMap((index, position) => (store.isEscalated(index) ? [position + 1] : [])),
    };
  });
}
