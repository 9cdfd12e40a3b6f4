import { browser } from 'wxt/browser';
import type { TabState, TabStateRequest } from '../../lib/runtime/protocol';

function looksLikeTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<TabState>;
  return typeof state.webmail === 'string' && typeof state.adapter === 'string' && Array.isArray(state.messages);
}

/**
 * Asks the content script in the active tab what it sees. Null when the tab has none (not a webmail page,
 * a browser page, or a tab loaded before the extension was installed).
 */
export async function requestTabState(): Promise<TabState | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const request: TabStateRequest = { type: 'waakzaam:tab-state' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tab.id, request);
    return looksLikeTabState(answer) ? answer : null;
  } catch {
    // "Receiving end does not exist": no content script in this tab.
    return null;
  }
}
