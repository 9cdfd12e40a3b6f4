import type { Page } from '@playwright/test';
import type { LaunchedBrowser } from './browser';

/**
 * The popup as the toolbar shows it: opened in a tab that is not active, so it reads the active tab beside it (the
 * mail), which is what `tabs.query({ active: true })` finds from the toolbar too. Resolves once it shows a message.
 */
export async function openPopupBeside(browser: LaunchedBrowser, width = 380): Promise<Page> {
  const opened = browser.context.waitForEvent('page');
  await browser.worker!.evaluate(async (url) => {
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { create(options: object): Promise<unknown> } } }).chrome;
    await tabs.create({ url, active: false });
  }, `chrome-extension://${browser.extensionId}/popup.html`);
  const popup = await opened;
  await popup.setViewportSize({ width, height: 900 });
  await popup.locator('article.message').first().waitFor();
  return popup;
}
