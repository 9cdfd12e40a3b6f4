import { i18n } from '#i18n';
import type { SettingsState } from '../../../lib/settings';
import { button, element, statusLine } from '../../../lib/ui/dom';
import type { SectionContext } from '../context';

/** Settings that could not be read: Waakzaam uses the defaults and says so, and the copy can be exported. */
export function unreadableNotice({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = element(doc, 'section', 'notice warning');
  root.id = 'unreadable-settings';
  root.setAttribute('role', 'alert');
  const text = element(doc, 'p');
  const status = statusLine(doc, 'unreadable-status');
  const exportCopy = button(doc, i18n.t('options.unreadable.export'), () => {
    actions.exportUnreadable().then(
      (copy) => {
        if (copy) actions.download('waakzaam-unreadable-settings.json', copy);
      },
      (error: unknown) => status.show(String(error), true),
    );
  });
  const discard = button(doc, i18n.t('options.unreadable.discard'), () => {
    actions.discardUnreadable().catch((error: unknown) => status.show(String(error), true));
  });
  const buttons = element(doc, 'p', 'buttons');
  buttons.append(exportCopy, discard);
  root.append(text, buttons, status.element);
  return {
    element: root,
    update(state: SettingsState) {
      root.hidden = !state.unreadable;
      if (!state.unreadable) return;
      const fields = state.unreadable.fields.includes('(all)') ? i18n.t('options.unreadable.all') : state.unreadable.fields.join(', ');
      text.textContent = i18n.t('options.unreadable.text', [fields, new Date(state.unreadable.at).toLocaleString()]);
    },
  };
}

/** What the organisation's policy sets, and policy entries an administrator should fix. */
export function policyNotice({ doc }: Pick<SectionContext, 'doc'>) {
  const root = element(doc, 'section', 'notice');
  root.id = 'policy';
  const text = element(doc, 'p');
  const invalid = element(doc, 'p', 'note');
  root.append(text, invalid);
  return {
    element: root,
    update(state: SettingsState) {
      const { locked, invalid: unreadable, ...values } = state.policy;
      const managed = Object.keys(values).length > 0 || locked.length > 0;
      root.hidden = !managed && unreadable.length === 0;
      text.textContent = managed ? i18n.t('options.policy.managed') : '';
      invalid.textContent = unreadable.length > 0 ? i18n.t('options.policy.invalid', [unreadable.join(', ')]) : '';
    },
  };
}
