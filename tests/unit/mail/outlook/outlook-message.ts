import { parseMessage } from '../../../../lib/mail/index';

/** What Outlook keeps of a received message, as the test writers put it in a .msg or .pst. */
export interface OutlookTestMessage {
  subject: string;
  senderName: string;
  senderAddress: string;
  body: string;
  html?: string;
  transportHeaders: string;
  messageId: string;
  deliveredAt?: number;
}

/** The properties Outlook would keep for the message in an .eml: its fields, its text and its header block. */
export async function fromEml(bytes: Uint8Array): Promise<OutlookTestMessage> {
  const parsed = await parseMessage(bytes);
  if (!parsed.ok) throw new Error(`test message unreadable: ${parsed.error.reason}`);
  const raw = Buffer.from(bytes).toString('latin1');
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const { message } = parsed;
  // A message with only HTML has no plain body in Outlook either.
  const htmlOnly = message.html !== undefined && !/text\/plain/i.test(raw);
  return {
    subject: message.subject,
    senderName: message.from.name,
    senderAddress: message.from.address,
    body: htmlOnly ? '' : message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    transportHeaders: raw.slice(0, headerEnd === -1 ? raw.length : headerEnd),
    messageId: parsed.messageId ?? '',
    ...(parsed.date === undefined ? {} : { deliveredAt: parsed.date }),
  };
}
