import type { MailMessage } from '../model';

/** Why a message could not be read, as a stable code and a sentence for people. */
export type MailParseErrorCode = 'empty' | 'binary' | 'not-mail' | 'too-large' | 'mime' | 'outlook';

export interface MailParseError {
  code: MailParseErrorCode;
  reason: string;
}

export type MailParseResult =
  | {
      ok: true;
      message: MailMessage;
      /** True when the message was larger than the reading limits and only its start was read. */
      truncated: boolean;
      /** The Date header, in milliseconds since the epoch, when it could be read. */
      date?: number;
      /** The Message-ID header, when present: the same message in two files is one message. */
      messageId?: string;
    }
  | { ok: false; error: MailParseError };

export function parseFailure(code: MailParseErrorCode, reason: string): MailParseResult {
  return { ok: false, error: { code, reason } };
}
