import { parseMessage } from './parse-message';
import type { MailParseResult } from './parse-result';
import { looksLikeMbox } from './sniff';
import { splitMbox } from './split-mbox';

export interface MailFileEntry {
  /** 1-based position in an mbox file; null for a single-message (.eml) file. */
  index: number | null;
  result: MailParseResult;
}

/**
 * Reads a file's bytes as one message or as an mbox, decided by content (an mbox opens with a
 * "From " line) because extensions are unreliable: mbox files often have none at all.
 */
export async function parseMailFile(bytes: Uint8Array): Promise<MailFileEntry[]> {
  if (!looksLikeMbox(bytes)) return [{ index: null, result: await parseMessage(bytes) }];
  const entries: MailFileEntry[] = [];
  for (const part of splitMbox(bytes)) {
    entries.push({ index: part.index, result: await parseMessage(part.bytes) });
  }
  return entries;
}
