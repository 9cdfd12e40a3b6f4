import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ListMessage } from './list-corpus';

const latin1 = new TextDecoder('latin1');

/** mboxrd quoting: a body line that starts with ">*From " gets one more ">". */
function quoteFromLines(text: string): string {
  return text.replace(/^(>*From )/gm, '>$1');
}

/** The message with its Message-ID made unique for copy `copy`, so the sender history counts each copy once. */
function asCopy(text: string, copy: number): string {
  if (copy === 0) return text;
  const withId = text.replace(/^Message-ID:[ \t]*<([^>\r\n]*)>/im, (_, id: string) => `Message-ID: <copy${copy}.${id}>`);
  return withId === text ? `Message-ID: <copy${copy}.${copy}@waakzaam.invalid>\n${text}` : withId;
}

/**
 * Writes the list's messages as an mbox of at least `targetBytes` (the list over and over, each copy's Message-IDs
 * changed), and returns how many messages it holds.
 */
export async function writeListMbox(path: string, messages: readonly ListMessage[], targetBytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let count = 0;
  for (let copy = 0; written < targetBytes || copy === 0; copy++) {
    for (const message of messages) {
      // Latin-1 maps bytes to characters one to one, so 8-bit mail is written back unchanged.
      const text = `From list@waakzaam.invalid Thu Jan  1 00:00:00 2026\n${quoteFromLines(asCopy(latin1.decode(message.bytes), copy)).replace(/\n?$/, '\n')}\n`;
      const bytes = Buffer.from(text, 'latin1');
      written += bytes.length;
      count += 1;
      if (!out.write(bytes)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return count;
}
