/** Turning raw mail (.eml and mbox bytes, Outlook .msg and .pst items) into the `MailMessage` the engine reads. */
export { parseMailFile, type MailFileEntry } from './parse-mail-file';
export { parseMessage, MAX_MESSAGE_BYTES, MAX_MIME_DEPTH } from './parse-message';
export type { MailParseError, MailParseErrorCode, MailParseResult } from './parse-result';
export { MboxSplitter, splitMbox, type MboxPart } from './split-mbox';
export { htmlToPlainText } from './html-to-plain-text';
export { parseOutlookItem, type OutlookItem } from './outlook-item';
export { looksLikeCompoundFile, parseMsgFile } from './parse-msg-file';
export { looksLikePst, openPst, type PstArchive, type PstEntry } from './read-pst';
