// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundcubeAdapter } from '../../../lib/webmail/roundcube';
import { pageFrom, read } from './fixture-page';

/**
 * Roundcube's pages of the independently written set (tests/fixtures/webmail-independent): the script runs in the
 * reading-pane frame, so each frame page is read at its own URL. The other webmails' pages are read in Chromium
 * (tests/e2e/independent-pages.spec.ts).
 */
const DIR = resolve(__dirname, '../../fixtures/webmail-independent');

interface PageEntry {
  file: string;
  url: string;
  openMessages: Array<{ senderAddress: string; subject: string; bodyStartsWith: string }>;
}

const FRAMES = (JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')) as PageEntry[]).filter((entry) =>
  /^roundcube\/.*-frame\.html$/.test(entry.file),
);

describe('roundcube adapter on pages written without it', () => {
  it('has frame pages to read', () => {
    expect(FRAMES.length).toBeGreaterThan(0);
  });

  for (const entry of FRAMES) {
    it(`reads ${entry.file}`, async () => {
      const { messages } = await read(roundcubeAdapter, pageFrom(readFileSync(resolve(DIR, entry.file), 'utf8'), entry.url));
      expect(messages.map((open) => [open.message.from.address, open.message.subject])).toEqual(
        entry.openMessages.map((expected) => [expected.senderAddress, expected.subject]),
      );
      messages.forEach((open, index) =>
        expect(open.message.text.replace(/\s+/g, ' ')).toContain(entry.openMessages[index]!.bodyStartsWith.trim()),
      );
    });
  }
});
