import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Analysis } from '../model';
import { explanationSentence, historySentence, type Translate } from './explanation';

/**
 * The extension's messages in Node, read from the same locale files as the build: the command-line tools (scan,
 * eval) word the engine's explanations in English as the English interface does, and tests render in either language.
 */
export type Locale = 'en' | 'nl';

const cache = new Map<Locale, Record<string, string>>();

/** Every message of a locale, keyed as `browser.i18n` keys them (`explain_actor_diplomat`). */
export function localeMessages(locale: Locale): Record<string, string> {
  let messages = cache.get(locale);
  if (!messages) {
    const file = readFileSync(resolve(import.meta.dirname, `../../locales/${locale}.yml`), 'utf8');
    const chrome = generateChromeMessages(parseMessagesText(file, 'YAML'));
    messages = Object.fromEntries(Object.entries(chrome).map(([key, value]) => [key, value.message]));
    cache.set(locale, messages);
  }
  return messages;
}

/** A message with `$1`–`$9` filled in, as `browser.i18n.getMessage` does. */
export function fillMessage(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_match, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

export function localeTranslate(locale: Locale): Translate {
  return (key, substitutions = []) => {
    const message = localeMessages(locale)[key.replace(/\./g, '_')];
    if (message === undefined) throw new Error(`No ${locale} message ${key}`);
    return fillMessage(message, substitutions);
  };
}

const english = localeTranslate('en');

export function englishSummary(analysis: Pick<Analysis, 'explanation'>): string {
  return analysis.explanation ? explanationSentence(analysis.explanation, english) : '';
}

export function englishHistory(analysis: Pick<Analysis, 'history'>): string {
  return analysis.history ? historySentence(analysis.history, english) : '';
}
