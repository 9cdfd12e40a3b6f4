import { escalateWithHistory, memoryHistoryStore, SenderLedger } from '../history';
import type { AnalysedRecord } from './scan-record';

/** The messages of one sender address, oldest first, each analysed in the light of the ones before it. */
export interface SenderGroup {
  records: AnalysedRecord[];
}

/** Oldest first; messages without a readable date keep their input order after the dated ones. */
function byDate(a: AnalysedRecord, b: AnalysedRecord): number {
  if (a.date === undefined || b.date === undefined) return Number(a.date === undefined) - Number(b.date === undefined);
  return a.date - b.date;
}

/**
 * Runs every analysed message through a sender history that lives only in memory (the user's browser storage is
 * never touched), in date order across all senders so that a domain seen earlier is known, and groups the results
 * by sender in the order the senders first appear. History retention counts back from each message's date.
 */
export async function escalateBySender(records: readonly AnalysedRecord[]): Promise<SenderGroup[]> {
  const ledger = new SenderLedger(memoryHistoryStore());
  const latest = Math.max(...records.flatMap((record) => (record.date === undefined ? [] : [record.date])));
  const undatedAt = Number.isFinite(latest) ? latest : Date.now();
  const escalated = new Map<AnalysedRecord, AnalysedRecord>();
  for (const record of [...records].sort(byDate)) {
    const at = record.date ?? undatedAt;
    const [analysis] = await escalateWithHistory([{ id: record.id, from: record.from, analysis: record.analysis, at }], ledger, { now: at });
    escalated.set(record, { ...record, analysis: analysis! });
  }

  const groups = new Map<string, SenderGroup>();
  for (const record of records) {
    const sender = record.from.address.trim().toLowerCase();
    const group = groups.get(sender) ?? { records: [] };
    group.records.push(escalated.get(record)!);
    groups.set(sender, group);
  }
  for (const group of groups.values()) group.records.sort(byDate);
  return [...groups.values()];
}
