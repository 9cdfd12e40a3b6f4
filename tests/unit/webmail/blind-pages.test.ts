// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundcubeAdapter } from '../../../lib/webmail/roundcube';
import { pageFrom, read } from './fixture-page';

/**
 * Roundcube's pages of the December blind sets (tests/fixtures/webmail-blind, webmail-blind-2 and webmail-blind-3): the outer page holds only the list
 * and `iframe#messagecontframe`, so each frame page is read at the URL Roundcube gives that frame. The other
 * webmails' pages are read in Chromium (tests/e2e/independent-pages.spec.ts).
 */
const SETS = { 'webmail-blind': 5, 'webmail-blind-2': 6, 'webmail-blind-3': 6 } as const;

interface PageEntry {
  file: string;
  url: string;
  openMessages: Array<{ senderAddress: string | null; subject: string; bodyStartsWith: string }>;
}

function roundcubePages(dir: string): PageEntry[] {
  return (JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as PageEntry[]).filter((entry) =>
    entry.file.startsWith('roundcube/'),
  );
}

/** The frame the outer page points its reading pane at, and the URL Roundcube serves it under. */
function framePage(dir: string, entry: PageEntry, uid: number): Document {
  const outer = readFileSync(resolve(dir, entry.file), 'utf8');
  const src = /<iframe[^>]*id="messagecontframe"[^>]*src="([^"]+)"/.exec(outer)?.[1];
  if (!src) throw new Error(`${entry.file} has no messagecontframe`);
  const url = new URL(entry.url);
  url.searchParams.set('_uid', String(uid));
  url.searchParams.set('_framed', '1');
  url.searchParams.set('_action', 'preview');
  return pageFrom(readFileSync(resolve(dir, 'roundcube', src), 'utf8'), url.href);
}

for (const [set, count] of Object.entries(SETS)) {
  const dir = resolve(__dirname, '../../fixtures', set);
  const pages = roundcubePages(dir);

  describe(`roundcube adapter on the blind pages of ${set}`, () => {
    it('has pages to read', () => {
      expect(pages.length).toBe(count);
    });

    pages.forEach((entry, index) => {
      it(`reads ${entry.file}'s message frame with its sender, subject and body`, async () => {
        const { messages } = await read(roundcubeAdapter, framePage(dir, entry, 5000 + index));
        expect(messages.map((open) => [open.message.from.address, open.message.subject])).toEqual(
          entry.openMessages.map((expected) => [expected.senderAddress ?? '', expected.subject]),
        );
        messages.forEach((open, at) =>
          expect(open.message.text.replace(/\s+/g, ' ')).toContain(entry.openMessages[at]!.bodyStartsWith.trim()),
        );
      });
    });

    it('reads nothing in the outer page, which holds only the list and the frame', async () => {
      for (const entry of pages) {
        const { messages } = await read(roundcubeAdapter, pageFrom(readFileSync(resolve(dir, entry.file), 'utf8'), entry.url));
        expect(messages).toEqual([]);
      }
    });
  });
}
