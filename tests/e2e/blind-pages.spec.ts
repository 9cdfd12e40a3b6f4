import { expect, test } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { analysedState } from './support/tab-state';

/**
 * The December blind pages (tests/fixtures/webmail-blind/README.md), each served at its webmail's URL: every open
 * message must be read with the sender the page shows and its subject. Roundcube's pages need a granted host; their
 * frames are read in tests/unit/webmail/blind-pages.test.ts.
 *
 * Whether the engine raises a banner is detection's business, not the reader's: the banner is logged against the
 * page's label (`risky`) so a miss shows up in the test output, and the reading is what is asserted.
 */
interface PageEntry {
  file: string;
  url: string;
  openMessages: Array<{ senderAddress: string | null; subject: string; risky: boolean }>;
}

const ENTRIES = (JSON.parse(readFixture('webmail-blind', 'manifest.json')) as PageEntry[]).filter(
  (entry) => !entry.file.startsWith('roundcube/'),
);

let browser: LaunchedBrowser;
let network: OfflineNetwork;

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
});
test.afterAll(async () => browser.context.close());
test.afterEach(async () => {
  for (const page of browser.context.pages().slice(1)) await page.close();
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
});

for (const entry of ENTRIES) {
  test(`${entry.file}: every open message read with its sender and subject`, async () => {
    network.serve(entry.url, { body: readFixture('webmail-blind', entry.file) });
    const page = await browser.context.newPage();
    await page.goto(entry.url);
    const state = await analysedState(browser.worker!, entry.openMessages.length);
    // A page that shows no address at all (null) is read without a sender, and says so.
    expect(state.messages.map((message) => [message.from, message.subject])).toEqual(
      entry.openMessages.map((message) => [message.senderAddress ?? '', message.subject]),
    );
    const risky = entry.openMessages.some((message) => message.risky);
    // The banner mounts just after the analysis lands: give it a moment before counting.
    await page.locator('waakzaam-banner').first().waitFor({ timeout: 2_000 }).catch(() => undefined);
    const banners = await page.locator('waakzaam-banner').count();
    if ((banners > 0) !== risky) {
      console.log(`banner mismatch on ${entry.file}: ${risky ? 'risky' : 'benign'} page, ${banners} banner(s)`);
    }
  });
}
