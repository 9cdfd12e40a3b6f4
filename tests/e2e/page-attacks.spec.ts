import { expect, test, type Page } from '@playwright/test';
import { bannerCount, bannerText } from './support/closed-shadow';
import { demoInboxSession } from './support/demo-session';
import { DEMO_INBOX_URL, readFixture } from './support/pages';
import { analysedState } from './support/tab-state';

/**
 * What a script in the webmail's page (an XSS, a hostile self-hosted host, another extension's page script) and
 * mail CSS in a webmail that does not scope it could do to the banner before, and must not be able to do.
 */
const session = demoInboxSession();

const SENDER = 'a.markov.attache@gmail.com';

/** Adds an approach (with `extraHtml` before it) to the demo inbox in `page` and opens it; waits for its banner. */
async function openApproach(page: Page, id: string, extraHtml = ''): Promise<void> {
  await page.evaluate(
    (message) => (window as unknown as { demoInbox: { add(message: object): void } }).demoInbox.add(message),
    {
      id,
      from: { name: 'Alexei Markov', address: SENDER },
      subject: 'Dinner and a small paid report',
      date: '10:02',
      body: [],
      html: extraHtml + readFixture('e2e', 'approach.txt'),
    },
  );
  await page.evaluate((hash) => (location.hash = hash), `inbox/${id}`);
  await expect(page.locator('waakzaam-banner')).toHaveAttribute('data-level', /^(medium|high)$/);
}

async function newInbox(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${DEMO_INBOX_URL}#inbox`);
  return page;
}

async function storedText(): Promise<string> {
  return session.browser.worker!.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<object> } } } }).chrome;
    return JSON.stringify(await chrome.storage.local.get(null));
  });
}

test('a script in the page cannot press Trust, Dismiss or Report, nor read or rewrite what the banner says', async () => {
  const page = await newInbox();
  await openApproach(page, '18f3ffffdd000001');
  const before = await bannerText(page);

  const seen = await page.evaluate(() => {
    const host = document.querySelector('waakzaam-banner')!;
    const root = host.shadowRoot;
    const evidence = root?.textContent ?? null;
    for (const selector of ['.trust', '.dismiss', 'a.report', '.toggle']) {
      const target = root?.querySelector<HTMLElement>(selector);
      target?.click();
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    const title = root?.querySelector('.title');
    if (title) title.textContent = 'No risk found';
    root?.querySelector('section.banner')?.setAttribute('style', 'background: #2e7d32');
    return { hasRoot: root !== null, evidence };
  });
  // Give anything a click set off the time to be stored.
  await page.waitForTimeout(1_000);

  expect(seen).toEqual({ hasRoot: false, evidence: null });
  expect(await bannerCount(page)).toBe(1);
  expect(await bannerText(page)).toBe(before);
  expect(before).toMatch(/WAAKZAAM\s*(High risk|Be careful)/);
  const stored = await storedText();
  expect(stored).not.toContain(SENDER);
  expect(stored).not.toContain('18f3ffffdd000001');
});

test('a banner the page removes, alters or keeps removing is put back, and the diagnostics count it', async () => {
  const page = await newInbox();
  await openApproach(page, '18f3ffffdd000002');

  // The page measures how long its banner stays gone; printed, not asserted.
  const gone = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const host = document.querySelector('waakzaam-banner')!;
        const parent = host.parentNode!;
        const removedAt = performance.now();
        new MutationObserver((_, observer) => {
          if (document.querySelector('waakzaam-banner')) {
            observer.disconnect();
            resolve(performance.now() - removedAt);
          }
        }).observe(parent, { childList: true });
        host.remove();
      }),
  );
  console.log(`banner back ${gone.toFixed(0)} ms after the page removed it`);
  await expect.poll(() => bannerCount(page)).toBe(1);

  await page.evaluate(() => {
    const host = document.querySelector('waakzaam-banner')!;
    host.setAttribute('inert', '');
    host.setAttribute('hidden', '');
  });
  await expect(page.locator('waakzaam-banner')).not.toHaveAttribute('inert', /.*/);
  await expect(page.locator('waakzaam-banner')).toBeVisible();

  // A page that removes every banner it sees, for a second: the page stays responsive and the banner returns after.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => document.querySelector('waakzaam-banner')?.remove());
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('waakzaam-banner')?.remove();
    setTimeout(() => observer.disconnect(), 1_000);
  });
  await page.waitForTimeout(1_200);
  await expect.poll(() => bannerCount(page)).toBe(1);
  expect(await bannerText(page)).toMatch(/WAAKZAAM (High risk|Be careful)/);

  const state = await analysedState(session.browser.worker!, 1);
  expect(state.bannerRemounts).toBeGreaterThanOrEqual(3);
});

test('the page cannot end the content script with WXT\'s script-started event: the next risky message gets its banner', async () => {
  const page = await session.browser.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { startedMessages: string[] }).startedMessages = seen;
    window.addEventListener('message', (event) => {
      const type = (event.data as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type.includes('content-script-started')) seen.push(type);
    });
  });
  await page.goto(`${DEMO_INBOX_URL}#inbox`);
  await openApproach(page, '18f3ffffdd000003');
  // WXT no longer announces the script to the page.
  expect(await page.evaluate(() => (window as unknown as { startedMessages: string[] }).startedMessages)).toEqual([]);

  await page.evaluate((extensionId) => {
    document.dispatchEvent(
      new CustomEvent(`${extensionId}:webmail:wxt:content-script-started`, {
        detail: { contentScriptName: 'webmail', messageId: 'from-the-page' },
      }),
    );
  }, session.browser.extensionId!);
  await page.evaluate(() => (location.hash = 'inbox'));
  await expect(page.locator('waakzaam-banner')).toHaveCount(0);
  await openApproach(page, '18f3ffffdd000004');
  expect(await bannerCount(page)).toBe(1);
});

/** Whether the banner host is what the page shows at three points of its box. */
async function topmost(page: Page): Promise<boolean[]> {
  return page.locator('waakzaam-banner').evaluate((host) => {
    host.scrollIntoView({ block: 'center' });
    const box = host.getBoundingClientRect();
    const at = (x: number, y: number) => document.elementFromPoint(x, y) === host;
    return [at(box.left + box.width / 2, box.top + box.height / 2), at(box.left + 8, box.top + 8), at(box.right - 8, box.bottom - 8)];
  });
}

test('mail CSS on the body\'s wrapper cannot cover the banner', async () => {
  const page = await newInbox();
  await openApproach(page, '18f3ffffdd000005', readFixture('e2e', 'hostile-wrapper-cover.html'));
  expect(await topmost(page)).toEqual([true, true, true]);
  await page.screenshot({ path: test.info().outputPath('wrapper-cover.png') });
});

test('mail CSS that makes a grid of the message cannot put the banner after the mail', async () => {
  const page = await newInbox();
  await openApproach(page, '18f3ffffdd000006', readFixture('e2e', 'hostile-wrapper-reorder.html'));
  const order = await page.locator('waakzaam-banner').evaluate((host) => ({
    bannerBottom: host.getBoundingClientRect().bottom,
    mailTop: document.querySelector('.a3s')!.getBoundingClientRect().top,
  }));
  expect(order.bannerBottom).toBeLessThanOrEqual(order.mailTop);
  expect(await topmost(page)).toEqual([true, true, true]);
});
