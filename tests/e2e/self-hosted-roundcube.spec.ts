import { expect, test, type Worker } from '@playwright/test';
import { inBanner } from './support/closed-shadow';
import { SELF_HOSTED_SCRIPT_ID } from '../../lib/runtime/self-hosted-scripts';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { buildWithGrantedOrigins } from './support/granted-build';
import { OfflineNetwork } from './support/offline-network';
import { readFixture } from './support/pages';
import { analysedState, type WorkerChrome } from './support/tab-state';

const HOST = 'webmail.tu-delta.example';
const INBOX_URL = `https://${HOST}/?_task=mail&_mbox=INBOX`;
/** Where the fixtures' `iframe#messagecontframe` points, relative to the inbox. */
const frameUrl = (file: string, uid: number) =>
  `https://${HOST}/${file}?_task=mail&_caps=pdf%3D1&_uid=${uid}&_mbox=INBOX&_framed=1&_action=preview`;

async function serveRoundcube(network: OfflineNetwork, kind: 'risky' | 'benign'): Promise<void> {
  network
    .serve(INBOX_URL, { body: readFixture('webmail', 'roundcube', `${kind}.html`) })
    .serve(frameUrl(`message-${kind}.html`, kind === 'risky' ? 4711 : 4712), {
      body: readFixture('webmail', 'roundcube', `message-${kind}.html`),
    });
}

async function addSelfHostedHost(worker: Worker, host: string): Promise<void> {
  await worker.evaluate(async (added) => {
    const { storage } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    await storage.local.set({ settings: { selfHostedHosts: [added] } });
  }, host);
}

async function registeredMatches(worker: Worker): Promise<string[]> {
  return worker.evaluate(async (id) => {
    const { scripting } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const scripts = await scripting.getRegisteredContentScripts({ ids: [id] });
    return scripts.flatMap((script) => script.matches ?? []);
  }, SELF_HOSTED_SCRIPT_ID);
}

test.describe('self-hosted Roundcube, host granted', () => {
  let browser: LaunchedBrowser;
  let network: OfflineNetwork;

  test.beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: buildWithGrantedOrigins([`https://${HOST}/*`]) });
    network = await OfflineNetwork.install(browser.context);
    await addSelfHostedHost(browser.worker!, HOST);
    await expect.poll(() => registeredMatches(browser.worker!)).toEqual([`https://${HOST}/*`]);
  });
  test.afterAll(async () => browser.context.close());
  test.afterEach(() => expect(network.escaped, 'requests that tried to leave the browser').toEqual([]));

  test('the banner appears inside the message frame for the risky message', async () => {
    await serveRoundcube(network, 'risky');
    const page = await browser.context.newPage();
    await page.goto(INBOX_URL);
    const banner = page.frameLocator('#messagecontframe').locator('waakzaam-banner');
    await expect(banner).toHaveCount(1);
    await expect(banner).toBeVisible();
    // The outer page's copy of the script leaves the message to the frame's copy: one banner, not two.
    await expect(page.locator('waakzaam-banner')).toHaveCount(0);
    // The banner's stylesheet reached its shadow root here too, not only on the built-in webmail hosts.
    const styleLength = await inBanner(page, (root) =>
      [...root.querySelectorAll('style')].reduce((sum, style) => sum + (style.textContent?.length ?? 0), 0),
    );
    expect(styleLength).toBeGreaterThan(500);
    const state = await analysedState(browser.worker!, 1);
    expect(state.adapter).toBe('roundcube');
    await page.close();
  });

  test('no banner for the benign message', async () => {
    await serveRoundcube(network, 'benign');
    const page = await browser.context.newPage();
    await page.goto(INBOX_URL);
    const state = await analysedState(browser.worker!, 1);
    expect(state.adapter).toBe('roundcube');
    expect(state.messages[0]?.analysis.level).toMatch(/^(none|low)$/);
    await expect(page.frameLocator('#messagecontframe').locator('waakzaam-banner')).toHaveCount(0);
    await page.close();
  });
});

test('a self-hosted host without the granted permission gets no content script', async () => {
  const browser = await launchBrowser();
  const network = await OfflineNetwork.install(browser.context);
  await addSelfHostedHost(browser.worker!, HOST);
  await serveRoundcube(network, 'risky');
  const page = await browser.context.newPage();
  await page.goto(INBOX_URL);
  await page.frameLocator('#messagecontframe').locator('#messagebody').waitFor();
  expect(await registeredMatches(browser.worker!)).toEqual([]);
  await page.waitForTimeout(1000);
  await expect(page.frameLocator('#messagecontframe').locator('waakzaam-banner')).toHaveCount(0);
  expect(network.escaped).toEqual([]);
  await browser.context.close();
});
