import { describe, expect, it } from 'vitest';
import { chromeMessages } from './locale-messages';

describe('locale files', () => {
  it('have the same keys in English and Dutch, none of them empty', async () => {
    const en = await chromeMessages('en');
    const nl = await chromeMessages('nl');
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of [...Object.entries(en), ...Object.entries(nl)]) {
      if (!key.startsWith('@@')) expect(message.trim(), key).not.toBe('');
    }
  });

  it('use the same substitutions in both languages', async () => {
    const en = await chromeMessages('en');
    const nl = await chromeMessages('nl');
    const placeholders = (message: string) => [...message.matchAll(/\$[1-9]/g)].map((match) => match[0]).sort();
    for (const key of Object.keys(en)) expect(placeholders(nl[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
  });

  it('address the reader as "u" in Dutch, never "je" or "jij"', async () => {
    const nl = await chromeMessages('nl');
    for (const [key, message] of Object.entries(nl)) expect(message, key).not.toMatch(/\b(je|jij|jouw|jullie)\b/i);
  });
});
