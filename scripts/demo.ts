/**
 * `npm run demo`: builds the extension and opens Chromium with it on a demo inbox served at Gmail's address,
 * with every other request blocked. Without a display it runs headless instead: it opens every message, prints
 * what the banner says and saves `waakzaam-demo.png`. `npm run demo -- --screenshot out.png` opens a risky
 * message headless, waits for the banner, writes the screenshot and exits; `--options-screenshot options.png` does
 * the same for the options page, with an example security officer, organisation domain and added term, and
 * `--popup-screenshot popup.png` for the toolbar popup beside that risky message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM_PATH, launchBrowser, type LaunchedBrowser } from '../tests/e2e/support/browser';
import { bannerReading } from '../tests/e2e/support/closed-shadow';
import { OfflineNetwork } from '../tests/e2e/support/offline-network';
import { openPopupBeside } from '../tests/e2e/support/popup';
import { DEMO_INBOX_URL, DEMO_MESSAGES, demoInboxPage } from '../tests/e2e/support/pages';

function pathAfter(args: string[], flag: string): string | null {
  const index = args.indexOf(flag);
  if (index < 0) return null;
  const path = args[index + 1];
  if (!path || path.startsWith('--')) throw new Error(`${flag} needs a file name, e.g. ${flag} out.png`);
  return resolve(path);
}

/** The options page as a security officer would set it up, for the README's picture: opened at its keywords. */
async function screenshotOptions(browser: LaunchedBrowser, path: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1100 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('#officer-name').fill('Security Desk');
  await page.locator('#officer-address').fill('security@example-chips.nl');
  await page.locator('#officer').getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('#organisation-domains-input').fill('example-chips.nl');
  await page.locator('#organisation').getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('#keyword-category').selectOption('private-channel');
  await page.locator('#keyword-terms-input').fill('Threema');
  await page.locator('#keywords').getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('#keyword-terms-list').getByText('Threema').waitFor();
  await page.locator('#keyword-search').fill('dinner');
  await page.getByRole('checkbox', { name: 'Offers dinners, receptions, gifts or paid travel', exact: true }).uncheck();
  await page.locator('#protection-state').getByText('Default rules switched off: 1.', { exact: false }).waitFor();
  await page.evaluate(() => (location.hash = 'keywords'));
  await page.screenshot({ path });
  console.log(`Options page screenshot written to ${path}`);
}

/** The toolbar popup beside the risky English message, as a reader sees it after opening it from the toolbar. */
async function screenshotPopup(browser: LaunchedBrowser, page: Page, path: string): Promise<void> {
  await page.locator(`[data-open="${DEMO_MESSAGES.riskyEnglish}"]`).click();
  await page.locator('waakzaam-banner').waitFor({ state: 'visible', timeout: 30_000 });
  const popup = await openPopupBeside(browser);
  await popup.screenshot({ path, fullPage: true });
  console.log(`Popup screenshot written to ${path}`);
}

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

/** Without a screen: open every message of the demo inbox headless and print what the banner says. */
async function tour(page: Page): Promise<void> {
  const ids = await page.locator('[data-open]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-open')!));
  for (const id of ids) {
    await page.evaluate(() => (location.hash = 'inbox'));
    const row = page.locator(`[data-open="${id}"]`);
    const subject = (await row.innerText()).replace(/\s+/g, ' ').trim().slice(0, 90);
    await row.click();
    const banner = page.locator('waakzaam-banner');
    const shown = await banner
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) {
      console.log(`  no banner    ${subject}`);
      continue;
    }
    const level = await banner.getAttribute('data-level');
    const reading = await bannerReading(page);
    console.log(`  ${(level ?? '').toUpperCase().padEnd(11)}  ${subject}`);
    for (const line of [reading.title, ...reading.sentences]) console.log(`               ${line}`);
    for (const line of reading.evidence) console.log(`                 • ${line}`);
  }
  await page.evaluate(() => (location.hash = 'inbox'));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  // Without a screen the demo runs headless: it tours the inbox in the terminal and saves a picture.
  const optionsScreenshot = pathAfter(args, '--options-screenshot');
  const popupScreenshot = pathAfter(args, '--popup-screenshot');
  const screenshot = pathAfter(args, '--screenshot') ?? (hasDisplay || optionsScreenshot || popupScreenshot ? null : resolve('waakzaam-demo.png'));
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }

  build();
  const browser = await launchBrowser({ headless: Boolean(screenshot ?? optionsScreenshot ?? popupScreenshot) });
  const { context } = browser;
  if (optionsScreenshot) {
    await screenshotOptions(browser, optionsScreenshot);
    await context.close();
    return;
  }
  const network = await OfflineNetwork.install(context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${DEMO_INBOX_URL}#inbox`);

  if (popupScreenshot) {
    await screenshotPopup(browser, page, popupScreenshot);
    await context.close();
    return;
  }
  if (screenshot) {
    if (!hasDisplay) {
      console.log(`No display here, so the demo runs headless. The demo inbox at ${DEMO_INBOX_URL}:`);
      await tour(page);
    }
    await page.locator(`[data-open="${DEMO_MESSAGES.riskyEnglish}"]`).click();
    const banner = page.locator('waakzaam-banner');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    // The banner's stylesheet arrives just after the element; give it a frame to paint.
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot });
    console.log(`Banner level ${await banner.getAttribute('data-level')}; screenshot written to ${screenshot}`);
    console.log(`Requests that tried to leave the browser: ${network.escaped.length}`);
    await context.close();
    return;
  }

  console.log(
    `Demo inbox open at ${DEMO_INBOX_URL} (served locally; every other request is blocked).\n` +
      'Click through the messages: two approaches (English and Dutch), a paid "expert network" call, and three ordinary mails.\n' +
      'Close the browser window to finish.',
  );
  await new Promise<void>((done) => context.on('close', () => done()));
  if (network.escaped.length > 0) console.log(`Blocked requests: ${network.escaped.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
