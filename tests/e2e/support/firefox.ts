import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

/** Debian's Firefox ESR, driven over WebDriver BiDi: the Firefox package as a Firefox user runs it. */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');

export interface FirefoxSession {
  browser: Browser;
  /** Requests that tried to leave the browser: anything not served from a fixture or the extension's own files. */
  escaped: string[];
  open(url: string, body: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // The browser's own fetches are not the extension's: keep them from muddying what is recorded.
      'browser.chrome.site_icons': false,
      'network.prefetch-next': false,
      'network.dns.disablePrefetch': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const escaped: string[] = [];
  const pages = new Map<string, string>();
  const handle = (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('moz-extension://') || url.startsWith('about:') || url.startsWith('data:')) return void request.continue();
    const body = pages.get(url.split('#')[0]!);
    if (body !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    escaped.push(`${request.method()} ${url}`);
    void request.abort();
  };
  return {
    browser,
    escaped,
    async open(url, body) {
      pages.set(url.split('#')[0]!, body);
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', handle);
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}
