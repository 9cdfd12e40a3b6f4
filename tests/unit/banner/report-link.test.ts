// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isUsableAddress, reportBody, reportMailto } from '../../../lib/banner/report-link';
import type { MailMessage } from '../../../lib/model';
import { analysis, evidence, signal } from './fixtures';
import { stubGetMessage } from './locale-messages';

const message: MailMessage = {
  from: { name: 'Attaché Petrov', address: 'petrov@mail.example' },
  subject: 'Coffee & "chat"',
  text: 'irrelevant',
};

beforeEach(async () => {
  fakeBrowser.reset();
  await stubGetMessage('en');
});

describe('report link', () => {
  it('accepts ordinary addresses and refuses ones that could break the link', () => {
    expect(isUsableAddress('security@example.com')).toBe(true);
    expect(isUsableAddress(' first.last+tag@sub.example.nl ')).toBe(true);
    for (const bad of ['', 'security', 'a@b', 'a b@example.com', 'a@example.com?cc=x@evil.example', 'a@example.com&body=x', 'a@b@example.com']) {
      expect(isUsableAddress(bad), bad).toBe(false);
    }
  });

  it('gives no link without a usable address', () => {
    const flagged = analysis('medium', [signal('hospitality', [evidence('dinner on me')])]);
    expect(reportMailto(undefined, message, flagged)).toBeNull();
    expect(reportMailto({ name: 'X', address: 'x@example.com?bcc=me@evil.example' }, message, flagged)).toBeNull();
  });

  it('keeps the body short enough for mail programs however much evidence there is', () => {
    const phrases = Array.from({ length: 40 }, (_, i) => evidence(`phrase number ${i} `.repeat(10)));
    const flagged = analysis('high', [
      signal('secrecy', phrases),
      signal('payment-offer', phrases),
      signal('private-channel', phrases),
      signal('hospitality', phrases),
    ]);
    const body = reportBody(message, flagged);
    expect(body.length).toBeLessThanOrEqual(1900);
    expect(body).toContain('From: Attaché Petrov <petrov@mail.example>');
    expect(body.trimEnd().endsWith('Please let me know how to proceed.')).toBe(true);
  });

  it('percent-encodes non-ASCII and reserved characters', () => {
    const href = reportMailto({ name: 'Sec', address: 'sec@example.com' }, message, analysis('medium', [signal('hospitality', [evidence('déjeuner & vin')])]))!;
    expect(href).toMatch(/^mailto:sec@example\.com\?subject=[^&]+&body=[^&]+$/);
    expect(href).toContain(encodeURIComponent('déjeuner & vin'));
    expect(href).not.toMatch(/[^\x21-\x7e]/);
  });

  it('caps a very long subject in the body as in the subject line, so the link stays short enough to open', () => {
    const long: MailMessage = { ...message, subject: 'Collaboration '.repeat(500) };
    const flagged = analysis('high', [signal('payment-offer', [evidence('a generous fee')])]);
    const href = reportMailto({ name: 'Sec', address: 'sec@example.com' }, long, flagged)!;
    const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.slice(href.indexOf('&body=') + 6));
    const subjectLine = body.split('\r\n').find((line) => line.startsWith('Subject: '))!;
    expect(subjectLine.length).toBeLessThan(140);
    expect(subjectLine.endsWith('…')).toBe(true);
    expect(href.length).toBeLessThan(4_000);
  });

  it('strips right-to-left overrides and other bidi controls from name, subject and evidence', () => {
    const spoofed: MailMessage = {
      from: { name: 'Security \u202eteam\u202c', address: 'x@mail.example' },
      subject: 'Invoice \u202efdp.exe\u2066',
      text: 'irrelevant',
    };
    const flagged = analysis('high', [signal('payment-offer', [evidence('a \u202egenerous\u202c fee')])]);
    const body = reportBody(spoofed, flagged);
    expect(body).toContain('From: Security team <x@mail.example>');
    expect(body).toContain('Subject: Invoice fdp.exe');
    expect(body).toContain('"a generous fee"');
    expect(body).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
