import { i18n } from '#i18n';
import { button, element, statusLine } from '../../lib/ui/dom';
import { isDomainName, isMailAddress } from '../../lib/settings/entry-rules';
import { save } from './context';

export interface ListItem {
  value: string;
  /** Entries from the organisation's policy: shown, never removable here. */
  fromPolicy: boolean;
  /** Something about this entry the reader should know, with a button that resolves it. */
  problem?: { text: string; fix: string; run(): Promise<unknown> };
}

export interface ListEditorOptions {
  id: string;
  label: string;
  placeholder: string;
  emptyText: string;
  /** The entry as it will be stored, or an error text for the user. */
  normalise(input: string): { value: string } | { error: string };
  add(value: string): Promise<unknown>;
  remove(value: string): Promise<unknown>;
}

export interface ListEditor {
  element: HTMLElement;
  update(items: ListItem[], locked: boolean): void;
}

/** Entries drawn at once: a list of many thousands (a large import, an organisation's policy) is shown in pages. */
export const LIST_PAGE_SIZE = 100;

/** A list of entries with Remove buttons and a field to add one, used for domains, senders, hosts and terms. */
export function listEditor(doc: Document, options: ListEditorOptions): ListEditor {
  const root = element(doc, 'div', 'list-editor');
  const list = element(doc, 'ul', 'entries');
  list.id = `${options.id}-list`;
  const status = statusLine(doc, `${options.id}-status`);

  const form = element(doc, 'form', 'add');
  const input = element(doc, 'input');
  input.id = `${options.id}-input`;
  input.type = 'text';
  input.placeholder = options.placeholder;
  input.autocomplete = 'off';
  const label = element(doc, 'label', undefined, options.label);
  label.htmlFor = input.id;
  const add = element(doc, 'button', undefined, i18n.t('options.add'));
  add.type = 'submit';
  form.append(label, input, add);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = options.normalise(input.value);
    if ('error' in result) {
      status.show(result.error, true);
      return;
    }
    void save(status, () => options.add(result.value)).then((saved) => {
      if (saved) input.value = '';
    });
  });

  const pager = element(doc, 'div', 'pager');
  const pageLabel = element(doc, 'span', 'page');
  pageLabel.setAttribute('aria-live', 'polite');
  let page = 0;
  let shown: { items: ListItem[]; locked: boolean } = { items: [], locked: false };
  const previous = button(doc, i18n.t('options.previousPage'), () => draw(page - 1), 'previous');
  const next = button(doc, i18n.t('options.nextPage'), () => draw(page + 1), 'next');
  pager.append(previous, pageLabel, next);

  function draw(requested: number): void {
    const { items, locked } = shown;
    const pages = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
    page = Math.min(Math.max(0, requested), pages - 1);
    pager.hidden = pages === 1;
    previous.disabled = page === 0;
    next.disabled = page === pages - 1;
    const first = page * LIST_PAGE_SIZE;
    const visible = items.slice(first, first + LIST_PAGE_SIZE);
    pageLabel.textContent = i18n.t('options.pageOf', [String(first + 1), String(first + visible.length), String(items.length)]);
    if (items.length === 0) {
      list.replaceChildren(element(doc, 'li', 'empty', options.emptyText));
      return;
    }
    list.replaceChildren(
      ...visible.map((item) => {
        const entry = element(doc, 'li');
        entry.append(element(doc, 'span', 'value', item.value));
        if (item.problem) {
          const { text, fix, run } = item.problem;
          entry.append(element(doc, 'span', 'badge warning', text), button(doc, fix, () => void save(status, run)));
        }
        if (item.fromPolicy) {
          entry.append(element(doc, 'span', 'badge', i18n.t('options.fromPolicy')));
        } else if (!locked) {
          const remove = button(doc, i18n.t('options.remove'), () => void save(status, () => options.remove(item.value)), 'remove');
          remove.setAttribute('aria-label', i18n.t('options.removeItem', [item.value]));
          entry.append(remove);
        }
        return entry;
      }),
    );
  }

  root.append(list, pager, form, status.element);
  return {
    element: root,
    update(items, locked) {
      input.disabled = locked;
      add.disabled = locked;
      shown = { items, locked };
      draw(page);
    },
  };
}

/** "@Example.NL", "https://mail.example.nl/" and "example.nl" all give "example.nl". */
export function normaliseDomain(input: string): { value: string } | { error: string } {
  const value = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^@+/, '')
    .replace(/[/:].*$/, '');
  return isDomainName(value) ? { value } : { error: i18n.t('options.invalidDomain', [input.trim()]) };
}

export function normaliseAddress(input: string): { value: string } | { error: string } {
  const value = input.trim().toLowerCase();
  return isMailAddress(value)
    ? { value }
    : { error: i18n.t('options.invalidAddress', [input.trim()]) };
}
