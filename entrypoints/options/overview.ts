import { i18n } from '#i18n';
import type { SettingsState } from '../../lib/settings';
import { element } from '../../lib/ui/dom';
import { sensitivityLabel } from './sections/protection';

/** The page's header: what Waakzaam does, in two sentences, and how it is set up now. */
export function overviewHeader(doc: Document) {
  const header = element(doc, 'header', 'overview');
  const state = element(doc, 'ul', 'protection-state');
  state.id = 'protection-state';
  state.setAttribute('aria-label', i18n.t('options.overview.stateLabel'));
  header.append(
    element(doc, 'h1', undefined, i18n.t('options.title')),
    element(doc, 'p', 'what', i18n.t('options.overview.what')),
    element(doc, 'p', 'intro', i18n.t('options.intro')),
    state,
  );
  return {
    element: header,
    update({ settings }: SettingsState) {
      const officer = settings.securityOfficer;
      const lines = [
        i18n.t(settings.enabled ? 'options.overview.on' : 'options.overview.off'),
        i18n.t('options.overview.sensitivity', [sensitivityLabel(settings.sensitivity).name]),
        officer
          ? i18n.t('options.overview.officer', [officer.name ? `${officer.name} <${officer.address}>` : officer.address])
          : i18n.t('options.overview.noOfficer'),
        i18n.t('options.overview.keywords', [String(settings.disabledRules.length), String(settings.addedTerms.length)]),
      ];
      state.replaceChildren(...lines.map((line) => element(doc, 'li', undefined, line)));
      state.classList.toggle('off', !settings.enabled);
    },
  };
}
