import { i18n } from '#i18n';
import type { Analysis, CategoryId } from '../../../lib/model';
import { REQUEST_CATEGORIES, userRuleId } from '../../../lib/rules';
import type { TermChange } from '../../../lib/settings';
import { categoryLabel, levelLabel } from '../../../lib/ui-text/labels';
import { button, element, labelledField } from '../../../lib/ui/dom';
import type { SectionContext } from '../context';
import type { TermLanguage } from './keyword-rules';

export interface TermCheckOptions {
  /** The term in the add field, and the kind of sign and language it would be added to. */
  candidate(): TermChange | null;
}

/** What the engine found for the term in one analysis: the evidence its rule gave, if it counted. */
function termHits(analysis: Analysis, category: CategoryId, language: TermLanguage): string[] {
  const signal = analysis.signals.find((candidate) => candidate.category === category);
  if (!signal?.rules.includes(userRuleId(category, language))) return [];
  return signal.evidence.filter((evidence) => evidence.message === undefined).map((evidence) => evidence.text);
}

/**
 * "What would this catch?": the term in the add field, tried on a sentence the reader types, by the same engine and
 * settings as mail, before it is added. Nothing is stored.
 */
export function termCheck({ doc, actions }: Pick<SectionContext, 'doc' | 'actions'>, options: TermCheckOptions) {
  const root = element(doc, 'div', 'term-check');
  const sample = labelledField(doc, 'textarea', 'keyword-try-text', i18n.t('options.keywords.trySentence'));
  sample.control.rows = 2;
  const result = element(doc, 'div', 'term-check-result');
  result.id = 'keyword-try-result';
  result.setAttribute('role', 'status');
  const run = button(doc, i18n.t('options.keywords.tryCheck'), () => void check());
  run.id = 'keyword-try';

  async function check(): Promise<void> {
    const term = options.candidate();
    const text = sample.control.value.trim();
    if (!term || !text) {
      result.replaceChildren(element(doc, 'p', 'help', i18n.t('options.keywords.tryEmpty')));
      return;
    }
    run.disabled = true;
    try {
      const message = { from: { name: '', address: 'sample@example.invalid' }, subject: '', text };
      const [withTerm, without] = await Promise.all([actions.analyze(message, [term]), actions.analyze(message)]);
      const hits = termHits(withTerm, term.category, term.language as TermLanguage);
      const lines: HTMLElement[] = [];
      if (hits.length > 0) {
        const found = element(doc, 'p', 'found', i18n.t('options.keywords.tryFound', [categoryLabel(term.category)]));
        for (const hit of hits) found.append(' ', element(doc, 'q', undefined, hit));
        lines.push(found);
      } else {
        lines.push(element(doc, 'p', 'not-found', i18n.t('options.keywords.tryNotFound')));
        if (REQUEST_CATEGORIES.has(term.category)) lines.push(element(doc, 'p', 'help', i18n.t('options.keywords.tryNeedsRequest')));
      }
      lines.push(element(doc, 'p', 'levels', i18n.t('options.keywords.tryLevels', [levelLabel(withTerm.level), levelLabel(without.level)])));
      result.replaceChildren(...lines);
    } catch (error) {
      result.replaceChildren(element(doc, 'p', 'error', i18n.t('options.try.failed', [error instanceof Error ? error.message : String(error)])));
    } finally {
      run.disabled = false;
    }
  }

  const heading = element(doc, 'h3', undefined, i18n.t('options.keywords.tryTitle'));
  root.append(heading, element(doc, 'p', 'help', i18n.t('options.keywords.tryIntro')), sample.row, run, result);
  return { element: root };
}
