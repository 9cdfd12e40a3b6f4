import { analyzeMessage } from '../engine';
// From the readers themselves, not the mail index: the worker's bundle then leaves out the .pst reader, which only the
// main thread uses (a megabyte of code each worker would otherwise load).
import { parseMessage } from '../mail/parse-message';
import { parseMsgFile } from '../mail/parse-msg-file';
import { parseOutlookItem, type OutlookItem } from '../mail/outlook-item';
import type { MailParseResult } from '../mail/parse-result';
import { toStoredRecord, type StoredRecord } from './record-store';
import type { AnalysedRecord, ScanRecord, SkippedRecord } from './scan-record';

/** One message to read and analyse, as it travels to an analysis worker. */
export type TaskPayload =
  /** An .eml file or one message of an mbox. `mayBeStray`: a lone file in a folder whose name is not a mail name. */
  | { kind: 'rfc822'; bytes: Uint8Array; mayBeStray: boolean }
  | { kind: 'msg'; bytes: Uint8Array }
  | { kind: 'outlook'; item: OutlookItem };

export interface ScanTask {
  source: string;
  payload: TaskPayload;
}

function parse(payload: TaskPayload): Promise<MailParseResult> {
  switch (payload.kind) {
    case 'rfc822':
      return parseMessage(payload.bytes);
    case 'msg':
      return parseMsgFile(payload.bytes);
    case 'outlook':
      return parseOutlookItem(payload.item);
  }
}

/** What comes back from a task: a record to keep for the report, or a file to name as skipped at once. */
export type TaskOutcome = StoredRecord | SkippedRecord;

/** Reads and analyses one message; never throws: a message that fails becomes a record that says why. */
export async function runScanTask(task: ScanTask): Promise<TaskOutcome> {
  const record = await scanMessage(task);
  return record.kind === 'analysed' || record.kind === 'failed' ? toStoredRecord(record) : (record as SkippedRecord);
}

async function scanMessage({ source, payload }: ScanTask): Promise<ScanRecord> {
  const result = await parse(payload);
  if (!result.ok) {
    // A stray file (notes.md in a mail folder) is named and skipped; a damaged MIME structure is still a failure.
    if (payload.kind === 'rfc822' && payload.mayBeStray && result.error.code !== 'mime') {
      return { kind: 'skipped', source, reason: `not mail: ${result.error.reason}` };
    }
    return { kind: 'failed', source, error: result.error.reason };
  }
  const { message, truncated, date, messageId } = result;
  try {
    const analysis = await analyzeMessage(message);
    const record: AnalysedRecord = { kind: 'analysed', source, id: messageId ?? source, from: message.from, subject: message.subject, analysis, truncated };
    if (date !== undefined) record.date = date;
    return record;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', source, error: `the engine failed on this message: ${detail}`, from: message.from, subject: message.subject };
  }
}
