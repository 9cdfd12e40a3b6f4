import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Locale = 'en' | 'nl';

export function localeFile(locale: Locale): string {
  // Vitest runs from the project root, where the locale files live.
  return join(process.cwd(), 'locales', `${locale}.yml`);
}

/** The messages the browser would get from the real locale file, keyed as `browser.i18n` keys them. */
export async function chromeMessages(locale: Locale): Promise<Record<string, string>> {
  const messages = generateChromeMessages(await parseMessagesFile(localeFile(locale)));
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, value.message]));
}

/** `fakeBrowser` has no `i18n.getMessage`; this one answers from the real locale file, with `$1`–`$9` filled in. */
export async function stubGetMessage(locale: Locale): Promise<void> {
  const messages = await chromeMessages(locale);
  const getMessage = (key: string, substitutions?: string | string[]) => {
    const message = messages[key];
    if (message === undefined) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return message.replace(/\$(\$|[1-9])/g, (_match, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
  };
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage);
}
