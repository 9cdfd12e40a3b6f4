import { expect, test } from '@playwright/test';
import { launchBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { DEMO_INBOX_URL, demoInboxPage } from './support/pages';
import { waitForContentScripts } from './support/tab-state';
import { stopServiceWorker } from './support/worker-control';

/**
 * Chromium's worker loads compromise only when an English sentence needs its tags, with `importScripts`, which
 * Chromium allows after the first run only for a script the worker imported while it was installed. This follows
 * that path in a worker that was stopped and woken again, as Chromium does with an idle one.
 */
test('a worker woken for a message loads the English tagger when an imperative needs it', async () => {
  const browser = await launchBrowser();
  const network = await OfflineNetwork.install(browser.context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  const page = await browser.context.newPage();
  await page.goto(`${DEMO_INBOX_URL}#inbox`);
  // The content script has its settings (it answers the popup's question only then) before the worker is stopped.
  await waitForContentScripts(browser.worker!);
  await stopServiceWorker(browser.context);

  await page.evaluate(() => {
    (window as unknown as { demoInbox: { add(message: object): void } }).demoInbox.add({
      id: 'imperative1',
      from: { name: 'Alexei Markov', address: 'a.markov.attache@gmail.com' },
      subject: 'Friday',
      date: '09:41',
      // Only compromise can tell that "Bring …" asks for something: no question mark and no request phrase.
      body: ['I am the science attaché at the Embassy.', 'Bring the unpublished etch process recipes to our dinner on Friday.'],
    });
    location.hash = 'inbox/imperative1';
  });
  const banner = page.locator('waakzaam-banner');
  await expect(banner).toHaveCount(1);
  expect((await banner.getAttribute('data-signals'))?.split(' ')).toContain('sensitive-request');

  const worker = browser.context.serviceWorkers().at(-1)!;
  expect(await worker.evaluate(() => typeof (globalThis as Record<string, unknown>).waakzaamEnglishTagger)).toBe('function');
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
  await browser.context.close();
});
