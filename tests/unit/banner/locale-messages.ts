import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillMessage, localeMessages, type Locale } from '../../../lib/ui-text/english';

export type { Locale };

/** The messages the browser would get from the real locale file, keyed as `browser.i18n` keys them. */
export async function chromeMessages(locale: Locale): Promise<Record<string, string>> {
  return localeMessages(locale);
}

/** `fakeBrowser` has no `i18n.getMessage`; this one answers from the real locale file, with `$1`–`$9` filled in. */
export async function stubGetMessage(locale: Locale): Promise<void> {
  const messages = localeMessages(locale);
  const getMessage = (key: string, substitutions?: string | string[]) => {
    const message = messages[key];
    if (message === undefined) return '';
    return fillMessage(message, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  };
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage);
}
