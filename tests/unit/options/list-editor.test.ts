// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIST_PAGE_SIZE, listEditor } from '../../../entrypoints/options/list-editor';
import { stubGetMessage } from '../banner/locale-messages';

beforeEach(async () => {
  fakeBrowser.reset();
  await stubGetMessage('en');
  document.body.innerHTML = '';
});

function editor() {
  const created = listEditor(document, {
    id: 'senders',
    label: 'Add a sender',
    placeholder: 'name@example.nl',
    emptyText: 'No senders yet.',
    normalise: (input) => ({ value: input }),
    add: async () => undefined,
    remove: async () => undefined,
  });
  document.body.append(created.element);
  return created;
}

describe('listEditor', () => {
  it('shows 150,000 entries a page at a time', () => {
    const list = editor();
    const items = Array.from({ length: 150_000 }, (_, index) => ({ value: `sender${index}@example.nl`, fromPolicy: false }));
    list.update(items, false);
    const entries = () => [...document.querySelectorAll('#senders-list li .value')].map((entry) => entry.textContent);
    expect(entries()).toHaveLength(LIST_PAGE_SIZE);
    expect(entries()[0]).toBe('sender0@example.nl');
    expect(document.querySelector('.pager .page')?.textContent).toBe('1–100 of 150000');

    document.querySelector<HTMLButtonElement>('.pager .next')!.click();
    expect(entries()[0]).toBe('sender100@example.nl');
    expect(document.querySelector('.pager .page')?.textContent).toBe('101–200 of 150000');
    // An update (an entry removed elsewhere) keeps the page the reader is on.
    list.update(items.slice(1), false);
    expect(entries()[0]).toBe('sender101@example.nl');
  });

  it('shows no pager for a short list', () => {
    const list = editor();
    list.update([{ value: 'a@example.nl', fromPolicy: false }], false);
    expect(document.querySelector<HTMLElement>('.pager')?.hidden).toBe(true);
  });
});
