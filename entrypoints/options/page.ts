import { i18n } from '#i18n';
import type { SettingsState } from '../../lib/settings';
import { element } from '../../lib/ui/dom';
import type { SectionContext } from './context';
import { backupSection } from './sections/backup';
import { diagnosticsSection } from './sections/diagnostics';
import { historySection } from './sections/history';
import { organisationSection, trustSection } from './sections/domains';
import { keywordsSection } from './sections/keywords';
import { policyNotice, unreadableNotice } from './sections/notices';
import { officerSection } from './sections/officer';
import { protectionSection } from './sections/protection';
import { selfHostedSection } from './sections/self-hosted';
import { tryMessageSection } from './sections/try-message';

interface Section {
  element: HTMLElement;
  update?(state: SettingsState): void;
}

/** Builds the options page once; `update` brings every section in line with new settings without rebuilding it. */
export function renderOptionsPage(root: HTMLElement, context: SectionContext): { update(state: SettingsState): void } {
  const { doc } = context;
  const sections: Section[] = [
    policyNotice(context),
    unreadableNotice(context),
    protectionSection(context),
    officerSection(context),
    organisationSection(context),
    trustSection(context),
    keywordsSection(context),
    tryMessageSection(context),
    selfHostedSection(context),
    historySection(context),
    backupSection(context),
    diagnosticsSection(context),
  ];
  const header = element(doc, 'header');
  header.append(element(doc, 'h1', undefined, i18n.t('options.title')), element(doc, 'p', 'intro', i18n.t('options.intro')));
  root.replaceChildren(header, ...sections.map((section) => section.element));
  const update = (state: SettingsState) => {
    for (const section of sections) section.update?.(state);
  };
  update(context.state);
  return { update };
}
