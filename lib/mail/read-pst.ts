import { PSTFile, PSTFolder, PSTMessage } from 'pst-extractor';
import type { OutlookItem } from './outlook-item';

/** One item of a .pst: its folder, its place there, and what it holds or why it could not be read. */
export type PstEntry =
  | { folder: string; index: number; item: OutlookItem }
  | { folder: string; index: number; error: string };

/** Classes of items that are mail; calendar entries, contacts, tasks and notes are passed over. */
const MAIL_CLASS = /^(IPM\.(Note|Schedule|Post)|REPORT\.)|^$/i;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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
  const file = new PSTFile(path);
  const folders: { folder: PSTFolder; path: string }[] = [];
  const collect = (folder: PSTFolder, path: string): void => {
    folders.push({ folder, path });
    if (folder.hasSubfolders) {
      for (const sub of folder.getSubFolders()) collect(sub, path ? `${path}/${sub.displayName}` : sub.displayName);
    }
  };
  collect(file.getRootFolder(), '');
  const archive: PstArchive = {
    itemCount: folders.reduce((sum, { folder }) => sum + folder.contentCount, 0),
    passedOver: 0,
    *entries() {
      for (const { folder, path } of folders) {
        if (folder.contentCount === 0) continue;
        let index = 0;
        for (;;) {
          let child;
          try {
            child = folder.getNextChild();
          } catch (error) {
            index += 1;
            yield { folder: path, index, error: `the item could not be read: ${describe(error)}` };
            // The folder's list of items itself is damaged; its remaining items cannot be found.
            break;
          }
          if (child === null) break;
          if (!(child instanceof PSTMessage) || !MAIL_CLASS.test(child.messageClass)) {
            archive.passedOver += 1;
            continue;
          }
          index += 1;
          let entry: PstEntry;
          try {
            entry = { folder: path, index, item: itemOf(child) };
          } catch (error) {
            entry = { folder: path, index, error: `the item could not be read: ${describe(error)}` };
          }
          yield entry;
        }
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
