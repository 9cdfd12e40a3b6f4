import PostalMime, { type Email } from 'postal-mime';
import type { MailMessage } from '../model';
import { htmlToPlainText } from './html-to-plain-text';
import { firstMailbox, replyToAddresses, toMailAddress } from './mail-address';
import { parseFailure, type MailParseResult } from './parse-result';

/** The parts of an Outlook item (.msg file or .pst entry) the engine reads, as its properties hold them. */
export interface OutlookItem {
  subject: string;
  senderName: string;
  /** An SMTP address when Outlook kept one; an Exchange sender may have only an X.500 name here. */
  senderAddress: string;
  body: string;
  html: string;
  /** The internet headers a received message arrived with; empty for mail written in Outlook. */
  transportHeaders: string;
  /** Delivery or submission time, milliseconds since the epoch. */
  sentAt?: number;
  messageId: string;
}

const looksLikeSmtpAddress = (address: string): boolean => /^[^\s@/]+@[^\s@]+$/.test(address.trim());

/** The headers of a received item, read by the same MIME parser as an .eml; nothing when there are none. */
async function parseTransportHeaders(headers: string): Promise<Email | undefined> {
  if (!headers.trim()) return undefined;
  try {
    return await PostalMime.parse(`${headers.replace(/(\r?\n)+$/, '')}\r\n\r\n`);
  } catch {
    // Damaged headers lose only what they would have added; the item's own properties still hold the message.
    return undefined;
  }
}

/**
 * An Outlook item as the engine's message. The item's properties come first; its internet headers fill in what the
 * properties do not say (an Exchange sender's SMTP address, Reply-To, Message-ID).
 */
export async function parseOutlookItem(item: OutlookItem): Promise<MailParseResult> {
  const headers = await parseTransportHeaders(item.transportHeaders);
  const headerSender = firstMailbox(headers?.from);
  const address = looksLikeSmtpAddress(item.senderAddress) ? item.senderAddress.trim() : (headerSender?.address.trim() ?? '');
  const message: MailMessage = {
    from: { name: item.senderName.trim() || (headerSender ? toMailAddress(headerSender).name : ''), address },
    subject: (item.subject || headers?.subject || '').trim(),
    text: item.body,
  };
  if (!message.from.address && !message.subject && !item.body.trim() && !item.html.trim()) {
    return parseFailure('outlook', 'the Outlook item has no sender, subject or text');
  }
  const replyTo = replyToAddresses(headers?.replyTo);
  if (replyTo) message.replyTo = replyTo;
  let truncated = false;
  if (item.html.trim()) {
    message.html = item.html;
    if (!item.body.trim()) {
      const plain = htmlToPlainText(item.html);
      message.text = plain.text;
      truncated = plain.truncated;
    }
  }
  const headerDate = headers?.date ? Date.parse(headers.date) : Number.NaN;
  const date = item.sentAt ?? (Number.isFinite(headerDate) ? headerDate : undefined);
  const messageId = item.messageId.trim() || headers?.messageId?.trim();
  return { ok: true, message, truncated, ...(date === undefined ? {} : { date }), ...(messageId ? { messageId } : {}) };
}
