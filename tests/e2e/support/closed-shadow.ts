import type { CDPSession, Page } from '@playwright/test';

/**
 * The banner's shadow root is closed: neither the page nor Playwright's locators can reach into it. The browser's
 * DevTools protocol can (`pierce`), as a person with the inspector open could; these helpers read the banner and
 * find where its buttons are, and clicks are then made with the mouse, as a user makes them.
 */
interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/** Backend ids of the shadow roots of every `waakzaam-banner` in the page and its same-process frames. */
function bannerRootIds(node: DomNode, found: number[] = []): number[] {
  if (node.nodeName === 'WAAKZAAM-BANNER' && node.shadowRoots?.length) found.push(node.shadowRoots[0]!.backendNodeId);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    bannerRootIds(child, found);
  }
  return found;
}

/** How many banners (hosts with a real shadow root, open or closed) the page shows. */
export async function bannerCount(page: Page): Promise<number> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return bannerRootIds(root).length;
}

/**
 * Runs `fn` on the shadow root of the one banner in the page (in the page's main world) and returns its result;
 * throws when there is not exactly one banner.
 */
export async function inBanner<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const ids = bannerRootIds(root);
  if (ids.length !== 1) throw new Error(`expected one banner, found ${ids.length}`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: ids[0]! });
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) throw new Error(`in the banner: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value as R;
}

/** The banner's text, as the reader sees it (`innerText` of its section). */
export function bannerText(page: Page, selector = 'section.banner'): Promise<string> {
  return inBanner(page, (root, part) => (root.querySelector<HTMLElement>(part)?.innerText ?? ''), selector);
}

/** Clicks the first element matching `selector` in the banner with the mouse: a trusted click, as a user's. */
export async function clickInBanner(page: Page, selector: string): Promise<void> {
  const box = await inBanner(
    page,
    (root, part) => {
      const element = root.querySelector(part);
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    selector,
  );
  if (!box) throw new Error(`no ${selector} in the banner`);
  await page.mouse.click(box.x, box.y);
}

/** What a person reads in the banner: the level, the explanation, the history and each sign with its quotes. */
export interface BannerReading {
  title: string;
  sentences: string[];
  evidence: string[];
}

export function bannerReading(page: Page): Promise<BannerReading> {
  // No named functions inside: the demo runs through tsx, whose helpers would not exist in the page.
  return inBanner(page, (root) => ({
    title: root.querySelector('.title')?.textContent?.trim() ?? '',
    sentences: ['.summary', '.history', '.capped']
      .map((selector) => root.querySelector(selector)?.textContent?.trim() ?? '')
      .filter(Boolean),
    evidence: [...root.querySelectorAll('#waakzaam-evidence ul.evidence > li')].map((item) => {
      const quotes = [...item.querySelectorAll('q')].map(
        (quote) => `“${quote.textContent}”${quote.nextElementSibling?.classList.contains('where') ? quote.nextElementSibling.textContent : ''}`,
      );
      const category = item.querySelector('.category')?.textContent ?? '';
      return quotes.length > 0 ? `${category}: ${quotes.join(', ')}` : category;
    }),
  }));
}
