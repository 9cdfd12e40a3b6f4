import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Level } from '../model';
import type { AnalysedRecord, FailedRecord } from './scan-record';

const FLUSH_BYTES = 1024 * 1024;

/**
 * A record as the store keeps it: its JSON, and the few fields the grouping needs. Made where the record is made
 * (in an analysis worker), so the thread that collects the records only writes them.
 */
export interface StoredRecord {
  kind: 'analysed' | 'failed';
  json: string;
  sender: string;
  date?: number;
  level?: Level;
  escalated: boolean;
}

export function toStoredRecord(record: AnalysedRecord | FailedRecord): StoredRecord {
  const json = JSON.stringify(record);
  if (record.kind === 'failed') return { kind: 'failed', json, sender: '', escalated: false };
  return {
    kind: 'analysed',
    json,
    sender: record.from.address.trim().toLowerCase(),
    ...(record.date === undefined ? {} : { date: record.date }),
    level: record.analysis.level,
    escalated: record.analysis.escalation !== undefined,
  };
}
const NO_DATE = Number.NaN;

/**
 * The scan's records, kept in a temporary file rather than in memory, so that an archive of any size can be
 * grouped and reported at the end. Memory holds a few numbers a message (where its record is, its date, its
 * sender) and one string a sender.
 */
export class RecordStore {
  // Only this user may read it (mkdtemp makes the folder 0700): it holds senders, subjects and quoted evidence.
  readonly folder = mkdtempSync(join(tmpdir(), 'waakzaam-scan-'));
  private readonly file = openSync(join(this.folder, 'records.jsonl'), 'w+');
  /** Removes the file even when the process is ended early (a second Ctrl-C). */
  private readonly removeOnExit = (): void => rmSync(this.folder, { recursive: true, force: true });

  constructor() {
    process.once('exit', this.removeOnExit);
  }
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly dates: number[] = [];
  private readonly senderIds: number[] = [];
  private readonly levels: Level[] = [];
  private readonly escalated: boolean[] = [];
  private readonly senderIdByAddress = new Map<string, number>();
  private readonly failedAt: { offset: number; length: number }[] = [];

  /** Analysed messages, numbered 0… in the order they were added. */
  get count(): number {
    return this.offsets.length;
  }

  get failedCount(): number {
    return this.failedAt.length;
  }

  add(record: StoredRecord): void {
    const place = this.append(record.json);
    if (record.kind === 'failed') {
      this.failedAt.push(place);
      return;
    }
    this.offsets.push(place.offset);
    this.lengths.push(place.length);
    this.dates.push(record.date ?? NO_DATE);
    this.levels.push(record.level!);
    this.escalated.push(record.escalated);
    const { sender } = record;
    let id = this.senderIdByAddress.get(sender);
    if (id === undefined) {
      id = this.senderIdByAddress.size;
      this.senderIdByAddress.set(sender, id);
    }
    this.senderIds.push(id);
  }

  /** Puts a changed record (one judged with its sender's history) in the place of message `index`. */
  replace(index: number, record: AnalysedRecord): void {
    const place = this.append(JSON.stringify(record));
    this.offsets[index] = place.offset;
    this.lengths[index] = place.length;
    this.levels[index] = record.analysis.level;
    this.escalated[index] = record.analysis.escalation !== undefined;
  }

  read(index: number): AnalysedRecord {
    return this.readAt(this.offsets[index]!, this.lengths[index]!) as AnalysedRecord;
  }

  *failed(): Generator<FailedRecord> {
    for (const { offset, length } of this.failedAt) yield this.readAt(offset, length) as FailedRecord;
  }

  date(index: number): number | undefined {
    const date = this.dates[index]!;
    return Number.isNaN(date) ? undefined : date;
  }

  level(index: number): Level {
    return this.levels[index]!;
  }

  isEscalated(index: number): boolean {
    return this.escalated[index]!;
  }

  /** A number per sender address (lower case), in the order the senders first appear. */
  senderOf(index: number): number {
    return this.senderIds[index]!;
  }

  get senderCount(): number {
    return this.senderIdByAddress.size;
  }

  /** Removes the temporary file. */
  dispose(): void {
    closeSync(this.file);
    process.off('exit', this.removeOnExit);
    this.removeOnExit();
  }

  private append(json: string): { offset: number; length: number } {
    const bytes = Buffer.from(`${json}\n`);
    const offset = this.written + this.pendingBytes;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return { offset, length: bytes.length - 1 };
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.file, bytes, at, bytes.length - at, this.written + at);
    this.written += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private readAt(offset: number, length: number): unknown {
    if (offset + length > this.written) this.flush();
    const bytes = Buffer.alloc(length);
    for (let at = 0; at < length; ) {
      const read = readSync(this.file, bytes, at, length - at, offset + at);
      if (read === 0) throw new Error('the scan\'s temporary file ended early');
      at += read;
    }
    return JSON.parse(bytes.toString('utf8'));
  }
}
