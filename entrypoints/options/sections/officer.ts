import { i18n } from '#i18n';
import type { SettingsState } from '../../../lib/settings';
import { button, element, labelledField, statusLine } from '../../../lib/ui/dom';
import { normaliseAddress } from '../list-editor';
import { isLocked, lockedNote, save, section, type SectionContext } from '../context';

/** Who "Report to security officer" writes to. */
export function officerSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'officer', i18n.t('options.officer.title'), i18n.t('options.officer.intro'));
  const status = statusLine(doc, 'officer-status');
  const form = element(doc, 'form', 'officer-form');
  const name = labelledField(doc, 'input', 'officer-name', i18n.t('options.officer.name'));
  name.control.type = 'text';
  name.control.autocomplete = 'name';
  const address = labelledField(doc, 'input', 'officer-address', i18n.t('options.officer.address'));
  address.control.type = 'email';
  address.control.autocomplete = 'email';
  const submit = element(doc, 'button', undefined, i18n.t('options.save'));
  submit.type = 'submit';
  const clear = button(doc, i18n.t('options.officer.clear'), () => void save(status, () => actions.reset(['securityOfficer'])));
  const source = element(doc, 'p', 'note');
  const lock = lockedNote(doc);
  const buttons = element(doc, 'p', 'buttons');
  buttons.append(submit, clear);
  form.append(name.row, address.row, buttons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = normaliseAddress(address.control.value);
    if ('error' in checked) {
      status.show(checked.error, true);
      return;
    }
    void save(status, () => actions.update({ securityOfficer: { name: name.control.value.trim(), address: checked.value } }));
  });
  root.append(lock, form, source, status.element);

  return {
    element: root,
    update(state: SettingsState) {
      const officer = state.settings.securityOfficer;
      const locked = isLocked(state, 'securityOfficer');
      // Only fill the fields from storage when the reader is not typing in them.
      if (!form.contains(doc.activeElement) || locked) {
        name.control.value = officer?.name ?? '';
        address.control.value = officer?.address ?? '';
      }
      for (const control of [name.control, address.control, submit, clear]) control.disabled = locked;
      lock.hidden = !locked;
      const fromPolicy = !locked && state.user.securityOfficer == null && state.policy.securityOfficer != null;
      source.textContent = fromPolicy ? i18n.t('options.officer.fromPolicy') : '';
      clear.hidden = state.user.securityOfficer == null;
    },
  };
}
