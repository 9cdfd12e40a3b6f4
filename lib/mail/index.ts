/** Turning raw mail (.eml and mbox bytes) into the `MailMessage` the engine reads. */
export { parseMailFile, type MailFileEntry } from './parse-mail-file';
export { parseMessage, MAX_MESSAGE_BYTES, MAX_MIME_DEPTH } from './parse-message';
export type { MailParseError, MailParseErrorCode, MailParseResult } from './parse-result';
export { MboxSplitter, splitMbox, type MboxPart } from './split-mbox';
export { htmlToPlainText } from './html-to-plain-text';
