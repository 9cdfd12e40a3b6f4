import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, MboxSplitter, splitMbox, type MboxPart } from '../../../lib/mail/index';

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

describe('MboxSplitter', () => {
  const whole = readFileSync('tests/fixtures/mail/three-messages.mbox');
  const wholeParts = splitMbox(whole).map((part) => decode(part.bytes));

  function splitInChunks(bytes: Uint8Array, size: number): MboxPart[] {
    const splitter = new MboxSplitter();
    const parts: MboxPart[] = [];
    for (let at = 0; at < bytes.length; at += size) parts.push(...splitter.push(bytes.subarray(at, at + size)));
    return [...parts, ...splitter.finish()];
  }

  it('cuts the same messages whatever the chunk size, separators split across chunks included', () => {
    for (const size of [1, 2, 3, 5, 7, 16, 64, 333, whole.length]) {
      expect(splitInChunks(whole, size).map((part) => decode(part.bytes)), `chunks of ${size}`).toEqual(wholeParts);
    }
  });

  it('says how far into the file each message ends', () => {
    const parts = splitInChunks(whole, 10);
    const second = decode(whole).indexOf('From carol@');
    expect(parts[1]?.endOffset).toBe(second);
    expect(parts[2]?.endOffset).toBe(whole.length);
  });

  it('keeps only the start of a message over the reading limit, and still finds the next one', () => {
    const filler = encode(`${'x'.repeat(1023)}\n`);
    const splitter = new MboxSplitter();
    const parts = splitter.push(encode('From a@example.org Mon Mar  2 09:15:00 2026\nSubject: huge\n\n'));
    for (let written = 0; written <= MAX_MESSAGE_BYTES + 4 * filler.length; written += filler.length) parts.push(...splitter.push(filler));
    parts.push(...splitter.push(encode('\nFrom b@example.org Mon Mar  2 09:16:00 2026\nSubject: after\n\nok\n')), ...splitter.finish());
    expect(parts.map((part) => part.index)).toEqual([1, 2]);
    expect(parts[0]?.bytes.length).toBe(MAX_MESSAGE_BYTES + 1);
    expect(decode(parts[1]?.bytes ?? new Uint8Array())).toBe('Subject: after\n\nok\n');
  });

  it('reads a line longer than a chunk as text, not as a separator', () => {
    const long = `From a@example.org Mon Mar  2 09:15:00 2026\nSubject: one\n\n${'y'.repeat(5000)} From b@x 10:00\n\nend\n`;
    const parts = splitInChunks(encode(long), 512);
    expect(parts).toHaveLength(1);
    expect(decode(parts[0]?.bytes ?? new Uint8Array())).toContain('From b@x 10:00\n\nend\n');
  });
});
