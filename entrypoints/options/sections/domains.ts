import { i18n } from '#i18n';
import type { SettingsState } from '../../../lib/settings';
import { element } from '../../../lib/ui/dom';
import { isLocked, lockedNote, section, type SectionContext } from '../context';
import { listEditor, normaliseAddress, normaliseDomain } from '../list-editor';

function without(items: readonly string[] | undefined, value: string): string[] {
  return (items ?? []).filter((item) => item !== value);
}

/** The reader's own organisation: mail from colleagues counts less. */
export function organisationSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'organisation', i18n.t('options.organisation.title'), i18n.t('options.organisation.intro'));
  const editor = listEditor(doc, {
    id: 'organisation-domains',
    label: i18n.t('options.organisation.add'),
    placeholder: 'example.nl',
    emptyText: i18n.t('options.organisation.empty'),
    normalise: normaliseDomain,
    add: (value) => actions.update((user) => ({ organisationDomains: [...(user.organisationDomains ?? []), value] })),
    remove: (value) => actions.update((user) => ({ organisationDomains: without(user.organisationDomains, value) })),
  });
  const lock = lockedNote(doc);
  root.append(lock, editor.element);
  return {
    element: root,
    update(state: SettingsState) {
      const locked = isLocked(state, 'organisationDomains');
      const policy = state.policy.organisationDomains ?? [];
      editor.update(
        state.settings.organisationDomains.map((value) => ({ value, fromPolicy: policy.includes(value) })),
        locked,
      );
      lock.hidden = !locked;
    },
  };
}

/** Senders and domains the reader trusts: no banner for their mail. */
export function trustSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'trust', i18n.t('options.trust.title'), i18n.t('options.trust.intro'));
  const senderEditor = listEditor(doc, {
    id: 'trusted-senders',
    label: i18n.t('options.trust.addSender'),
    placeholder: 'name@example.nl',
    emptyText: i18n.t('options.trust.noSenders'),
    normalise: normaliseAddress,
    add: (value) => actions.update((user) => ({ trustedSenders: [...(user.trustedSenders ?? []), value] })),
    remove: (value) => actions.update((user) => ({ trustedSenders: without(user.trustedSenders, value) })),
  });
  const domainEditor = listEditor(doc, {
    id: 'trusted-domains',
    label: i18n.t('options.trust.addDomain'),
    placeholder: 'example.nl',
    emptyText: i18n.t('options.trust.noDomains'),
    normalise: normaliseDomain,
    add: (value) => actions.update((user) => ({ trustedDomains: [...(user.trustedDomains ?? []), value] })),
    remove: (value) => actions.update((user) => ({ trustedDomains: without(user.trustedDomains, value) })),
  });
  const sendersLock = lockedNote(doc);
  const domainsLock = lockedNote(doc);
  root.append(
    element(doc, 'h3', undefined, i18n.t('options.trust.senders')),
    sendersLock,
    senderEditor.element,
    element(doc, 'h3', undefined, i18n.t('options.trust.domains')),
    domainsLock,
    domainEditor.element,
  );
  return {
    element: root,
    update(state: SettingsState) {
      const policyDomains = state.policy.trustedDomains ?? [];
      senderEditor.update(
        state.settings.trustedSenders.map((value) => ({ value, fromPolicy: false })),
        isLocked(state, 'trustedSenders'),
      );
      domainEditor.update(
        state.settings.trustedDomains.map((value) => ({ value, fromPolicy: policyDomains.includes(value) })),
        isLocked(state, 'trustedDomains'),
      );
      sendersLock.hidden = !isLocked(state, 'trustedSenders');
      domainsLock.hidden = !isLocked(state, 'trustedDomains');
    },
  };
}
