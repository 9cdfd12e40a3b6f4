import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT ends a content script's context when a `…:wxt:content-script-started` event reaches `document`, which any
 * script in the page can dispatch. The context is only really over when the extension went away (updated,
 * reloaded or switched off), and then `browser.runtime.id` is gone in this script: an invalidation while it is
 * still there came from the page and is ignored.
 */
export function ignoreInvalidationFromPage(ctx: ContentScriptContext): void {
  const notifyInvalidated = ctx.notifyInvalidated.bind(ctx);
  ctx.notifyInvalidated = () => {
    if (extensionIsLoaded()) return;
    notifyInvalidated();
  };
}

function extensionIsLoaded(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
