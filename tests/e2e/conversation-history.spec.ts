import { expect, test } from '@playwright/test';
import { bannerText } from './support/closed-shadow';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { analysedState } from './support/tab-state';

const GMAIL = 'https://mail.google.com/mail/u/0/';

let browser: LaunchedBrowser;
let network: OfflineNetwork;

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
});
test.afterAll(async () => browser.context.close());
test.afterEach(async () => {
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
});

/** Everything the sender history keeps: the salt, and an entry per sender and per domain. */
async function storedHistory(): Promise<Record<string, unknown>> {
  return browser.worker!.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } } }).chrome;
    const everything = await storage.local.get(null);
    return Object.fromEntries(Object.entries(everything).filter(([key]) => key.startsWith('senderHistory')));
  });
}

test('a thread that moves from a dinner invitation to a request for design files shows the escalation in the banner', async () => {
  // Three expanded messages: the sender's invitation, the reader's reply, then the sender's request, which reads
  // medium on its own and gains the escalation's points with the dinner before it: at least medium, as the issue asks.
  // Whether those points reach high depends on the request's fitted weight, which each refit moves (high until session
  // 25, medium in session 25, high again after session 26's refits), so the test holds the floor, not the exact level.
  network.serve(GMAIL, { body: readFixture('webmail', 'gmail', 'escalation.html') });
  const page = await browser.context.newPage();
  await page.goto(GMAIL);

  const state = await analysedState(browser.worker!, 3);
  const levels = state.messages.map((message) => message.analysis.level);
  expect(levels.slice(0, 2)).toEqual(['low', 'none']);
  const requestLevel = levels[2]!;
  expect(['medium', 'high']).toContain(requestLevel);
  expect(state.messages[2]!.analysis.escalation?.rules).toEqual(['HOSTED_THEN_ASKS']);
  const banner = page.locator('waakzaam-banner');
  await expect(banner).toHaveCount(1);
  await expect(banner).toHaveAttribute('data-level', requestLevel);
  await expect.poll(() => bannerText(page, '.history')).toBe(
    'Second message from this sender in this conversation. Earlier: an offer of dinners, gifts or travel. Now: a request for “design files”.',
  );

  // Shown again after a reload, the same messages are not counted again.
  await page.reload();
  await expect.poll(() => bannerText(page, '.history').catch(() => '')).toMatch(/^Second message from this sender since /);
  const stored = await storedHistory();
  const senders = Object.entries(stored).flatMap(([key, entry]) =>
    key.startsWith('senderHistory:s:') ? [entry as { count: number; highest: string }] : [],
  );
  expect(senders.map((entry) => [entry.count, entry.highest]).sort()).toEqual([
    [1, 'none'],
    [2, requestLevel],
  ]);
  const json = JSON.stringify(stored).toLowerCase();
  for (const secret of ['volkov', 'devries', 'design files', 'dinner', 'reticle']) expect(json).not.toContain(secret);
  await page.close();
});
