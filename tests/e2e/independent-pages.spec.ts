import { expect, test } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { analysedState } from './support/tab-state';

/**
 * Pages written from ../shared/reference/webmail-dom.md alone, by someone who had not seen the adapters (see
 * tests/fixtures/webmail-independent/README.md). Roundcube's pages need a granted host; its frames are read in
 * tests/unit/webmail/independent-pages.test.ts.
 */
interface PageEntry {
  file: string;
  url: string;
  openMessages: Array<{ senderAddress: string; subject: string }>;
}

const ENTRIES = (JSON.parse(readFixture('webmail-independent', 'manifest.json')) as PageEntry[]).filter(
  (entry) => !entry.file.startsWith('roundcube/'),
);
/** `single` and `dutch` hold the approach; the thread and the benign page hold ordinary mail. */
const isRisky = (file: string) => /\/(single|dutch)\.html$/.test(file);

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
  test(`${entry.file}: every open message read, ${isRisky(entry.file) ? 'with' : 'without'} a banner`, async () => {
    network.serve(entry.url, { body: readFixture('webmail-independent', entry.file) });
    const page = await browser.context.newPage();
    await page.goto(entry.url);
    const state = await analysedState(browser.worker!, entry.openMessages.length);
    expect(state.messages.map((message) => [message.from, message.subject])).toEqual(
      entry.openMessages.map((message) => [message.senderAddress, message.subject]),
    );
    await expect(page.locator('waakzaam-banner')).toHaveCount(isRisky(entry.file) ? 1 : 0);
  });
}
