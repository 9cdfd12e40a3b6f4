import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(resolve(FIXTURES_DIR, ...parts), 'utf8');
}

/** The demo inbox, served where Gmail lives so the Gmail adapter reads it. */
export const DEMO_INBOX_URL = 'https://mail.google.com/mail/u/0/';

export const DEMO_MESSAGES = {
  /** An embassy "second secretary" on Gmail offering a fee for internal process data (English). */
  riskyEnglish: '18f3a1c2d4e5f601',
  /** A trade-mission "first secretary" asking for design files, cash and secrecy (Dutch). */
  riskyDutch: '18f39f4412aa8b03',
  /** A facilities notice. */
  benignEnglish: '18f3a0b7e9d2c302',
  /** Meeting minutes. */
  benignDutch: '18f39e21c0bb4d04',
} as const;

export function demoInboxPage(): string {
  return readFixture('demo', 'inbox.html');
}
