import { expect, type BrowserContext } from '@playwright/test';

/**
 * Stops the extension's service worker, as Chromium does after it has been idle, so the next message has to
 * start it again (and load the engine). The DevTools protocol's `ServiceWorker.stopAllWorkers` does not reach
 * extension workers; chrome://serviceworker-internals does.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const status = () => internals.evaluate(() => /Running Status: (\w+)/.exec(document.body.innerText)?.[1] ?? '');
  await expect.poll(status).toBe('RUNNING');
  await internals.getByRole('button', { name: 'Stop' }).first().click();
  await expect.poll(status).toBe('STOPPED');
  await internals.close();
}
