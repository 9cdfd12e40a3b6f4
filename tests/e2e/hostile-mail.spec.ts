import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { OfflineNetwork } from './support/offline-network';
import { DEMO_INBOX_URL, demoInboxPage, readFixture } from './support/pages';

let browser: LaunchedBrowser;
let network: OfflineNetwork;

test.beforeAll(async () => {
  browser = await launchBrowser();
  network = await OfflineNetwork.install(browser.context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
});
test.afterAll(async () => browser.context.close());
test.afterEach(async () => {
  for (const page of browser.context.pages().slice(1)) await page.close();
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
});

/** Opens a message from a gmail.com free-mail "diplomat" whose HTML is the given hostile fixture. */
async function openHostileMail(fixture: string, id: string): Promise<{ page: Page; banner: Locator }> {
  const page = await browser.context.newPage();
  await page.goto(`${DEMO_INBOX_URL}#inbox`);
  await page.evaluate(
    (message) => (window as unknown as { demoInbox: { add(message: object): void } }).demoInbox.add(message),
    {
      id,
      from: { name: 'Alexei Markov', address: 'a.markov.attache@gmail.com' },
      subject: 'Dinner and a small paid report',
      date: '10:02',
      body: [],
      html: readFixture('e2e', fixture),
    },
  );
  await page.goto(`${DEMO_INBOX_URL}#inbox/${id}`);
  // The real banner sits outside the mail body; a look-alike in the mail stays inside it.
  const banner = page.locator('waakzaam-banner:not(.a3s *)');
  await expect(banner).toHaveCount(1);
  await expect(banner).toHaveAttribute('data-level', /^(medium|high)$/);
  expect(await banner.evaluate((host) => host.shadowRoot !== null)).toBe(true);
  await banner.scrollIntoViewIfNeeded();
  return { page, banner };
}

async function hostStyle(banner: Locator) {
  return banner.evaluate((host) => {
    const computed = getComputedStyle(host);
    const box = host.getBoundingClientRect();
    const at = (x: number, y: number) => document.elementFromPoint(x, y) === host;
    return {
      display: computed.display,
      visibility: computed.visibility,
      opacity: computed.opacity,
      transform: computed.transform,
      clipPath: computed.clipPath,
      wide: box.width > 300,
      tall: box.height > 40,
      onScreen: box.left >= 0 && box.top >= 0,
      topmost: [
        at(box.left + box.width / 2, box.top + box.height / 2),
        at(box.left + 8, box.top + 8),
        at(box.right - 8, box.bottom - 8),
      ],
    };
  });
}

/** Share of the banner's box that is not page white, measured on the rendered pixels. */
async function paintedShare(page: Page, banner: Locator): Promise<number> {
  const box = (await banner.boundingBox())!;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let painted = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 235) painted += 1;
    return painted / (pixels.length / 4);
  }, png.toString('base64'));
}

const PINNED = { display: 'block', visibility: 'visible', opacity: '1', transform: 'none', clipPath: 'none' };

test('CSS aimed at the banner, a fixed cover and a fake "verified safe" notice cannot hide or fake it', async () => {
  const { page, banner } = await openHostileMail('hostile-mail.html', '18f3ffffee000001');
  const style = await hostStyle(banner);
  expect(style).toMatchObject({ ...PINNED, wide: true, tall: true, onScreen: true, topmost: [true, true, true] });
  // Seen on screen, not only in the DOM: a good part of the banner's box is painted.
  expect(await paintedShare(page, banner)).toBeGreaterThan(0.2);
  expect(await page.locator('.a3s waakzaam-banner').evaluate((fake) => fake.shadowRoot)).toBeNull();
  await page.screenshot({ path: test.info().outputPath('hostile-aimed.png') });
});

test('blanket rules on every element leave the banner host pinned and on top', async () => {
  const { page, banner } = await openHostileMail('hostile-blanket.html', '18f3ffffee000002');
  const style = await hostStyle(banner);
  expect(style).toMatchObject({ ...PINNED, wide: true, tall: true, topmost: [true, true, true] });
  const share = await paintedShare(page, banner);
  // `* { opacity: 0 }` also hides the banner's ancestors (and the whole webmail); an element placed in the page
  // cannot undo its ancestors' opacity. Printed, not asserted: see the report.
  console.log(`blanket opacity rule: ${(share * 100).toFixed(1)}% of the banner's box painted`);
  await page.screenshot({ path: test.info().outputPath('hostile-blanket.png') });
});
