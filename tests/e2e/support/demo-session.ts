import { expect, test } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { OfflineNetwork } from './offline-network';
import { DEMO_INBOX_URL, demoInboxPage } from './pages';

export interface DemoSession {
  browser: LaunchedBrowser;
  network: OfflineNetwork;
}

/**
 * The browser with the extension and the demo inbox at Gmail's address, for every test of the spec that calls it:
 * pages a test opened are closed after it, and no request may have tried to leave the browser. The session's
 * fields are filled in before the first test.
 */
export function demoInboxSession(): DemoSession {
  const session = {} as DemoSession;
  test.beforeAll(async () => {
    session.browser = await launchBrowser();
    session.network = await OfflineNetwork.install(session.browser.context);
    session.network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  });
  test.afterAll(async () => session.browser.context.close());
  test.afterEach(async () => {
    for (const page of session.browser.context.pages().slice(1)) await page.close();
    expect(session.network.escaped, 'requests that tried to leave the browser').toEqual([]);
  });
  return session;
}
