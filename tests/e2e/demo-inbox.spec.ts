import { expect, test } from '@playwright/test';
import { launchBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { DEMO_INBOX_URL, DEMO_MESSAGES, demoInboxPage } from './support/pages';
import { analysedState } from './support/tab-state';

test('the demo inbox warns on both approaches and stays quiet on ordinary mail', async () => {
  const browser = await launchBrowser();
  const network = await OfflineNetwork.install(browser.context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  const page = await browser.context.newPage();
  await page.goto(`${DEMO_INBOX_URL}#inbox`);
  const expectations = [
    [DEMO_MESSAGES.riskyEnglish, 1],
    [DEMO_MESSAGES.benignEnglish, 0],
    [DEMO_MESSAGES.riskyDutch, 1],
    [DEMO_MESSAGES.benignDutch, 0],
  ] as const;
  for (const [id, banners] of expectations) {
    await page.locator('[data-back]').or(page.locator('table.list')).first().waitFor();
    if (await page.locator('[data-back]').count()) await page.locator('[data-back]').click();
    await page.locator(`[data-open="${id}"]`).click();
    await expect.poll(async () => (await analysedState(browser.worker!, 1)).messages.map((message) => message.id)).toContain(`#msg-f:${id}`);
    await expect(page.locator('waakzaam-banner'), id).toHaveCount(banners);
  }
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
  await browser.context.close();
});
