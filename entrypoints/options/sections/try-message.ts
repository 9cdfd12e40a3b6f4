import { i18n } from '#i18n';
import { summaryText } from '../../../lib/ui-text/explain';
import { evidenceByCategory, renderEvidenceList } from '../../../lib/banner/evidence';
import type { Analysis } from '../../../lib/model';
import { levelLabel } from '../../../lib/ui-text/labels';
import { element, labelledField as field, statusLine } from '../../../lib/ui/dom';
import { section, type SectionContext } from '../context';

/** The engine's answer as the popup would show it, plus the rule ids for whoever tunes the terms. */
export function renderAnalysis(doc: Document, analysis: Analysis): HTMLElement {
  const result = element(doc, 'article', `message level-${analysis.level}`);
  result.setAttribute('data-level', analysis.level);
  result.append(element(doc, 'p', 'level', levelLabel(analysis.level)));
  const summary = summaryText(analysis);
  if (summary) result.append(element(doc, 'p', 'summary', summary));
  const groups = evidenceByCategory(analysis);
  if (groups.length > 0) result.append(renderEvidenceList(doc, groups));
  const rules = analysis.signals.flatMap((signal) => signal.rules);
  if (rules.length > 0) result.append(element(doc, 'p', 'rules', i18n.t('options.try.rules', [rules.join(', ')])));
  result.append(element(doc, 'p', 'score', i18n.t('options.try.score', [String(Math.round(analysis.score))])));
  return result;
}

/** Paste a message and see what the engine makes of it with the current settings: how a user tunes the terms. */
export function tryMessageSection({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>) {
  const root = section(doc, 'try', i18n.t('options.try.title'), i18n.t('options.try.intro'));
  const form = element(doc, 'form', 'try-form');
  const from = field(doc, 'input', 'try-from', i18n.t('options.try.from'));
  from.control.type = 'email';
  from.control.placeholder = 'name@example.org';
  const subject = field(doc, 'input', 'try-subject', i18n.t('options.try.subject'));
  subject.control.type = 'text';
  const body = field(doc, 'textarea', 'try-body', i18n.t('options.try.body'));
  body.control.rows = 8;
  const submit = element(doc, 'button', undefined, i18n.t('options.try.check'));
  submit.type = 'submit';
  const status = statusLine(doc, 'try-status');
  const output = element(doc, 'div', 'try-result');
  output.id = 'try-result';
  output.setAttribute('aria-live', 'polite');
  form.append(from.row, subject.row, body.row, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!body.control.value.trim()) {
      status.show(i18n.t('options.try.empty'), true);
      return;
    }
    status.show(i18n.t('options.try.checking'));
    actions
      .analyze({ from: { name: '', address: from.control.value.trim() }, subject: subject.control.value, text: body.control.value })
      .then(
        (analysis) => {
          status.show('');
          output.replaceChildren(renderAnalysis(doc, analysis));
        },
        (error: unknown) => status.show(i18n.t('options.try.failed', [error instanceof Error ? error.message : String(error)]), true),
      );
  });
  root.append(form, status.element, output);
  return { element: root };
}
