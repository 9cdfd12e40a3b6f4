import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { analysedState } from './support/tab-state';

const WEBMAILS = [
  { adapter: 'gmail', url: 'https://mail.google.com/mail/u/0/', row: 'tr.zA', rowSubject: '.bqe' },
  { adapter: 'outlook', url: 'https://outlook.office.com/mail/inbox', row: '[role="option"]', rowSubject: '.TtcXM' },
] as const;

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

async function open(url: string, adapter: string, file: string): Promise<Page> {
  network.serve(url, { body: readFixture('webmail', adapter, `${file}.html`) });
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

for (const { adapter, url, row, rowSubject } of WEBMAILS) {
  test(`${adapter}: every message of a conversation is read, each warning message gets its own banner`, async () => {
    const page = await open(url, adapter, 'conversation');
    // The fixture conversation has three expanded messages: two ordinary ones and, last, the approach.
    const state = await analysedState(browser.worker!, 3);
    const warned = state.messages.filter((message) => ['medium', 'high'].includes(message.analysis.level));
    expect(state.messages.length).toBe(3);
    expect(warned.length).toBeGreaterThanOrEqual(1);
    await expect(page.locator('waakzaam-banner')).toHaveCount(warned.length);
    // Each banner sits inside (or right at) a different message, never inside a mail body.
    const placements = await page.locator('waakzaam-banner').evaluateAll((hosts) =>
      hosts.map((host) => host.parentElement?.closest('[data-message-id], [aria-label], .adn, [role="region"]')?.outerHTML.slice(0, 80) ?? ''),
    );
    expect(new Set(placements).size).toBe(warned.length);
  });

  test(`${adapter}: moving between messages without a reload shows and removes the banner`, async () => {
    const page = await open(url, adapter, 'navigation');
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    const rows = page.locator(row);
    const banner = page.locator('waakzaam-banner');
    const levels: number[] = [];
    for (const index of [0, 1, 2, 1, 0]) {
      await rows.nth(index).click();
      // Wait until the content script has analysed the message just opened before counting banners.
      const subject = (await rows.nth(index).locator(rowSubject).innerText()).trim();
      await expect
        .poll(async () => (await analysedState(browser.worker!, 1)).messages.map((message) => message.subject))
        .toContain(subject);
      await page.waitForTimeout(100);
      levels.push(await banner.count());
    }
    expect(levels).toEqual([0, 1, 0, 1, 0]);
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  });
}
