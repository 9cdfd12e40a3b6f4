import { expect, test, type Request } from '@playwright/test';
import { clickInBanner, inBanner } from './support/closed-shadow';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { DEMO_INBOX_URL, DEMO_MESSAGES, demoInboxPage } from './support/pages';
import type { WorkerChrome } from './support/tab-state';

interface ExtensionPages {
  options_ui?: { page: string };
  options_page?: string;
}

let browser: LaunchedBrowser;
let network: OfflineNetwork;
/** Every network request the browser reports, routed or not, other than for the served inbox. */
const sent: string[] = [];
/** Links handed to another program (mailto:): navigations, but not network traffic. */
const handedOver: string[] = [];

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

function record(request: Request): void {
  const url = new URL(request.url());
  url.hash = '';
  if (url.protocol === 'mailto:') handedOver.push(url.href);
  else if (NETWORK_PROTOCOLS.has(url.protocol) && url.href !== DEMO_INBOX_URL) sent.push(`${request.method()} ${url.href}`);
}

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  browser.context.on('request', record);
  // With an officer set, "Report to security officer" is a mailto link, the path a user would take.
  await browser.worker!.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    await storage.local.set({ settings: { securityOfficer: { name: 'Security Desk', address: 'security@example.nl' } } });
  });
});
test.afterAll(async () => browser.context.close());

test('a whole session — risky mail, popup, options, report — sends no request out of the browser', async () => {
  const mail = await browser.context.newPage();
  await mail.goto(`${DEMO_INBOX_URL}#inbox/${DEMO_MESSAGES.riskyEnglish}`);
  const banner = mail.locator('waakzaam-banner');
  await expect(banner).toHaveAttribute('data-level', /^(medium|high)$/);

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(popup.locator('#app h1')).toBeVisible();

  const manifest = await browser.worker!.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { getManifest(): ExtensionPages } } }).chrome.runtime.getManifest(),
  );
  const optionsPage = manifest.options_ui?.page ?? manifest.options_page;
  // The options page is opened whenever the build declares one.
  if (optionsPage) {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/${optionsPage}`);
    await expect(options.locator('body')).not.toBeEmpty();
  }
  console.log(`options page: ${optionsPage ?? 'none declared in this build'}`);

  expect(await inBanner(mail, (root) => root.querySelector('a.report')?.getAttribute('href'))).toMatch(/^mailto:security@example\.nl\?subject=/);
  await mail.bringToFront();
  await clickInBanner(mail, 'a.report');
  // A mailto link is handed to the mail program; give a stray request time to show up.
  await mail.waitForTimeout(1_000);
  await expect(banner).toBeVisible();
  expect(handedOver, 'the report went to the mail program').toEqual([expect.stringMatching(/^mailto:security@example\.nl\?/)]);

  console.log(`requests seen leaving the browser: ${sent.length + network.escaped.length}`);
  expect(network.escaped, 'requests that were routed and blocked').toEqual([]);
  expect(sent, 'network requests the browser reported').toEqual([]);
});
