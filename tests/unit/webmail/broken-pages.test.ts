// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/webmail/registry';
import type { WebmailAdapter } from '../../../lib/webmail/types';
import type { AdapterReport } from '../../../lib/model';
import { FuzzFigures, timed } from '../fuzz/figures';
import { anchorIsOutsideBody, loadFixture, missingFields, pageFrom, read } from './fixture-page';

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

  it('reads a message without a sender from its body, and reports the sender as not found', async () => {
    const doc = loadFixture(id, ...page);
    const original = (await read(adapter, doc)).messages;
    for (const { root } of original) {
      for (const element of root.querySelectorAll('[email], [title*="@"], [aria-label*="@"], a[href^="mailto:"]')) {
        element.remove();
      }
      root.querySelectorAll('[data-testid="recipients:sender"]').forEach((element) => element.remove());
      // The address shown as text beside the name (Gmail's span.go) is a sender too.
      [...root.querySelectorAll('span')]
        .filter((element) => /^\s*<?\s*\S+@\S+?\s*>?\s*$/.test(element.textContent ?? ''))
        .forEach((element) => element.remove());
    }
    const { messages, report } = await read(adapter, doc);
    expect(messages.length).toBe(original.length);
    expect(messages.length).toBeGreaterThan(0);
    for (const open of messages) {
      expect(open.message.text).not.toBe('');
      expect(open.missing).toContain('sender');
      expect(open.message.from.address).toBe('');
    }
    expect(missingFields(report)).toContain('sender');
  });
});

const figures = new FuzzFigures('adapters');
afterAll(() => figures.print());

/** One change a webmail redesign, a half-loaded page or hostile mail HTML could make. */
type Mutation =
  | { kind: 'remove' | 'empty' | 'strip-attributes' | 'duplicate' | 'bury'; target: number }
  | { kind: 'rename-class'; target: number; name: string }
  | { kind: 'move'; target: number; destination: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('remove', 'empty', 'strip-attributes', 'duplicate', 'bury'), target: fc.nat() }),
  fc.record({ kind: fc.constant('rename-class'), target: fc.nat(), name: fc.constantFrom('', 'x', 'a3s', 'adn ads', '"><') }),
  fc.record({ kind: fc.constant('move'), target: fc.nat(), destination: fc.nat() }),
) as fc.Arbitrary<Mutation>;

/**
 * Buries an element's content 400 levels deep, far deeper than mail HTML a webmail shows. jsdom computes each style
 * along the whole chain of ancestors, so deeper burials cost seconds a page here; the walks' own depth (no recursion)
 * is proven on detached bodies thousands of levels deep (tests/unit/webmail/dom-text.test.ts, banner/highlight.test.ts).
 */
const BURIAL_DEPTH = 400;

function bury(element: Element): void {
  const doc = element.ownerDocument;
  const content = Array.from(element.childNodes);
  let innermost = element;
  for (let level = 0; level < BURIAL_DEPTH; level++) innermost = innermost.appendChild(doc.createElement('div'));
  innermost.append(...content);
}

function applyMutation(doc: Document, change: Mutation): void {
  const elements = Array.from(doc.body.querySelectorAll('*'));
  if (elements.length === 0) return;
  const target = elements[change.target % elements.length]!;
  switch (change.kind) {
    case 'remove':
      return target.remove();
    case 'empty':
      return target.replaceChildren();
    case 'strip-attributes':
      for (const name of target.getAttributeNames()) target.removeAttribute(name);
      return;
    case 'duplicate':
      return target.after(target.cloneNode(true));
    case 'bury':
      return bury(target);
    case 'rename-class':
      return target.setAttribute('class', change.name);
    case 'move': {
      const destination = elements[change.destination % elements.length]!;
      if (!target.contains(destination)) destination.append(target);
    }
  }
}

/** Reads the page; a message found must be whole, and finding none must be explained by the report. */
async function expectSafeReading(adapter: WebmailAdapter, doc: Document, label: string): Promise<void> {
  expect(() => adapter.readingPane(doc)).not.toThrow();
  const { result, ms } = await timed(() => read(adapter, doc));
  figures.record(label, doc.documentElement.outerHTML.length, ms);
  for (const open of result.messages) {
    expect(open.message.text).not.toBe('');
    // A sender is read, or the message says it was not found.
    expect(open.message.from.address.includes('@') || open.missing.includes('sender')).toBe(true);
    expect(anchorIsOutsideBody(open)).toBe(true);
  }
  if (result.messages.length === 0) expectExplained(adapter, doc, result.report);
}

/**
 * Finding no message is explained by the report naming a field it did not find, or by there being no reading pane
 * at all (the content script then does not read the page; Roundcube answers only in the frame with a message).
 */
function expectExplained(adapter: WebmailAdapter, doc: Document, report: AdapterReport): void {
  if (adapter.readingPane(doc) === null) return;
  expect(missingFields(report).length).toBeGreaterThan(0);
}


const TAG_SOUP_TAGS = ['div', 'main', 'article', 'span', 'h1', 'h2', 'a', 'iframe', 'table', 'td', 'blockquote', 'section'];
const TAG_SOUP_ATTRIBUTES = [
  'role="main"', 'role="article"', 'role="document"', 'class="adn ads"', 'class="a3s aiL"', 'class="gD" email="x@y.example"',
  'email=""', 'email="@@"', 'href="mailto:"', 'href="mailto:a@b.example"', 'title="@"', 'aria-label="Message body"',
  'data-test-id="message-view-body"', 'id="messagebody"', 'class="hP"', 'data-email="a@b.example"', '',
];

/** Random markup made of the tags and attributes the adapters look for, nested and unclosed at random. */
const tagSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...TAG_SOUP_TAGS), fc.constantFrom(...TAG_SOUP_ATTRIBUTES)).map(([tag, attribute]) => `<${tag} ${attribute}>`),
      fc.constantFrom(...TAG_SOUP_TAGS).map((tag) => `</${tag}>`),
      fc.string({ maxLength: 60 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s on generated and mutated pages', (id, adapter) => {
  it('reads 60 pages of tag soup without an exception, explaining every empty result', async () => {
    await fc.assert(
      fc.asyncProperty(tagSoup, (html) => expectSafeReading(adapter, pageFrom(html), 'tag soup')),
      { seed: 5_401, numRuns: 60 },
    );
  });

  const page = RISKY_PAGES[id];
  if (!page) return;

  it('reads 30 mutated copies of its risky page without an exception, explaining every empty result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (changes) => {
        const doc = loadFixture(id, ...page);
        for (const change of changes) applyMutation(doc, change);
        await expectSafeReading(adapter, doc, 'mutated page');
      }),
      { seed: 5_402, numRuns: 30 },
    );
  });

  it('finds no message on its page with every attribute removed, and names what it did not find', async () => {
    const doc = loadFixture(id, ...page);
    for (const element of doc.querySelectorAll('*')) for (const name of element.getAttributeNames()) element.removeAttribute(name);
    const { result, ms } = await timed(() => read(adapter, doc));
    figures.record('page without attributes', doc.documentElement.outerHTML.length, ms);
    expect(result.messages).toEqual([]);
    expectExplained(adapter, doc, result.report);
  });
});
