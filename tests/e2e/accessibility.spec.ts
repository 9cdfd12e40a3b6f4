import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { bannerCount, clickInBanner, inBanner } from './support/closed-shadow';
import { OfflineNetwork } from './support/offline-network';
import { DEMO_INBOX_URL, DEMO_MESSAGES, demoInboxPage } from './support/pages';
import { openPopupBeside } from './support/popup';

/**
 * axe-core on the banner (inside its closed shadow root, in the mail page it lives in), the popup and the options
 * page, in English and Dutch: no serious or critical violation. Then the banner with the keyboard, at 200 % zoom, and
 * with the OS's dark mode and reduced motion.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function serious(results: AxeResults): string[] {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/**
 * axe reads shadow roots through `host.shadowRoot`, which is null for a closed root. The test hands it the banner's
 * root on that one host, in the page's main world, through the DevTools protocol: the banner, its CSS and the page
 * around it stay exactly as shipped, and the page's own scripts still cannot reach it.
 */
async function axeOnBanner(page: Page): Promise<AxeResults> {
  await inBanner(page, (root) => {
    Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(
    { include: [['waakzaam-banner']] },
    {},
  ));
}

async function openRisky(browser: LaunchedBrowser, id: string): Promise<Page> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${DEMO_INBOX_URL}#inbox/${id}`);
  await expect(page.locator('waakzaam-banner')).toHaveAttribute('data-level', /^(medium|high)$/);
  return page;
}

/** Opens both panels, so their content is checked too. */
async function openPanels(page: Page): Promise<void> {
  for (const label of ['.toggle[aria-controls="waakzaam-advice"]', '.toggle[aria-controls="waakzaam-evidence"]']) {
    if ((await inBanner(page, (root, part) => root.querySelector(part)?.getAttribute('aria-expanded'), label)) !== 'true') await clickInBanner(page, label);
  }
  await expect.poll(() => inBanner(page, (root) => root.querySelectorAll('.panel:not([hidden])').length)).toBeGreaterThanOrEqual(2);
}

const LANGUAGES = [
  { lang: 'en-US', message: DEMO_MESSAGES.riskyEnglish, dismiss: 'Dismiss for this message' },
  { lang: 'nl', message: DEMO_MESSAGES.riskyDutch, dismiss: 'Negeren voor dit bericht' },
] as const;

for (const { lang, message } of LANGUAGES) {
  test(`axe-core finds no serious or critical violation on banner, popup and options: ${lang}`, async () => {
    const browser = await launchBrowser({ lang });
    const network = await OfflineNetwork.install(browser.context);
    network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
    const mail = await openRisky(browser, message);
    await openPanels(mail);
    const banner = await axeOnBanner(mail);
    // axe did look inside the shadow root: a node there is named by the host's selector, then its own, in one list.
    const checkedInside = [...banner.passes, ...banner.violations]
      .filter((rule) => rule.nodes.some((node) => Array.isArray(node.target[0])))
      .map((rule) => rule.id);
    expect(checkedInside).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'aria-allowed-role']));
    expect(serious(banner), 'banner').toEqual([]);
    await mail.emulateMedia({ colorScheme: 'dark' });
    expect(serious(await axeOnBanner(mail)), 'banner in dark mode').toEqual([]);
    await mail.emulateMedia({ colorScheme: 'light' });

    const popup = await openPopupBeside(browser);
    expect(serious(await new AxeBuilder({ page: popup }).analyze()), 'popup').toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(serious(await new AxeBuilder({ page: popup }).analyze()), 'popup in dark mode').toEqual([]);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect(options.locator('#keyword-rules li').first()).toBeVisible();
    await options.locator('#keyword-advanced').check();
    expect(serious(await new AxeBuilder({ page: options }).analyze()), 'options').toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(serious(await new AxeBuilder({ page: options }).analyze()), 'options in dark mode').toEqual([]);
    expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
    await browser.context.close();
  });
}

test('the banner works with the keyboard, at 200 % zoom, and with dark mode and reduced motion', async () => {
  const browser = await launchBrowser();
  const network = await OfflineNetwork.install(browser.context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  const mail = await openRisky(browser, DEMO_MESSAGES.riskyEnglish);

  // Keyboard: from the banner's words, Tab reaches each button in order; Enter opens a panel and dismisses.
  const focused = () => inBanner(mail, (root) => (root.activeElement as HTMLElement | null)?.textContent?.replace(/[▾▴]/g, '').trim() ?? null);
  const words = await inBanner(mail, (root) => {
    const rect = root.querySelector('.words')!.getBoundingClientRect();
    return { x: rect.left + 4, y: rect.top + rect.height / 2 };
  });
  await mail.mouse.click(words.x, words.y);
  await mail.keyboard.press('Tab');
  expect(await focused()).toBe('What should I do?');
  await mail.keyboard.press('Tab');
  expect(await focused()).toBe('Why?');
  await mail.keyboard.press('Enter');
  await expect.poll(() => inBanner(mail, (root) => root.querySelector('#waakzaam-evidence')!.hasAttribute('hidden'))).toBe(false);
  const outline = await inBanner(mail, (root) => getComputedStyle(root.activeElement!).outlineStyle);
  expect(outline).toBe('solid');

  // 200 % zoom: the same window at half the CSS pixels. Nothing is cut off or pushed out sideways.
  await mail.setViewportSize({ width: 640, height: 430 });
  const layout = await inBanner(mail, (root) => {
    const banner = root.querySelector<HTMLElement>('section.banner')!;
    const box = banner.getBoundingClientRect();
    const controls = [...root.querySelectorAll<HTMLElement>('.actions > *')].map((control) => control.getBoundingClientRect());
    return {
      overflow: banner.scrollWidth - banner.clientWidth,
      inside: controls.every((rect) => rect.left >= box.left && rect.right <= box.right + 0.5 && rect.width > 0),
      viewport: box.right <= window.innerWidth,
    };
  });
  expect(layout).toEqual({ overflow: 0, inside: true, viewport: true });

  // Dark mode and reduced motion from the OS: dark colours, nothing animates, and contrast still holds.
  await mail.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  const dark = await inBanner(mail, (root) => {
    const [r, g, b] = getComputedStyle(root.querySelector('section.banner')!).backgroundColor.match(/\d+/g)!.map(Number);
    return { luminance: (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255, animations: root.getAnimations().length };
  });
  expect(dark.luminance).toBeLessThan(0.3);
  expect(dark.animations).toBe(0);
  expect(serious(await axeOnBanner(mail))).toEqual([]);

  // Back to the keyboard: Tab on to "Dismiss for this message", and Enter takes the banner away.
  await mail.setViewportSize({ width: 1280, height: 860 });
  for (let step = 0; step < 12 && (await focused()) !== 'Dismiss for this message'; step++) await mail.keyboard.press('Tab');
  expect(await focused()).toBe('Dismiss for this message');
  await mail.keyboard.press('Enter');
  await expect.poll(() => bannerCount(mail)).toBe(0);
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
  await browser.context.close();
});
