import { i18n } from '#i18n';
import { evidenceByCategory, renderEvidenceList } from '../../lib/banner/evidence';
import { guidanceLines, renderGuidance } from '../../lib/banner/guidance';
import { hasBanner } from '../../lib/model';
import type { OpenMessageState, TabState } from '../../lib/runtime/protocol';
import type { SecurityOfficer } from '../../lib/settings';
import { historyText, summaryText } from '../../lib/ui-text/explain';
import { levelLabel } from '../../lib/ui-text/labels';
import { mailTextForDisplay } from '../../lib/ui-text/mail-text';
import { button, checkboxField, element } from '../../lib/ui/dom';
import { diagnosticsText } from './diagnostics';

/** Copies text to the clipboard; resolves false when the browser refuses. */
export type CopyText = (text: string) => Promise<boolean>;

/** The settings the popup shows and the few it changes. */
export interface PopupControls {
  enabled: boolean;
  /** The organisation's policy fixes the on/off switch. */
  enabledLocked: boolean;
  securityOfficer: SecurityOfficer | null;
  setEnabled(enabled: boolean): Promise<unknown>;
  /** Opens the options page, at a section when given. */
  openOptions(section?: string): void;
}

function renderSwitch(doc: Document, controls: PopupControls): HTMLElement {
  const label = i18n.t(controls.enabledLocked ? 'popup.enabledLocked' : 'popup.enabled');
  const { row, input } = checkboxField(doc, 'enabled', label, 'switch');
  input.checked = controls.enabled;
  input.disabled = controls.enabledLocked;
  const status = element(doc, 'span', 'note');
  status.setAttribute('role', 'status');
  input.addEventListener('change', () => {
    controls.setEnabled(input.checked).then(
      () => (status.textContent = i18n.t(input.checked ? 'popup.turnedOn' : 'popup.turnedOff')),
      (error: unknown) => {
        input.checked = !input.checked;
        status.textContent = i18n.t('options.saveFailed', [error instanceof Error ? error.message : String(error)]);
      },
    );
  });
  row.append(status);
  return row;
}

function renderOfficer(doc: Document, controls: PopupControls): HTMLElement {
  const officer = controls.securityOfficer;
  if (officer) {
    const who = officer.name ? `${officer.name} <${officer.address}>` : officer.address;
    return element(doc, 'p', 'officer', i18n.t('popup.officer', [who]));
  }
  const line = element(doc, 'p', 'officer note', i18n.t('popup.noOfficer'));
  line.append(' ', button(doc, i18n.t('popup.setOfficer'), () => controls.openOptions('officer'), 'link'));
  return line;
}

function renderLinks(doc: Document, controls: PopupControls): HTMLElement {
  const links = element(doc, 'p', 'links');
  links.append(
    button(doc, i18n.t('popup.openOptions'), () => controls.openOptions(), 'link'),
    button(doc, i18n.t('popup.openDiagnostics'), () => controls.openOptions('diagnostics'), 'link'),
  );
  return links;
}

function renderMessage(doc: Document, message: OpenMessageState): HTMLElement {
  const { analysis } = message;
  const article = element(doc, 'article', `message level-${analysis.level}`);
  article.setAttribute('data-level', analysis.level);
  article.append(
    element(doc, 'p', 'level', levelLabel(analysis.level)),
    element(doc, 'p', 'subject', i18n.t('popup.subject', [mailTextForDisplay(message.subject) || i18n.t('popup.noSubject')])),
    element(doc, 'p', 'from', i18n.t('popup.from', [mailTextForDisplay(message.from)])),
  );
  const summary = summaryText(analysis);
  if (summary) article.append(element(doc, 'p', 'summary', mailTextForDisplay(summary)));
  const history = historyText(analysis);
  if (history) article.append(element(doc, 'p', 'history', mailTextForDisplay(history)));
  if (analysis.capped) article.append(element(doc, 'p', 'note capped', i18n.t('popup.capped')));
  if (analysis.senderUnknown) article.append(element(doc, 'p', 'note', i18n.t('popup.senderUnknown')));
  const groups = evidenceByCategory(analysis);
  if (groups.length > 0) {
    article.append(element(doc, 'p', 'evidence-heading', i18n.t('popup.evidenceHeading')), renderEvidenceList(doc, groups));
  }
  if (message.dismissed) article.append(element(doc, 'p', 'note', i18n.t('popup.dismissed')));
  return article;
}

function renderGuidanceSection(doc: Document, open: boolean): HTMLElement {
  const details = element(doc, 'details', 'guidance-section');
  details.open = open;
  details.append(element(doc, 'summary', undefined, i18n.t('guidance.heading')), renderGuidance(doc, guidanceLines({ withAivd: false })));
  return details;
}

function renderDiagnostics(doc: Document, state: TabState, version: string, copyText: CopyText): HTMLElement {
  const details = element(doc, 'details', 'diagnostics');
  const text = diagnosticsText(state, version);
  const report = element(doc, 'pre', 'report', text);
  report.tabIndex = 0;
  const status = element(doc, 'p', 'copy-status');
  status.setAttribute('role', 'status');
  const copy = element(doc, 'button', 'copy', i18n.t('popup.copy'));
  copy.type = 'button';
  copy.addEventListener('click', async () => {
    const copied = await copyText(text);
    status.textContent = i18n.t(copied ? 'popup.copied' : 'popup.copyFailed');
    if (!copied) doc.getSelection()?.selectAllChildren(report);
  });
  details.append(
    element(doc, 'summary', undefined, i18n.t('popup.diagnosticsHeading')),
    element(doc, 'p', 'note', i18n.t('popup.diagnosticsIntro')),
    report,
    copy,
    status,
  );
  return details;
}

/** Fills `root` with what the content script reported for this tab, or explains that there is nothing to read. */
export function renderPopup(
  root: HTMLElement,
  state: TabState | null,
  version: string,
  copyText: CopyText,
  controls: PopupControls,
): void {
  const doc = root.ownerDocument;
  const content: HTMLElement[] = [element(doc, 'h1', 'title', i18n.t('popup.title'))];
  content.push(renderSwitch(doc, controls));

  if (!state) {
    content.push(element(doc, 'p', 'not-webmail', i18n.t('popup.notWebmail')));
  } else {
    const source = element(doc, 'p', 'source');
    source.append(
      element(doc, 'span', 'webmail', i18n.t('popup.webmail', [state.webmail])),
      element(doc, 'span', 'adapter', i18n.t('popup.adapter', [state.adapter])),
    );
    content.push(source);

    const messages = element(doc, 'section', 'messages');
    messages.append(element(doc, 'h2', undefined, i18n.t('popup.messagesHeading')));
    if (state.messages.length === 0) messages.append(element(doc, 'p', 'note', i18n.t('popup.noMessages')));
    for (const message of state.messages) messages.append(renderMessage(doc, message));
    content.push(messages);

    const flagged = state.messages.some((message) => hasBanner(message.analysis.level));
    content.push(renderGuidanceSection(doc, flagged));
  }

  content.push(renderOfficer(doc, controls));
  content.push(element(doc, 'p', 'aivd', i18n.t('guidance.aivd')));
  if (state) content.push(renderDiagnostics(doc, state, version, copyText));
  content.push(renderLinks(doc, controls));
  root.replaceChildren(...content);
}
