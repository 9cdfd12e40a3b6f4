import { i18n } from '#i18n';
import { button, element, statusLine } from '../../lib/ui/dom';
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

  root.append(list, form, status.element);
  return {
    element: root,
    update(items, locked) {
      input.disabled = locked;
      add.disabled = locked;
      if (items.length === 0) {
        list.replaceChildren(element(doc, 'li', 'empty', options.emptyText));
        return;
      }
      list.replaceChildren(
        ...items.map((item) => {
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
    },
  };
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "@Example.NL", "https://mail.example.nl/" and "example.nl" all give "example.nl". */
export function normaliseDomain(input: string): { value: string } | { error: string } {
  const value = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^@+/, '')
    .replace(/[/:].*$/, '');
  return DOMAIN.test(value) ? { value } : { error: i18n.t('options.invalidDomain', [input.trim()]) };
}

export function normaliseAddress(input: string): { value: string } | { error: string } {
  const value = input.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  return at > 0 && DOMAIN.test(value.slice(at + 1)) && !/\s/.test(value)
    ? { value }
    : { error: i18n.t('options.invalidAddress', [input.trim()]) };
}
