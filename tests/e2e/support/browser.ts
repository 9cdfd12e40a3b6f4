import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

/** Where `wxt build` writes the Chromium build. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Debian's Chromium; Playwright's own downloads are not available here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** Load this unpacked extension; `null` launches the browser without it (for comparisons). */
  extensionDir?: string | null;
  headless?: boolean;
  /** The browser's UI language (what extension messages follow), e.g. `nl`; default English. */
  lang?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's service worker, or null when launched without the extension. */
  worker: Worker | null;
  extensionId: string | null;
}

/** Chromium with the extension loaded and the browser's own background traffic switched off. */
export async function launchBrowser({ extensionDir = EXTENSION_DIR, headless = true, lang = 'en-US' }: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (extensionDir && !existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`wxt build\` first (npm run test:e2e does).`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${lang}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless,
    args,
    viewport: { width: 1280, height: 860 },
    locale: lang,
    // Chromium on Linux takes its UI language from the environment as well as from --lang.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
  });
  if (!extensionDir) return { context, worker: null, extensionId: null };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}
