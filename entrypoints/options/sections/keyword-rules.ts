import { i18n } from '#i18n';
import type { CategoryId } from '../../../lib/model';
import type { Rule } from '../../../lib/rules';
import { categoryLabel } from '../../../lib/ui-text/labels';
import { element } from '../../../lib/ui/dom';

export type TermLanguage = 'en' | 'nl';

export function languageName(language: TermLanguage): string {
  return language === 'en' ? i18n.t('options.keywords.english') : i18n.t('options.keywords.dutch');
}

/** A default pattern in words a reader follows: "on behalf of … the / our embassy / consulate". */
export function readablePattern(pattern: string): string {
  return pattern
    .split(/\s+/)
    .map((word) => (word === '~' ? '…' : word.replace(/^\[(.*)\]$/, '($1)').replace(/_/g, ' ').replace(/\|/g, ' / ')))
    .join(' ')
    .replace('{amount}', i18n.t('options.keywords.amount'));
}

/** Folds case and accents, so "attache" finds "attaché" and "Prive" finds "privé". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether every word of the query stands in what the reader can see of the rule (its syntax only in the advanced view). */
export function ruleMatches(rule: Rule, query: string, withSyntax: boolean): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const seen = folded(
    [
      rule.description,
      ...(rule.examples?.hit ?? []),
      categoryLabel(rule.category),
      ...(withSyntax ? [rule.id, ...rule.patterns, ...rule.patterns.map(readablePattern)] : []),
    ].join('\n'),
  );
  return words.every((word) => seen.includes(word));
}

export interface RuleItemOptions {
  rule: Rule;
  on: boolean;
  locked: boolean;
  /** Name the kind of sign and language too: a search lists rules of every group. */
  showGroup: boolean;
  showSyntax: boolean;
  onToggle(on: boolean): void;
}

/** One default rule: a switch labelled with what it looks for, sentences it catches and, in the advanced view, its syntax. */
export function ruleItem(doc: Document, options: RuleItemOptions): HTMLLIElement {
  const { rule } = options;
  const item = element(doc, 'li', 'rule');
  item.dataset.rule = rule.id;
  const input = element(doc, 'input');
  input.type = 'checkbox';
  input.id = `rule-${rule.id}`;
  input.checked = options.on;
  input.disabled = options.locked;
  input.addEventListener('change', () => options.onToggle(input.checked));
  const label = element(doc, 'label', 'description', rule.description);
  label.htmlFor = input.id;
  // The descriptions are written in the rule's language, as are its examples.
  label.lang = rule.language === 'any' ? '' : rule.language;
  const head = element(doc, 'p', 'rule-head');
  head.append(input, label);
  item.append(head);

  if (options.showGroup) {
    const group = `${categoryLabel(rule.category as CategoryId)} · ${rule.language === 'any' ? '' : languageName(rule.language)}`;
    item.append(element(doc, 'p', 'rule-group', group));
  }
  const examples = rule.examples?.hit ?? [];
  if (examples.length > 0) {
    const line = element(doc, 'p', 'examples');
    line.id = `rule-${rule.id}-examples`;
    line.append(element(doc, 'span', 'examples-label', i18n.t('options.keywords.catches')));
    for (const example of examples) {
      const quote = element(doc, 'q', undefined, example.replace(/\s+/g, ' '));
      if (rule.language !== 'any') quote.lang = rule.language;
      line.append(' ', quote);
    }
    input.setAttribute('aria-describedby', line.id);
    item.append(line);
  }
  if (options.showSyntax) {
    const syntax = element(doc, 'div', 'syntax');
    syntax.append(element(doc, 'p', 'rule-id', i18n.t('options.keywords.ruleId', [rule.id])));
    const list = element(doc, 'ul', 'patterns');
    for (const pattern of rule.patterns) list.append(element(doc, 'li', undefined, pattern));
    syntax.append(list);
    item.append(syntax);
  }
  return item;
}
