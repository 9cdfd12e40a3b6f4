// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/webmail/registry';
import { loadFixture, missingFields, pageFrom, read } from './fixture-page';

const RISKY_PAGES: Record<string, [file: string, url: string, scripts?: boolean]> = {
  gmail: ['risky.html', 'https://mail.google.com/mail/u/0/#inbox'],
  outlook: ['risky.html', 'https://outlook.office.com/mail/inbox'],
  yahoo: ['risky.html', 'https://mail.yahoo.com/d/folders/1'],
  proton: ['risky.html', 'https://mail.proton.me/u/0/inbox', true],
  fastmail: ['risky.html', 'https://app.fastmail.com/mail/Inbox'],
  roundcube: ['message-risky.html', 'https://webmail.example/?_task=mail&_uid=1&_mbox=INBOX&_action=preview'],
};

const GARBAGE = [
  '',
  '<div role="main"><div class="adn ads"><div class="a3s aiL">',
  '<<<>>><main><article><h1></h1><a href="mailto:">x</a></article></main><div id="messagebody">',
  '<table><tr><td><p><b><i>broken <select><option>nesting',
];

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s on broken pages', (id, adapter) => {
  it.each(GARBAGE.map((html, index) => [index, html] as const))(
    'gives no messages and no exception for garbage markup #%i',
    async (_, html) => {
      const doc = pageFrom(html);
      expect(() => adapter.readingPane(doc)).not.toThrow();
      expect((await read(adapter, doc)).messages).toEqual([]);
    },
  );

  const page = RISKY_PAGES[id];
  if (!page) return;

  it('skips a message whose body is empty and reports the missing text', async () => {
    const doc = loadFixture(id, ...page);
    const { messages: before } = await read(adapter, doc);
    for (const { body } of before) body.replaceChildren();
    const { messages, report } = await read(adapter, doc);
    expect(messages).toEqual([]);
    expect(missingFields(report)).toContain('text');
  });

  it('skips a message without a sender and reports the sender as not found', async () => {
    const doc = loadFixture(id, ...page);
    for (const { root } of (await read(adapter, doc)).messages) {
      for (const element of root.querySelectorAll('[email], [title*="@"], [aria-label*="@"], a[href^="mailto:"]')) {
        element.remove();
      }
      root.querySelectorAll('[data-testid="recipients:sender"]').forEach((element) => element.remove());
    }
    const { messages, report } = await read(adapter, doc);
    expect(messages).toEqual([]);
    expect(missingFields(report)).toContain('sender');
  });
});
