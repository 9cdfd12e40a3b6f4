import { PSTFile, PSTFolder, PSTMessage } from 'pst-extractor';
import type { OutlookItem } from './outlook-item';

/**
 * One item of a .pst: its folder, its place among the folder's mail items, and what it holds or why it could not be
 * read. `index` is null for a problem of the folder itself.
 */
export type PstEntry =
  | { folder: string; index: number; item: OutlookItem }
  | { folder: string; index: number | null; error: string };

/** Classes of items that are mail; calendar entries, contacts, tasks and notes are passed over. */
const MAIL_CLASS = /^(IPM\.(Note|Schedule|Post)|REPORT\.)|^$/i;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * pst-extractor writes its diagnostics with console.log and console.error; on stdout they would corrupt the scan's
 * JSON lines. Its calls are synchronous, so its console is held for the length of one call; what the damage was is
 * told by the error it throws or by the items found missing.
 */
function quietly<T>(read: () => T): T {
  const { log, error, warn } = console;
  console.log = console.error = console.warn = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, { log, error, warn });
  }
}

function itemOf(message: PSTMessage): OutlookItem {
  const sent = message.messageDeliveryTime ?? message.clientSubmitTime;
  return {
    subject: message.subject,
    senderName: message.senderName,
    senderAddress: message.senderEmailAddress,
    body: message.body,
    html: message.bodyHTML,
    transportHeaders: message.transportMessageHeaders,
    ...(sent ? { sentAt: sent.getTime() } : {}),
    messageId: message.internetMessageId,
  };
}

export interface PstArchive {
  /** Items in all folders, counted from the folders' own totals before reading (for progress). */
  itemCount: number;
  /** Mail items folder by folder, depth first; items that are not mail are counted in `passedOver`. */
  entries(): Generator<PstEntry>;
  passedOver: number;
  close(): void;
}

/** Opens an Outlook archive (.pst, also .ost) with pst-extractor; it reads the file in place, item by item. */
export function openPst(path: string): PstArchive {
  const file = quietly(() => new PSTFile(path));
  const folders: { folder: PSTFolder; path: string }[] = [];
  const damagedFolders: PstEntry[] = [];
  const collect = (folder: PSTFolder, path: string): void => {
    folders.push({ folder, path });
    if (!folder.hasSubfolders) return;
    let subfolders: PSTFolder[];
    try {
      subfolders = quietly(() => folder.getSubFolders());
    } catch (error) {
      damagedFolders.push({ folder: path, index: null, error: `the folders inside this one could not be read: ${describe(error)}` });
      return;
    }
    for (const sub of subfolders) collect(sub, path ? `${path}/${sub.displayName}` : sub.displayName);
  };
  collect(quietly(() => file.getRootFolder()), '');
  const archive: PstArchive = {
    itemCount: quietly(() => folders.reduce((sum, { folder }) => sum + folder.contentCount, 0)),
    passedOver: 0,
    *entries() {
      yield* damagedFolders;
      for (const { folder, path } of folders) {
        const expected = quietly(() => folder.contentCount);
        if (expected === 0) continue;
        let index = 0;
        let accounted = 0;
        for (let position = 0; ; position++) {
          let child;
          try {
            child = quietly(() => folder.getNextChild());
          } catch (error) {
            // A damaged item: named, and the folder read on from the next one.
            index += 1;
            accounted += 1;
            yield { folder: path, index, error: `the item could not be read: ${describe(error)}` };
            folder.moveChildCursorTo(position + 1);
            continue;
          }
          if (child === null) break;
          accounted += 1;
          if (!(child instanceof PSTMessage) || !MAIL_CLASS.test(child.messageClass)) {
            archive.passedOver += 1;
            continue;
          }
          index += 1;
          let entry: PstEntry;
          try {
            entry = { folder: path, index, item: quietly(() => itemOf(child)) };
          } catch (error) {
            entry = { folder: path, index, error: `the item could not be read: ${describe(error)}` };
          }
          yield entry;
        }
        // pst-extractor passes over items it cannot open when the folder's table lists them; they are named here.
        const unread = expected - accounted;
        if (unread > 0) yield { folder: path, index: null, error: `${unread} ${unread === 1 ? 'item' : 'items'} of this folder could not be read` };
      }
    },
    close: () => file.close(),
  };
  return archive;
}

/** An Outlook archive opens with "!BDN". */
export function looksLikePst(bytes: Uint8Array): boolean {
  return bytes[0] === 0x21 && bytes[1] === 0x42 && bytes[2] === 0x44 && bytes[3] === 0x4e;
}
