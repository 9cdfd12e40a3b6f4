import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Real benign mail nobody on the project wrote: 3,000 messages of a hardware engineers' mailing list, kept outside
 * the repository in `../shared/corpora/` (never committed). Scripts that use it say so when it is absent.
 */
export const LIST_CORPUS_PATH = resolve('..', 'shared', 'corpora', 'openbmc-list-3000.tar.gz');

export interface ListMessage {
  /** The file's name inside the archive. */
  id: string;
  bytes: Uint8Array;
}

export const listCorpusAvailable = (path = LIST_CORPUS_PATH): boolean => existsSync(path);

function field(block: Uint8Array, start: number, length: number): string {
  const bytes = block.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

/** The `.eml` files of the gzipped tar archive (ustar), in archive order. */
export async function readListCorpus(path = LIST_CORPUS_PATH): Promise<ListMessage[]> {
  const archive = gunzipSync(await readFile(path));
  const messages: ListMessage[] = [];
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = `${field(header, 345, 155) ? `${field(header, 345, 155)}/` : ''}${field(header, 0, 100)}`;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    offset += 512;
    if ((type === '0' || type === '\0') && name.endsWith('.eml')) {
      messages.push({ id: name, bytes: archive.subarray(offset, offset + size) });
    }
    offset += Math.ceil(size / 512) * 512;
  }
  return messages;
}
