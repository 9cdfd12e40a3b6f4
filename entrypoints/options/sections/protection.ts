import { i18n } from '#i18n';
import { SENSITIVITIES, type Sensitivity, type SettingsState } from '../../../lib/settings';
import { checkboxField, element, statusLine } from '../../../lib/ui/dom';
import { isLocked, lockedNote, save, section, type SectionContext } from '../context';

export function sensitivityLabel(sensitivity: Sensitivity): { name: string; help: string } {
  switch (sensitivity) {
    case 'relaxed':
      return { name: i18n.t('options.sensitivity.relaxed'), help: i18n.t('options.sensitivity.relaxedHelp') };
    case 'standard':
      return { name: i18n.t('options.sensitivity.standard'), help: i18n.t('options.sensitivity.standardHelp') };
    case 'strict':
      return { name: i18n.t('options.sensitivity.strict'), help: i18n.t('options.sensitivity.strictHelp') };
  }
}

/** On or off, how readily Waakzaam warns, and whether evidence is marked in the message. */
export function protectionSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'protection', i18n.t('options.protection.title'));
  const status = statusLine(doc, 'protection-status');

  const enabled = checkboxField(doc, 'enabled', i18n.t('options.protection.enabled'), 'check');
  enabled.input.addEventListener('change', () => void save(status, () => actions.update({ enabled: enabled.input.checked })));
  const enabledLock = lockedNote(doc);

  const fieldset = element(doc, 'fieldset', 'sensitivity');
  fieldset.append(element(doc, 'legend', undefined, i18n.t('options.sensitivity.legend')));
  const radios = SENSITIVITIES.map((sensitivity) => {
    const { name, help } = sensitivityLabel(sensitivity);
    const input = element(doc, 'input');
    input.type = 'radio';
    input.name = 'sensitivity';
    input.value = sensitivity;
    input.id = `sensitivity-${sensitivity}`;
    input.addEventListener('change', () => {
      if (input.checked) void save(status, () => actions.update({ sensitivity }));
    });
    const label = element(doc, 'label');
    label.htmlFor = input.id;
    label.append(element(doc, 'strong', undefined, name), element(doc, 'span', 'help', help));
    const row = element(doc, 'div', 'choice');
    row.append(input, label);
    fieldset.append(row);
    return input;
  });
  const sensitivityLock = lockedNote(doc);
  fieldset.append(sensitivityLock);

  const highlight = checkboxField(doc, 'highlight-evidence', i18n.t('options.protection.highlight'), 'check');
  highlight.input.addEventListener('change', () =>
    void save(status, () => actions.update({ highlightEvidence: highlight.input.checked })),
  );
  const highlightLock = lockedNote(doc);

  root.append(enabled.row, enabledLock, fieldset, highlight.row, highlightLock, status.element);
  return {
    element: root,
    update(state: SettingsState) {
      const { settings } = state;
      enabled.input.checked = settings.enabled;
      enabled.input.disabled = isLocked(state, 'enabled');
      enabledLock.hidden = !isLocked(state, 'enabled');
      for (const radio of radios) {
        radio.checked = radio.value === settings.sensitivity;
        radio.disabled = isLocked(state, 'sensitivity');
      }
      sensitivityLock.hidden = !isLocked(state, 'sensitivity');
      highlight.input.checked = settings.highlightEvidence;
      highlight.input.disabled = isLocked(state, 'highlightEvidence');
      highlightLock.hidden = !isLocked(state, 'highlightEvidence');
    },
  };
}
