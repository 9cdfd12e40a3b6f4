import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabState } from './protocol';

/**
 * In Roundcube the open message lives in a child frame, which runs its own copy of the content script.
 * A frame without open messages answers a little later, so the frame that has them wins the reply.
 */
const EMPTY_FRAME_DELAY_MS = 150;

/** Answers the popup's `waakzaam:tab-state` with what this frame shows. */
export function answerTabState(ctx: ContentScriptContext, state: () => TabState): void {
  const listener = (request: unknown): Promise<TabState> | undefined => {
    if ((request as { type?: unknown } | null)?.type !== 'waakzaam:tab-state') return undefined;
    const current = state();
    if (current.messages.length > 0) return Promise.resolve(current);
    if (window !== window.top) return undefined;
    return new Promise((resolve) => setTimeout(() => resolve(state()), EMPTY_FRAME_DELAY_MS));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
