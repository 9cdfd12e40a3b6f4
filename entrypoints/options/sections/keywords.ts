import { i18n } from '#i18n';
import { CATEGORY_IDS, type CategoryId } from '../../../lib/engine/types';
import { DEFAULT_PACK, MAX_TERM_CHARS } from '../../../lib/rules';
import { TERM_LANGUAGES, type SettingsState, type TermChange } from '../../../lib/settings';
import { categoryLabel } from '../../../lib/ui-text/labels';
import { button, element, statusLine } from '../../../lib/ui/dom';
import { isLocked, lockedNote, save, section, type SectionContext } from '../context';
import { listEditor } from '../list-editor';

type TermLanguage = (typeof TERM_LANGUAGES)[number];

/** A default pattern in words a reader follows: "on behalf of … the/our embassy/consulate". */
export function readablePattern(pattern: string): string {
  return pattern
    .split(/\s+/)
    .map((word) => (word === '~' ? '…' : word.replace(/^\[(.*)\]$/, '($1)').replace(/_/g, ' ').replace(/\|/g, ' / ')))
    .join(' ')
    .replace('{amount}', i18n.t('options.keywords.amount'));
}

/** The default patterns of one category and language, in pack order, each once. */
export function defaultPatterns(category: CategoryId, language: TermLanguage): string[] {
  const patterns = DEFAULT_PACK.rules
    .filter((rule) => rule.category === category && rule.language === language)
    .flatMap((rule) => rule.patterns);
  return [...new Set(patterns)];
}

function languageName(language: TermLanguage): string {
  return language === 'en' ? i18n.t('options.keywords.english') : i18n.t('options.keywords.dutch');
}

function select(doc: Document, id: string, text: string, options: Array<{ value: string; label: string }>) {
  const control = element(doc, 'select');
  control.id = id;
  for (const option of options) {
    const item = element(doc, 'option', undefined, option.label);
    item.value = option.value;
    control.append(item);
  }
  const label = element(doc, 'label', undefined, text);
  label.htmlFor = id;
  const wrapper = element(doc, 'span', 'picker');
  wrapper.append(label, control);
  return { wrapper, control };
}

const sameGroup = (category: string, language: string) => (change: TermChange) =>
  change.category === category && change.language === language;

/** See, add and remove the terms Waakzaam looks for, per category and language, and go back to the defaults. */
export function keywordsSection({ doc, actions, page }: Pick<SectionContext, 'doc' | 'actions' | 'page'>) {
  const root = section(doc, 'keywords', i18n.t('options.keywords.title'), i18n.t('options.keywords.intro'));
  const status = statusLine(doc, 'keywords-status');
  let state: SettingsState | null = null;

  const category = select(
    doc,
    'keyword-category',
    i18n.t('options.keywords.category'),
    CATEGORY_IDS.map((id) => ({ value: id, label: categoryLabel(id) })),
  );
  const language = select(
    doc,
    'keyword-language',
    i18n.t('options.keywords.language'),
    TERM_LANGUAGES.map((id) => ({ value: id, label: languageName(id) })),
  );
  category.control.value = page.keywordCategory;
  language.control.value = page.keywordLanguage;
  const pickers = element(doc, 'p', 'pickers');
  pickers.append(category.wrapper, language.wrapper);

  const group = () => ({ category: category.control.value as CategoryId, language: language.control.value as TermLanguage });

  const defaultsHeading = element(doc, 'h3', undefined, i18n.t('options.keywords.defaults'));
  const defaultsHelp = element(doc, 'p', 'help', i18n.t('options.keywords.defaultsHelp'));
  const defaultsList = element(doc, 'ul', 'defaults');
  defaultsList.id = 'keyword-defaults';
  const removedLock = lockedNote(doc);

  const addedHeading = element(doc, 'h3', undefined, i18n.t('options.keywords.added'));
  const addedLock = lockedNote(doc);
  const editor = listEditor(doc, {
    id: 'keyword-terms',
    label: i18n.t('options.keywords.add'),
    placeholder: i18n.t('options.keywords.placeholder'),
    emptyText: i18n.t('options.keywords.noneAdded'),
    normalise: (input) => {
      const term = input.trim().replace(/\s+/g, ' ');
      if (term.length < 2 || term.length > MAX_TERM_CHARS) return { error: i18n.t('options.keywords.invalidTerm') };
      return { value: term };
    },
    add: (term) => actions.update((user) => ({ addedTerms: [...(user.addedTerms ?? []), { ...group(), term }] })),
    remove: (term) => {
      const inGroup = sameGroup(group().category, group().language);
      return actions.update((user) => ({
        addedTerms: (user.addedTerms ?? []).filter((change) => !(inGroup(change) && change.term === term)),
      }));
    },
  });

  const reset = button(doc, i18n.t('options.keywords.reset'), () => {
    const { category: current, language: currentLanguage } = group();
    const other = (change: TermChange) => !sameGroup(current, currentLanguage)(change);
    void save(
      status,
      () =>
        actions.update((user) => ({
          ...(state && !isLocked(state, 'addedTerms') ? { addedTerms: (user.addedTerms ?? []).filter(other) } : {}),
          ...(state && !isLocked(state, 'removedTerms') ? { removedTerms: (user.removedTerms ?? []).filter(other) } : {}),
        })),
      i18n.t('options.keywords.resetDone'),
    );
  });

  const render = () => {
    if (!state) return;
    const { category: current, language: currentLanguage } = group();
    page.keywordCategory = current;
    page.keywordLanguage = currentLanguage;
    const inGroup = sameGroup(current, currentLanguage);
    const removedLocked = isLocked(state, 'removedTerms');
    const addedLocked = isLocked(state, 'addedTerms');

    const removed = new Set(state.settings.removedTerms.filter(inGroup).map((change) => change.term));
    defaultsList.replaceChildren(
      ...defaultPatterns(current, currentLanguage).map((pattern, index) => {
        const input = element(doc, 'input');
        input.type = 'checkbox';
        input.id = `default-term-${index}`;
        input.checked = !removed.has(pattern);
        input.disabled = removedLocked;
        input.addEventListener('change', () => {
          const switchedOn = input.checked;
          void save(status, () =>
            actions.update((user) => {
              const others = (user.removedTerms ?? []).filter((change) => !(inGroup(change) && change.term === pattern));
              return { removedTerms: switchedOn ? others : [...others, { category: current, language: currentLanguage, term: pattern }] };
            }),
          );
        });
        const label = element(doc, 'label', undefined, readablePattern(pattern));
        label.htmlFor = input.id;
        label.title = pattern;
        const item = element(doc, 'li');
        item.append(input, label);
        return item;
      }),
    );
    removedLock.hidden = !removedLocked;

    const policyTerms = new Set((state.policy.extraTerms ?? []).filter(inGroup).map((change) => change.term));
    editor.update(
      state.settings.addedTerms.filter(inGroup).map((change) => ({ value: change.term, fromPolicy: policyTerms.has(change.term) })),
      addedLocked,
    );
    addedLock.hidden = !addedLocked;
    const changedAdded = !addedLocked && (state.user.addedTerms ?? []).some(inGroup);
    const changedRemoved = !removedLocked && (state.user.removedTerms ?? []).some(inGroup);
    reset.disabled = !changedAdded && !changedRemoved;
  };
  category.control.addEventListener('change', render);
  language.control.addEventListener('change', render);

  root.append(
    pickers,
    defaultsHeading,
    defaultsHelp,
    removedLock,
    defaultsList,
    addedHeading,
    addedLock,
    editor.element,
    element(doc, 'p', 'buttons'),
    status.element,
  );
  root.querySelector('.buttons')!.append(reset);
  return {
    element: root,
    update(next: SettingsState) {
      state = next;
      render();
    },
  };
}
