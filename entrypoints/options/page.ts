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
import { sectionNavigation } from './navigation';
import { overviewHeader } from './overview';

interface Section {
  element: HTMLElement;
  update?(state: SettingsState): void;
}

export interface OptionsPage {
  update(state: SettingsState): void;
  /** Shows the section the URL fragment names (after a link to it was followed), and focuses its first control. */
  followFragment(): void;
  /** The sender history changes whenever mail is read; only its own section follows that. */
  refreshHistory(): void;
}

/**
 * Where keyboard focus was, to put it back after an update redrew a list: the same control when it still exists,
 * else the add field of the list it was in (a Remove button that went away with its entry).
 */
function focusKeeper(doc: Document): () => void {
  const active = doc.activeElement;
  const id = active?.id;
  const listInput = active?.closest('.list-editor')?.querySelector<HTMLInputElement>('form.add input');
  return () => {
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    const again = id ? doc.getElementById(id) : null;
    (again ?? listInput)?.focus();
  };
}

/** Builds the options page once; `update` brings every section in line with new settings without rebuilding it. */
export function renderOptionsPage(root: HTMLElement, context: SectionContext): OptionsPage {
  const { doc } = context;
  const history = historySection(context);
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
    history,
    backupSection(context),
    diagnosticsSection(context),
  ];
  const header = overviewHeader(doc);
  const titled = sections.map((section) => section.element).filter((section) => section.matches('section.card[id]'));
  const navigation = sectionNavigation(doc, titled);
  const content = element(doc, 'div', 'content');
  content.append(...sections.map((section) => section.element));
  root.replaceChildren(header.element, navigation.element, content);
  const update = (state: SettingsState) => {
    const restoreFocus = focusKeeper(doc);
    header.update(state);
    for (const section of sections) section.update?.(state);
    restoreFocus();
  };
  update(context.state);
  return { update, followFragment: () => navigation.follow(true), refreshHistory: () => history.update() };
}
