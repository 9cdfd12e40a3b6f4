import msgReaderExport from '@kenjiuno/msgreader';
import { parseOutlookItem } from './outlook-item';
import { parseFailure, type MailParseResult } from './parse-result';

// Node's own loader hands over the CommonJS exports object as the default, bundlers its `default`: take either.
const MsgReader = (msgReaderExport as unknown as { default?: typeof msgReaderExport }).default ?? msgReaderExport;

/** The first bytes of a compound file, the container of an Outlook .msg item. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((byte, at) => bytes[at] === byte);
}

const timeOf = (text: string | undefined): number | undefined => {
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isFinite(time) ? time : undefined;
};

/** Reads an Outlook item file (.msg: a message saved or reported from Outlook) with @kenjiuno/msgreader. */
export async function parseMsgFile(bytes: Uint8Array): Promise<MailParseResult> {
  let fields;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    fields = new MsgReader(view).getFileData();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return parseFailure('outlook', `the Outlook item could not be read: ${detail}`);
  }
  if (fields.error) return parseFailure('outlook', `the Outlook item could not be read: ${fields.error}`);
  const html = fields.bodyHtml ?? (fields.html ? new TextDecoder().decode(fields.html) : '');
  const sentAt = timeOf(fields.messageDeliveryTime) ?? timeOf(fields.clientSubmitTime);
  return parseOutlookItem({
    subject: fields.subject ?? '',
    senderName: fields.senderName ?? '',
    senderAddress: fields.senderSmtpAddress ?? fields.senderEmail ?? '',
    body: fields.body ?? '',
    html,
    transportHeaders: fields.headers ?? '',
    ...(sentAt === undefined ? {} : { sentAt }),
    messageId: fields.messageId ?? '',
  });
}
