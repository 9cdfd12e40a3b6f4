import { expect, test } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { inBanner } from './support/closed-shadow';
import { analysedState } from './support/tab-state';

const RISKY_URL = 'https://mail.google.com/mail/u/0/#inbox';
const BENIGN_URL = 'https://mail.google.com/mail/u/1/#inbox';
const REDESIGNED_URL = 'https://mail.google.com/mail/u/2/#inbox';
/** Gmail's sender element: the class and the `email` attribute the adapter finds it by. */
const SENDER_MARKUP = / class="gD" email="[^"]+"/;
/** The address Gmail also shows as text beside the name, which would still name the sender. */
const ADDRESS_TEXT_MARKUP = /<span class="go">.*?<\/span><\/span>/;

/**
 * A Gmail page after a redesign the adapter does not know: the sender lost the class and the `email` attribute it
 * is found by, the address is no longer shown beside the name, and the mail body is buried under thousands of
 * wrappers.
 */
function senderlessGmailPage(fixture: 'risky' | 'benign'): string {
  const page = readFixture('webmail', 'gmail', `${fixture}.html`);
  expect(page).toMatch(SENDER_MARKUP);
  expect(page).toMatch(ADDRESS_TEXT_MARKUP);
  const buried = page.replace(/(<div class="a3s aiL"[^>]*>)/, `$1${'<div>'.repeat(5_000)}`);
  return buried.replace(SENDER_MARKUP, ' class="sender-2027"').replace(ADDRESS_TEXT_MARKUP, '');
}

/** Gmail's risky page with none of the message, body or wrapper classes the adapter looks for. */
function redesignedGmailPage(): string {
  const page = readFixture('webmail', 'gmail', 'risky.html')
    .replace('class="adn ads"', 'class="msg-2027"')
    .replace('class="ii gt"', 'class="body-wrap-2027"')
    .replace('class="a3s aiL"', 'class="body-2027"');
  expect(page).not.toMatch(/class="(adn|a3s|ii gt)/);
  return page;
}

let browser: LaunchedBrowser;
let network: OfflineNetwork;
let problems: string[];

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
  network
    .serve(RISKY_URL, { body: senderlessGmailPage('risky') })
    .serve(BENIGN_URL, { body: senderlessGmailPage('benign') })
    .serve(REDESIGNED_URL, { body: redesignedGmailPage() });
});
test.afterAll(async () => browser.context.close());
test.afterEach(async () => {
  for (const page of browser.context.pages().slice(1)) await page.close();
  expect(problems).toEqual([]);
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
});

async function open(url: string) {
  const page = await browser.context.newPage();
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(url);
  return page;
}

test('a broken webmail page: the risky message is read from its body, gets its banner, and the diagnostics name the sender', async () => {
  const page = await open(RISKY_URL);
  // The content script answers the popup's question once it has read the page.
  const state = await analysedState(browser.worker!, 1);
  expect(state.adapter).toBe('gmail');
  expect(state.report!.reader).toBe('adapter');
  // Read without a sender: signs that need one are left out, the body still speaks.
  expect(state.messages.map((message) => [message.from, message.analysis.senderUnknown])).toEqual([['', true]]);
  expect(state.messages[0]!.analysis.level).toMatch(/^(medium|high)$/);
  const missing = state.report!.fields.filter((field) => field.matched === null && !field.optional).map((field) => field.field);
  expect(missing).toContain('sender');

  const banner = page.locator('waakzaam-banner[data-level]');
  await expect(banner).toHaveCount(1);
  expect(await inBanner(page, (root) => root.textContent ?? '')).toContain('The sender could not be read');
});

test('a broken webmail page: an ordinary message without its sender element is read and gets no banner', async () => {
  const page = await open(BENIGN_URL);
  const state = await analysedState(browser.worker!, 1);
  expect(state.messages.map((message) => [message.from, message.analysis.senderUnknown])).toEqual([['', true]]);
  expect(state.messages[0]!.analysis.level).toMatch(/^(none|low)$/);
  // The analysis has landed: a banner would be mounting now. Give it the time a banner takes, then count.
  await page.waitForTimeout(500);
  await expect(page.locator('waakzaam-banner')).toHaveCount(0);
});

test('a page the adapter cannot read at all: the heuristic reader finds the message, the banner shows, the diagnostics say so', async () => {
  const page = await open(REDESIGNED_URL);
  const state = await analysedState(browser.worker!, 1);
  expect(state.report!.reader).toBe('heuristic');
  expect(state.messages.map((message) => [message.from, message.subject])).toEqual([
    ['alexei.morozov.mission@mailbox.example', 'Following up on our conversation at the reception'],
  ]);
  await expect(page.locator('waakzaam-banner[data-level]')).toHaveCount(1);
});
