import { expect, test } from '@playwright/test';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { readFixture } from './support/pages';

/**
 * The Firefox package in Debian's Firefox ESR (driven by puppeteer-core over WebDriver BiDi), on the fixture pages
 * served at the webmails' real addresses: a banner for the risky message, none for the benign one, nothing sent.
 */
const WEBMAILS = [
  { adapter: 'gmail', benign: 'https://mail.google.com/mail/u/0/', risky: 'https://mail.google.com/mail/u/1/' },
  { adapter: 'outlook', benign: 'https://outlook.office.com/mail/inbox', risky: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2' },
] as const;

let firefox: FirefoxSession;

test.beforeAll(async () => {
  firefox = await launchFirefox();
});
test.afterAll(async () => firefox?.close());

for (const { adapter, benign, risky } of WEBMAILS) {
  test(`firefox, ${adapter}: a banner for the risky message, none for the benign one, and no request leaves`, async () => {
    // The benign message is opened first: by the time the risky one, opened after it, has its banner, the worker
    // has answered for the benign one too (a page cannot see the content script's state, so this is the signal).
    const benignPage = await firefox.open(benign, readFixture('webmail', adapter, 'benign.html'));
    const riskyPage = await firefox.open(risky, readFixture('webmail', adapter, 'risky.html'));
    const banner = await riskyPage.waitForSelector('waakzaam-banner[data-level]', { timeout: 20_000 });
    expect(await banner!.evaluate((host) => host.getAttribute('data-level'))).toMatch(/^(medium|high)$/);
    // The banner's shadow root is closed to the page.
    expect(await banner!.evaluate((host) => host.shadowRoot)).toBeNull();
    expect(await benignPage.$('waakzaam-banner')).toBeNull();
    expect(firefox.escaped, 'requests that tried to leave the browser').toEqual([]);
    await benignPage.close();
    await riskyPage.close();
  });
}
