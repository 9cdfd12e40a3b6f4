import { i18n } from '#i18n';
import type { Analysis, MailMessage } from '../model';
import { historyText, summaryText } from '../ui-text/explain';
import { levelLabel, uiLanguage } from '../ui-text/labels';
import { mailTextForDisplay } from '../ui-text/mail-text';
import { evidenceByCategory, renderEvidenceList } from './evidence';
import { renderGuidance } from './guidance';
import { reportMailto, type ReportRecipient } from './report-link';

/** Which parts of the banner the user opened or switched on; kept across re-renders of the same banner. */
export interface BannerUiState {
  adviceOpen: boolean;
  evidenceOpen: boolean;
  officerHelpOpen: boolean;
  highlightOn: boolean;
}

export interface BannerViewInput {
  analysis: Analysis;
  message: MailMessage;
  securityOfficer: ReportRecipient | undefined;
  state: BannerUiState;
  onDismiss(): void;
  /** Absent when trusted senders are locked by the organisation: the button is then not offered. */
  onTrustSender?: () => void;
  onHighlightChange(on: boolean): void;
  /** Called after the banner changed its own content (a panel opened): the banner's guard takes it as its own. */
  onOwnChange(): void;
}

/**
 * Runs `action` only for events the browser made for the user: a script in the page (or another extension) that
 * dispatches a click gets nothing done, not even a panel opened.
 */
function onUserEvent<E extends Event>(target: EventTarget, type: string, action: (event: E) => void, afterwards: () => void): void {
  target.addEventListener(type, (event) => {
    if (!event.isTrusted) {
      event.preventDefault();
      return;
    }
    action(event as E);
    afterwards();
  });
}

function button(doc: Document, className: string, label: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  return element;
}

/** A button that shows and hides `panel`, announcing its state through aria-expanded. */
function disclosure(
  doc: Document,
  label: string,
  panel: HTMLElement,
  open: boolean,
  onToggle: (open: boolean) => void,
  afterwards: () => void,
): HTMLButtonElement {
  const toggle = button(doc, 'toggle', label);
  toggle.setAttribute('aria-controls', panel.id);
  const show = (expanded: boolean) => {
    toggle.setAttribute('aria-expanded', String(expanded));
    panel.hidden = !expanded;
  };
  show(open);
  onUserEvent(toggle, 'click', () => {
    const expanded = toggle.getAttribute('aria-expanded') !== 'true';
    show(expanded);
    onToggle(expanded);
  }, afterwards);
  return toggle;
}

function panel(doc: Document, id: string): HTMLDivElement {
  const element = doc.createElement('div');
  element.id = id;
  element.className = 'panel';
  return element;
}

/** Builds the banner's content: a headline row, a row of actions and the panels they open. */
export function renderBanner(doc: Document, input: BannerViewInput): HTMLElement {
  const { analysis, message, state } = input;
  const own = input.onOwnChange;
  const level = analysis.level === 'high' ? 'high' : 'medium';

  const banner = doc.createElement('section');
  banner.className = `banner level-${level}`;
  // A landmark a screen reader can jump to; the level is announced by the banner's live region (index.ts), once.
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', i18n.t('banner.label'));
  banner.lang = uiLanguage();

  const headline = doc.createElement('div');
  headline.className = 'headline';
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '!';
  const words = doc.createElement('p');
  words.className = 'words';
  const brand = doc.createElement('span');
  brand.className = 'brand';
  brand.textContent = i18n.t('extName');
  const title = doc.createElement('strong');
  title.className = 'title';
  title.textContent = levelLabel(level);
  // Spaces between the parts, so the line reads (and copies) as words, not "WAAKZAAMHigh risk".
  words.append(brand, ' ', title);
  // The explanation quotes words of the message: shown as mail text.
  for (const [className, text] of [['summary', summaryText(analysis)], ['history', historyText(analysis)]] as const) {
    if (!text) continue;
    const sentence = doc.createElement('span');
    sentence.className = className;
    sentence.textContent = mailTextForDisplay(text);
    words.append(' ', sentence);
  }
  if (analysis.capped) {
    const capped = doc.createElement('span');
    capped.className = 'capped';
    capped.textContent = i18n.t('banner.capped');
    words.append(' ', capped);
  }
  headline.append(icon, words);

  const advicePanel = panel(doc, 'waakzaam-advice');
  advicePanel.append(renderGuidance(doc));

  const evidencePanel = panel(doc, 'waakzaam-evidence');
  const evidenceHeading = doc.createElement('p');
  evidenceHeading.className = 'panel-heading';
  evidenceHeading.textContent = i18n.t('banner.evidenceHeading');
  evidencePanel.append(evidenceHeading, renderEvidenceList(doc, evidenceByCategory(analysis)));
  for (const note of [analysis.awareness && i18n.t('banner.awareness'), analysis.senderUnknown && i18n.t('banner.senderUnknown')]) {
    if (!note) continue;
    const paragraph = doc.createElement('p');
    paragraph.className = 'note';
    paragraph.textContent = note;
    evidencePanel.append(paragraph);
  }
  const highlightLabel = doc.createElement('label');
  highlightLabel.className = 'switch';
  const highlight = doc.createElement('input');
  highlight.type = 'checkbox';
  highlight.className = 'highlight';
  highlight.checked = state.highlightOn;
  // An untrusted click still flips the box before its listeners run: only a user's click counts, so undo the others.
  highlight.addEventListener('click', (event) => {
    if (!event.isTrusted) event.preventDefault();
  });
  onUserEvent(highlight, 'change', () => input.onHighlightChange(highlight.checked), own);
  highlightLabel.append(highlight, doc.createTextNode(i18n.t('banner.highlight')));
  evidencePanel.append(highlightLabel);
  const { onTrustSender } = input;
  if (onTrustSender) {
    const trust = button(doc, 'action trust', i18n.t('banner.trust'));
    trust.setAttribute('aria-describedby', 'waakzaam-trust-hint');
    onUserEvent(trust, 'click', () => onTrustSender(), own);
    const trustHint = doc.createElement('p');
    trustHint.id = 'waakzaam-trust-hint';
    trustHint.className = 'note';
    trustHint.textContent = i18n.t('banner.trustHint');
    evidencePanel.append(trust, trustHint);
  }

  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(
    disclosure(doc, i18n.t('banner.whatToDo'), advicePanel, state.adviceOpen, (open) => (state.adviceOpen = open), own),
    disclosure(doc, i18n.t('banner.showEvidence'), evidencePanel, state.evidenceOpen, (open) => (state.evidenceOpen = open), own),
  );

  const panels: HTMLElement[] = [advicePanel, evidencePanel];
  const mailto = reportMailto(input.securityOfficer, message, analysis);
  if (mailto && input.securityOfficer) {
    const report = doc.createElement('a');
    report.className = 'action report';
    report.href = mailto;
    report.rel = 'noopener noreferrer';
    report.textContent = i18n.t('banner.report');
    report.title = `${input.securityOfficer.name} <${input.securityOfficer.address.trim()}>`.trim();
    // The link opens the mail program only for the user's own click.
    onUserEvent(report, 'click', () => undefined, own);
    actions.append(report);
  } else {
    const officerHelp = panel(doc, 'waakzaam-officer-help');
    const explanation = doc.createElement('p');
    explanation.textContent = i18n.t('banner.noOfficer');
    officerHelp.append(explanation);
    const report = disclosure(doc, i18n.t('banner.report'), officerHelp, state.officerHelpOpen, (open) => {
      state.officerHelpOpen = open;
    }, own);
    report.classList.add('report');
    actions.append(report);
    panels.push(officerHelp);
  }

  const dismiss = button(doc, 'action dismiss', i18n.t('banner.dismiss'));
  onUserEvent(dismiss, 'click', () => input.onDismiss(), own);
  actions.append(dismiss);

  banner.append(headline, actions, ...panels);
  return banner;
}
