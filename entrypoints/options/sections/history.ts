import { i18n } from '#i18n';
import { button, element, statusLine } from '../../../lib/ui/dom';
import { section, type SectionContext } from '../context';

/** What Waakzaam remembers about senders on this device, and the button that forgets it all. */
export function historySection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'history', i18n.t('options.history.title'), i18n.t('options.history.intro'));
  const count = element(doc, 'p', 'history-count');
  count.id = 'history-count';
  const status = statusLine(doc, 'history-status');
  const clear = button(doc, i18n.t('options.history.clear'), () => {
    actions.clearHistory().then(
      () => status.show(i18n.t('options.history.cleared')),
      (error: unknown) => status.show(i18n.t('options.saveFailed', [error instanceof Error ? error.message : String(error)]), true),
    );
  });
  clear.id = 'clear-history';
  const refresh = () =>
    void actions.historySize().then((senders) => {
      count.textContent = i18n.t('options.history.count', [String(senders)]);
      clear.disabled = senders === 0;
    });
  const buttons = element(doc, 'p', 'buttons');
  buttons.append(clear);
  root.append(count, buttons, status.element);
  refresh();
  return { element: root, update: () => refresh() };
}
