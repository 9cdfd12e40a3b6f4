import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyzeMessage } from '../engine/index';
import type { MailMessage } from '../engine/types';
import { parseMailFile, type MailFileEntry } from '../mail/index';
import type { AnalysedRecord, ScanRecord } from './scan-record';
import type { InputFile } from './walk-inputs';

/** Files larger than this are not read at all (an mbox this big should be split first). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Inside a folder, files with these names are expected to be mail, so failing to read them is a failure. */
const MAIL_EXTENSIONS = new Set(['.eml', '.mbox', '.mbx', '']);

function sourceOf(path: string, entry: MailFileEntry): string {
  return entry.index === null ? path : `${path}#${entry.index}`;
}

interface ParsedMessage {
  message: MailMessage;
  truncated: boolean;
  date?: number;
  messageId?: string;
}

async function analyse(source: string, parsed: ParsedMessage): Promise<ScanRecord> {
  const { message, truncated, date, messageId } = parsed;
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

/** A lone file in a folder that is plainly not mail (wrong name and not mail inside) is skipped, and said so. */
function isStrayNonMail(file: InputFile, entries: MailFileEntry[]): string | undefined {
  const only = entries.length === 1 ? entries[0] : undefined;
  if (!file.insideFolder || !only || only.result.ok) return undefined;
  if (MAIL_EXTENSIONS.has(extname(file.path).toLowerCase())) return undefined;
  return only.result.error.code === 'mime' ? undefined : only.result.error.reason;
}

/** Reads one file and returns a record per message in it. */
export async function scanFile(file: InputFile): Promise<ScanRecord[]> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file.path);
    if (size > MAX_FILE_BYTES) {
      const megabytes = Math.round(size / 1024 / 1024);
      return [{ kind: 'unreadable', source: file.path, reason: `the file is ${megabytes} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` }];
    }
    bytes = await readFile(file.path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : String(error);
    return [{ kind: 'unreadable', source: file.path, reason }];
  }
  const entries = await parseMailFile(bytes);
  const strayReason = isStrayNonMail(file, entries);
  if (strayReason) return [{ kind: 'skipped', source: file.path, reason: `not mail: ${strayReason}` }];
  const records: ScanRecord[] = [];
  for (const entry of entries) {
    const source = sourceOf(file.path, entry);
    records.push(
      entry.result.ok
        ? await analyse(source, entry.result)
        : { kind: 'failed', source, error: entry.result.error.reason },
    );
  }
  return records;
}
