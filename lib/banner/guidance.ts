import { i18n } from '#i18n';

/**
 * What to do about a suspected approach (signals.md, "What the banner and popup advise"). The popup shows the
 * AIVD line on its own, so it can leave it out of the list.
 */
export function guidanceLines({ withAivd = true }: { withAivd?: boolean } = {}): string[] {
  return [
    i18n.t('guidance.noTechnical'),
    i18n.t('guidance.noPrivateChannel'),
    i18n.t('guidance.keep'),
    i18n.t('guidance.report'),
    ...(withAivd ? [i18n.t('guidance.aivd')] : []),
    i18n.t('guidance.knowledgeSecurity'),
    i18n.t('guidance.falseAlarm'),
  ];
}

export function renderGuidance(doc: Document, lines: string[] = guidanceLines()): HTMLUListElement {
  const list = doc.createElement('ul');
  list.className = 'guidance';
  for (const line of lines) {
    const item = doc.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  return list;
}
