/**
 * `npm run demo`: builds the extension and opens Chromium with it on a demo inbox served at Gmail's address,
 * with every other request blocked. `npm run demo -- --screenshot out.png` opens a risky message headless,
 * waits for the banner, writes the screenshot and exits.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser';
import { OfflineNetwork } from '../tests/e2e/support/offline-network';
import { DEMO_INBOX_URL, DEMO_MESSAGES, demoInboxPage } from '../tests/e2e/support/pages';

function screenshotPath(args: string[]): string | null {
  const index = args.indexOf('--screenshot');
  if (index < 0) return null;
  const path = args[index + 1];
  if (!path || path.startsWith('--')) throw new Error('--screenshot needs a file name, e.g. --screenshot out.png');
  return resolve(path);
}

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('wxt build failed');
}

async function main(): Promise<void> {
  const screenshot = screenshotPath(process.argv.slice(2));
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!screenshot && !hasDisplay) {
    console.error(
      'No display found, so Chromium cannot open a window here.\n' +
        '  - write a screenshot instead:  npm run demo -- --screenshot out.png\n' +
        '  - or run under a virtual display with a viewer, e.g. xvfb-run npm run demo',
    );
    process.exitCode = 1;
    return;
  }

  build();
  const { context } = await launchBrowser({ headless: Boolean(screenshot) });
  const network = await OfflineNetwork.install(context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${DEMO_INBOX_URL}#inbox`);

  if (screenshot) {
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
