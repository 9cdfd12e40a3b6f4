import PostalMime, { type Email } from 'postal-mime';
import type { MailAddress, MailMessage } from '../model';
import { htmlToPlainText } from './html-to-plain-text';
import { firstMailbox, replyToAddresses, toMailAddress } from './mail-address';
import { parseFailure, type MailParseResult } from './parse-result';
import { looksLikeBinary, looksLikeMailHeader } from './sniff';

/** Largest message read; beyond it only the start is parsed (attachments make up the tail of big mail). */
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * postal-mime rejects MIME trees deeper than this. Real mail rarely goes past ten levels; the cap keeps
 * hostile nesting from costing time while leaving generous room for forwarded threads.
 */
export const MAX_MIME_DEPTH = 100;

const parserOptions = {
  maxNestingDepth: MAX_MIME_DEPTH,
  // Attachments are never read, so skip base64-encoding them into strings.
  attachmentEncoding: 'arraybuffer' as const,
};

const noSender: MailAddress = { name: '', address: '' };

function toMailMessage(email: Email): { message: MailMessage; truncated: boolean } {
  const sender = firstMailbox(email.from);
  const message: MailMessage = {
    from: sender ? toMailAddress(sender) : noSender,
    subject: (email.subject ?? '').trim(),
    text: email.text ?? '',
  };
  const replyTo = replyToAddresses(email.replyTo);
  if (replyTo) message.replyTo = replyTo;
  let truncated = false;
  if (email.html !== undefined) {
    message.html = email.html;
    if (!email.text?.trim()) {
      const plain = htmlToPlainText(email.html);
      message.text = plain.text;
      truncated = plain.truncated;
    }
  }
  return { message, truncated };
}

/** Reads one RFC 5322 message (an .eml file, or one message cut from an mbox) into what the engine needs. */
export async function parseMessage(bytes: Uint8Array): Promise<MailParseResult> {
  if (bytes.length === 0) return parseFailure('empty', 'the file is empty');
  if (looksLikeBinary(bytes)) {
    return parseFailure('binary', 'the file holds binary data (NUL bytes), not an email');
  }
  if (!looksLikeMailHeader(bytes)) {
    return parseFailure('not-mail', 'the file does not start with mail headers (such as "From:" or "Subject:")');
  }
  const oversized = bytes.length > MAX_MESSAGE_BYTES;
  const input = oversized ? bytes.subarray(0, MAX_MESSAGE_BYTES) : bytes;
  let email: Email;
  try {
    email = await PostalMime.parse(input, parserOptions);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return parseFailure('mime', `the MIME structure could not be read: ${detail}`);
  }
  const { message, truncated } = toMailMessage(email);
  const date = email.date ? Date.parse(email.date) : Number.NaN;
  const messageId = email.messageId?.trim();
  return {
    ok: true,
    message,
    truncated: oversized || truncated,
    ...(Number.isFinite(date) ? { date } : {}),
    ...(messageId ? { messageId } : {}),
  };
}
