import { expect, type BrowserContext } from '@playwright/test';

/**
 * Stops the extension's service worker, as Chromium does after it has been idle, so the next message has to
 * start it again (and load the engine). The DevTools protocol's `ServiceWorker.stopAllWorkers` does not reach
 * extension workers; chrome://serviceworker-internals does.
 *
 * A message already on its way when Stop is clicked starts the worker again at once, and a worker started by a
 * message then runs until it has been idle for 30 s; so while the page reads RUNNING, Stop is clicked again.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const status = () => internals.evaluate(() => /Running Status: (\w+)/.exec(document.body.innerText)?.[1] ?? '');
  await expect.poll(status).toBe('RUNNING');
  await expect
    .poll(
      async () => {
        const now = await status();
        if (now === 'RUNNING') await internals.getByRole('button', { name: 'Stop' }).first().click();
        return now;
      },
      { intervals: [250, 500, 1_000], timeout: 15_000 },
    )
    .toBe('STOPPED');
  await internals.close();
}
