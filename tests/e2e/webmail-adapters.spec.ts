import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { analysedState } from './support/tab-state';

/** Each adapter's fixture pages, served at the URL where that webmail really lives. */
const WEBMAILS = [
  { adapter: 'gmail', url: 'https://mail.google.com/mail/u/0/' },
  { adapter: 'outlook', url: 'https://outlook.office.com/mail/inbox' },
  { adapter: 'yahoo', url: 'https://mail.yahoo.com/d/folders/1' },
  { adapter: 'proton', url: 'https://mail.proton.me/u/0/inbox' },
  { adapter: 'fastmail', url: 'https://app.fastmail.com/mail/Inbox/' },
] as const;

let browser: LaunchedBrowser;
let network: OfflineNetwork;

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
});
test.afterAll(async () => browser.context.close());

async function openFixture(url: string, adapter: string, file: string): Promise<Page> {
  network.serve(url, { body: readFixture('webmail', adapter, `${file}.html`) });
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

test.afterEach(async () => {
  for (const page of browser.context.pages().slice(1)) await page.close();
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
});

for (const { adapter, url } of WEBMAILS) {
  test(`${adapter}: a banner for the risky message`, async () => {
    const page = await openFixture(url, adapter, 'risky');
    const banner = page.locator('waakzaam-banner');
    await expect(banner).toHaveCount(1);
    await expect(banner).toHaveAttribute('data-level', /^(medium|high)$/);
    await expect(banner).toBeVisible();
    const state = await analysedState(browser.worker!, 1);
    expect(state.adapter).toBe(adapter);
  });

  test(`${adapter}: no banner for the benign message`, async () => {
    const page = await openFixture(url, adapter, 'benign');
    const state = await analysedState(browser.worker!, 1);
    expect(state.adapter).toBe(adapter);
    expect(state.messages.map((message) => message.analysis.level)).toEqual([expect.stringMatching(/^(none|low)$/)]);
    await expect(page.locator('waakzaam-banner')).toHaveCount(0);
  });
}

for (const host of ['outlook.office365.com', 'outlook.live.com']) {
  test(`outlook at ${host}: the same reading as outlook.office.com`, async () => {
    const page = await openFixture(`https://${host}/mail/inbox`, 'outlook', 'risky');
    await expect(page.locator('waakzaam-banner')).toHaveCount(1);
  });
}
