import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../../lib/mail/index';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('splitMbox', () => {
  const parts = splitMbox(readFileSync('tests/fixtures/mail/three-messages.mbox'));

  it('numbers the messages from 1 in file order', () => {
    expect(parts.map((part) => part.index)).toEqual([1, 2, 3]);
    expect(parts.map((part) => decode(part.bytes).match(/^Subject: (.*)$/m)?.[1])).toEqual([
      'First message',
      'Second message',
      'Third message',
    ]);
  });

  it('removes one level of ">From " quoting (mboxrd)', () => {
    const first = decode(parts[0]?.bytes ?? new Uint8Array());
    expect(first).toContain('\nFrom the notes of last week:\n');
    expect(first).toContain('\n>From a quoted reply\n');
  });

  it('does not split on a body line that starts with "From " but is no separator', () => {
    expect(decode(parts[0]?.bytes ?? new Uint8Array())).toContain('From what I hear, the plan stands.');
  });

  it('drops the separator line and the blank line before the next one', () => {
    const second = decode(parts[1]?.bytes ?? new Uint8Array());
    expect(second.startsWith('From: Bob')).toBe(true);
    expect(second.endsWith('Thanks Alice.\n')).toBe(true);
  });

  it('handles CRLF line ends', () => {
    const crlf = 'From a@example.org Mon Mar  2 09:15:00 2026\r\nSubject: one\r\n\r\nx\r\n\r\nFrom b@example.org Mon Mar  2 09:16:00 2026\r\nSubject: two\r\n\r\ny\r\n';
    const split = splitMbox(encode(crlf));
    expect(split).toHaveLength(2);
    expect(decode(split[0]?.bytes ?? new Uint8Array())).toBe('Subject: one\r\n\r\nx\r\n');
  });

  it('keeps the bytes of 8-bit text untouched', () => {
    const latin1 = Uint8Array.from([...encode('From a@b Mon Mar  2 09:15:00 2026\nSubject: s\n\ncaf'), 0xe9, 0x0a]);
    const [only] = splitMbox(latin1);
    expect(Array.from(only?.bytes ?? []).slice(-2)).toEqual([0xe9, 0x0a]);
  });
});
