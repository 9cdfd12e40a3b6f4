import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/mail/index';

const fixture = (name: string): Uint8Array => readFileSync(`tests/fixtures/mail/${name}`);

async function parsedOk(bytes: Uint8Array) {
  const result = await parseMessage(bytes);
  if (!result.ok) throw new Error(`expected a message, got ${result.error.code}: ${result.error.reason}`);
  return result;
}

describe('parseMessage', () => {
  it('decodes quoted-printable Latin-1 bodies and encoded-word headers', async () => {
    const { message } = await parsedOk(fixture('qp-latin1.eml'));
    expect(message.from).toEqual({ name: 'Jürgen Müller', address: 'jurgen.muller@example.de' });
    expect(message.subject).toBe('Vergadering café over de planning');
    expect(message.text).toContain('in het café naast het lab');
    expect(message.text).toContain('lange regel die met een zachte');
    expect(message.text).toContain('Groet, Jürgen');
  });

  it('turns an HTML-only base64 body into unwrapped text with link words and without images', async () => {
    const { message } = await parsedOk(fixture('html-only-base64.eml'));
    expect(message.html).toContain('<h1>');
    expect(message.text).toContain('Invitation to the spring seminar');
    expect(message.text).toContain(
      'We would be glad to welcome you at our seminar on integrated photonics. Please see the full programme for the schedule of talks and the location of the venue.',
    );
    expect(message.text).not.toMatch(/utm=tracking|Company logo|cid:logo/);
  });

  it('keeps every Reply-To address', async () => {
    const { message } = await parsedOk(fixture('html-only-base64.eml'));
    expect(message.replyTo).toEqual([
      { name: 'Programme Desk', address: 'desk@example.org' },
      { name: '', address: 'other@example.org' },
    ]);
  });

  it('prefers the plain part of a multipart/alternative message', async () => {
    const { message } = await parsedOk(fixture('multipart-alternative.eml'));
    expect(message.text.trim()).toBe('The plain version of the note.');
    expect(message.html).toContain('<b>HTML</b>');
  });

  it('reads a message without a From header with an empty sender rather than failing', async () => {
    const { message } = await parsedOk(new TextEncoder().encode('Subject: No sender\r\n\r\nBody text.\r\n'));
    expect(message.from).toEqual({ name: '', address: '' });
    expect(message.subject).toBe('No sender');
    expect(message.replyTo).toBeUndefined();
  });

  it('takes the first member when From is an address group', async () => {
    const bytes = new TextEncoder().encode('From: Team: Ann <ann@example.org>, bo@example.org;\r\nSubject: g\r\n\r\nx\r\n');
    const { message } = await parsedOk(bytes);
    expect(message.from).toEqual({ name: 'Ann', address: 'ann@example.org' });
  });
});

describe('parseMessage on input that is not a message', () => {
  it('names an empty file', async () => {
    expect(await parseMessage(new Uint8Array())).toEqual({ ok: false, error: { code: 'empty', reason: 'the file is empty' } });
  });

  it('names binary data', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = await parseMessage(png);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('binary');
  });

  it('names text that does not start with headers', async () => {
    const result = await parseMessage(new TextEncoder().encode('Just some notes, not an email.\nSecond line.\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-mail');
      expect(result.error.reason).toMatch(/mail headers/);
    }
  });
});
