import type { BrowserContext, Route } from '@playwright/test';

export interface ServedPage {
  body: string;
  contentType?: string;
}

/**
 * Serves pages at real webmail URLs from files and aborts every other request, recording it. A test
 * asserts at its end that `escaped` is empty: nothing tried to leave the browser.
 */
export class OfflineNetwork {
  readonly escaped: string[] = [];
  private readonly pages = new Map<string, ServedPage>();

  private constructor() {}

  static async install(context: BrowserContext): Promise<OfflineNetwork> {
    const network = new OfflineNetwork();
    await context.route('**/*', (route) => network.handle(route));
    return network;
  }

  /** Answers requests for `url` (compared without its fragment) with `page`. */
  serve(url: string, page: ServedPage): this {
    this.pages.set(withoutFragment(url), page);
    return this;
  }

  private async handle(route: Route): Promise<void> {
    const url = route.request().url();
    // The extension reading its own files (the banner's styles) is not network.
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const page = this.pages.get(withoutFragment(url));
    if (page) {
      await route.fulfill({ status: 200, contentType: page.contentType ?? 'text/html; charset=utf-8', body: page.body });
      return;
    }
    this.escaped.push(`${route.request().method()} ${url}`);
    await route.abort('blockedbyclient');
  }
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
