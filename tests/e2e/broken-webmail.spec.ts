import { expect, test } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { inBanner } from './support/closed-shadow';
import { analysedState } from './support/tab-state';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const SENDER_MARKUP = ' class="gD" email="alexei.morozov.mission@mailbox.example"';

/**
 * Gmail's risky page after a redesign the adapter does not know: the sender lost the class and the `email`
 * attribute it is found by, and the mail body is buried under thousands of wrappers.
 */
function brokenGmailPage(): string {
  const page = readFixture('webmail', 'gmail', 'risky.html');
  expect(page).toContain(SENDER_MARKUP);
  const buried = page.replace(/(<div class="a3s aiL"[^>]*>)/, `$1${'<div>'.repeat(5_000)}`);
  return buried.replace(SENDER_MARKUP, ' class="sender-2027"');
}

let browser: LaunchedBrowser;
let network: OfflineNetwork;

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
  network.serve(GMAIL_URL, { body: brokenGmailPage() });
});
test.afterAll(async () => browser.context.close());

test('a broken webmail page: the risky message is read from its body, gets its banner, and the diagnostics name the sender', async () => {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(GMAIL_URL);

  // The content script answers the popup's question once it has read the page.
  const state = await analysedState(browser.worker!, 1);
  expect(state.adapter).toBe('gmail');
  // Read without a sender: signs that need one are left out, the body still speaks.
  expect(state.messages.map((message) => [message.from, message.analysis.senderUnknown])).toEqual([['', true]]);
  expect(state.messages[0]!.analysis.level).toMatch(/^(medium|high)$/);
  const missing = state.report!.fields.filter((field) => field.matched === null && !field.optional).map((field) => field.field);
  expect(missing).toContain('sender');

  const banner = page.locator('waakzaam-banner[data-level]');
  await expect(banner).toHaveCount(1);
  expect(await inBanner(page, (root) => root.textContent ?? '')).toContain('The sender could not be read');
  expect(problems).toEqual([]);
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
});
