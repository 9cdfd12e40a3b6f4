import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, parseMessage } from '../../../lib/mail/index';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function nestedMultipart(depth: number): string {
  let part = 'Content-Type: text/plain; charset=utf-8\r\n\r\nThe innermost words.\r\n';
  for (let level = depth; level > 0; level--) {
    const boundary = `level-${level}`;
    part = `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\n${part}\r\n--${boundary}--\r\n`;
  }
  return `From: Nest <nest@example.org>\r\nSubject: Nested\r\nMIME-Version: 1.0\r\n${part}`;
}

describe('parseMessage limits', () => {
  it('reads a 60-deep multipart and finds the innermost text', async () => {
    const result = await parseMessage(encode(nestedMultipart(60)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.message.text).toContain('The innermost words.');
  });

  it('refuses nesting beyond the depth limit with a clear error instead of throwing', async () => {
    const result = await parseMessage(encode(nestedMultipart(MAX_MIME_DEPTH + 50)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('mime');
      expect(result.error.reason).toMatch(/nesting depth/i);
    }
  });

  it('survives 5,000 levels of nesting', async () => {
    const result = await parseMessage(encode(nestedMultipart(5000)));
    expect(result.ok).toBe(false);
  });

  it('reads a body that is one 10 MB line', async () => {
    const line = 'lorem '.repeat(10 * 1024 * 1024 / 6);
    const result = await parseMessage(encode(`From: a@example.org\r\nSubject: Long\r\n\r\n${line}`));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.message.text.length).toBeGreaterThan(10_000_000);
  });

  it('refuses a header line of several megabytes with a clear error', async () => {
    const result = await parseMessage(encode(`From: a@example.org\r\nSubject: ${'x'.repeat(5_000_000)}\r\n\r\nBody`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toMatch(/header size/i);
  });

  it('reads only the start of a message over the size limit and says so', async () => {
    const body = 'word '.repeat((MAX_MESSAGE_BYTES + 1024 * 1024) / 5);
    const result = await parseMessage(encode(`From: a@example.org\r\nSubject: Huge\r\n\r\nStart of the text. ${body}`));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.truncated).toBe(true);
      expect(result.message.text.startsWith('Start of the text.')).toBe(true);
    }
  });

  it('reports a message within the limits as not truncated', async () => {
    const result = await parseMessage(encode('From: a@example.org\r\nSubject: Small\r\n\r\nSmall.'));
    expect(result.ok && result.truncated).toBe(false);
  });
});
