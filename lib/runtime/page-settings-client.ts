import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_SETTING_KEYS } from '../settings/keys';
import type { PageChange, PageChangeRequest, PageSettings, PageSettingsRequest } from './protocol';

/** Asks the worker for the settings this page works with (and so wakes it, ready for the first message). */
export async function requestPageSettings(): Promise<PageSettings> {
  const request: PageSettingsRequest = { type: 'waakzaam:page-settings' };
  const answer = (await browser.runtime.sendMessage(request)) as PageSettings | undefined;
  if (!answer?.settings || !Array.isArray(answer.dismissed)) throw new Error('the background did not answer waakzaam:page-settings');
  return answer;
}

/** Has the worker store a change; rejects with the worker's error (a locked setting, a full quota). */
export async function sendPageChange(change: PageChange): Promise<void> {
  const request: PageChangeRequest = { type: 'waakzaam:page-change', change };
  await browser.runtime.sendMessage(request);
}

/**
 * Calls `onChange` with fresh page settings whenever storage changes under a key they come from, in any part of the
 * extension (the options page, another tab, the organisation's policy). Answers that arrive out of order are dropped.
 */
export function watchPageSettings(ctx: ContentScriptContext, onChange: (next: PageSettings) => void): void {
  let asked = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' && !(area === 'local' && PAGE_SETTING_KEYS.some((key) => key in changes))) return;
    const ask = ++asked;
    requestPageSettings().then(
      (next) => {
        if (ask === asked && !ctx.isInvalid) onChange(next);
      },
      (error: unknown) => console.warn('[waakzaam] could not read the changed settings', error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
