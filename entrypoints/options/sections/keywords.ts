import { i18n } from '#i18n';
import { CATEGORY_IDS, type CategoryId } from '../../../lib/model';
import { DEFAULT_PACK, MAX_TERM_CHARS, type Rule } from '../../../lib/rules';
import { TERM_LANGUAGES, type SettingsState, type TermChange } from '../../../lib/settings';
import { categoryLabel } from '../../../lib/ui-text/labels';
import { button, checkboxField, element, statusLine } from '../../../lib/ui/dom';
import { isLocked, lockedNote, save, section, type SectionContext } from '../context';
import { listEditor } from '../list-editor';
import { languageName, ruleItem, ruleMatches, type TermLanguage } from './keyword-rules';
import { termCheck } from './term-check';

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

const sameGroup = (category: string, language: string) => (change: { category: string; language: string }) =>
  change.category === category && change.language === language;

/**
 * The default rules, each in plain words with sentences it catches and a switch, per kind of sign and language or
 * found by a search over all of them; the user's own terms beside them, with a check of what a new term would catch.
 * The rule syntax shows only in the advanced view.
 */
export function keywordsSection(context: Pick<SectionContext, 'doc' | 'actions' | 'page'>) {
  const { doc, actions, page } = context;
  const root = section(doc, 'keywords', i18n.t('options.keywords.title'), i18n.t('options.keywords.intro'));
  const status = statusLine(doc, 'keywords-status');
  let state: SettingsState | null = null;

  const search = element(doc, 'input');
  search.type = 'search';
  search.id = 'keyword-search';
  search.autocomplete = 'off';
  search.placeholder = i18n.t('options.keywords.searchPlaceholder');
  const searchLabel = element(doc, 'label', undefined, i18n.t('options.keywords.search'));
  searchLabel.htmlFor = search.id;
  const searchRow = element(doc, 'p', 'field search');
  searchRow.append(searchLabel, search);

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
  const advanced = checkboxField(doc, 'keyword-advanced', i18n.t('options.keywords.advanced'), 'check');

  const group = () => ({ category: category.control.value as CategoryId, language: language.control.value as TermLanguage });

  const rulesHeading = element(doc, 'h3', undefined, i18n.t('options.keywords.defaults'));
  const count = element(doc, 'p', 'help rule-count');
  count.id = 'keyword-count';
  count.setAttribute('role', 'status');
  const rulesList = element(doc, 'ul', 'rules');
  rulesList.id = 'keyword-rules';
  const disabledLock = lockedNote(doc);

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
  const termInput = editor.element.querySelector<HTMLInputElement>('#keyword-terms-input')!;
  const check = termCheck(context, {
    candidate: (): TermChange | null => {
      const term = termInput.value.trim().replace(/\s+/g, ' ');
      return term.length >= 2 && term.length <= MAX_TERM_CHARS ? { ...group(), term } : null;
    },
  });

  const groupRules = (): Rule[] => DEFAULT_PACK.rules.filter(sameGroup(group().category, group().language));

  const reset = button(doc, i18n.t('options.keywords.reset'), () => {
    const { category: current, language: currentLanguage } = group();
    const other = (change: TermChange) => !sameGroup(current, currentLanguage)(change);
    const inGroup = new Set(groupRules().map((rule) => rule.id));
    void save(
      status,
      () =>
        actions.update((user) => ({
          ...(state && !isLocked(state, 'addedTerms') ? { addedTerms: (user.addedTerms ?? []).filter(other) } : {}),
          ...(state && !isLocked(state, 'disabledRules') ? { disabledRules: (user.disabledRules ?? []).filter((id) => !inGroup.has(id)) } : {}),
        })),
      i18n.t('options.keywords.resetDone'),
    );
  });

  const switchRule = (id: string, on: boolean) =>
    void save(status, () =>
      actions.update((user) => {
        const others = (user.disabledRules ?? []).filter((disabled) => disabled !== id);
        return { disabledRules: on ? others : [...others, id] };
      }),
    );

  const render = () => {
    if (!state) return;
    const { category: current, language: currentLanguage } = group();
    page.keywordCategory = current;
    page.keywordLanguage = currentLanguage;
    const query = search.value.trim();
    const withSyntax = advanced.input.checked;
    const disabledLocked = isLocked(state, 'disabledRules');
    const addedLocked = isLocked(state, 'addedTerms');
    const disabled = new Set(state.settings.disabledRules);

    const shown = query ? DEFAULT_PACK.rules.filter((rule) => ruleMatches(rule, query, withSyntax)) : groupRules();
    pickers.hidden = query !== '';
    rulesList.replaceChildren(
      ...shown.map((rule) =>
        ruleItem(doc, {
          rule,
          on: !disabled.has(rule.id),
          locked: disabledLocked,
          showGroup: query !== '',
          showSyntax: withSyntax,
          onToggle: (on) => switchRule(rule.id, on),
        }),
      ),
    );
    count.textContent = query
      ? i18n.t('options.keywords.matches', [String(shown.length), query])
      : i18n.t('options.keywords.inGroup', [String(shown.length)]);
    disabledLock.hidden = !disabledLocked;

    const inGroup = sameGroup(current, currentLanguage);
    const policyTerms = new Set((state.policy.extraTerms ?? []).filter(inGroup).map((change) => change.term));
    editor.update(
      state.settings.addedTerms.filter(inGroup).map((change) => ({ value: change.term, fromPolicy: policyTerms.has(change.term) })),
      addedLocked,
    );
    addedLock.hidden = !addedLocked;
    const groupIds = new Set(groupRules().map((rule) => rule.id));
    const changedAdded = !addedLocked && (state.user.addedTerms ?? []).some(inGroup);
    const changedDisabled = !disabledLocked && (state.user.disabledRules ?? []).some((id) => groupIds.has(id));
    reset.disabled = !changedAdded && !changedDisabled;
  };
  category.control.addEventListener('change', render);
  language.control.addEventListener('change', render);
  search.addEventListener('input', render);
  advanced.input.addEventListener('change', render);

  const buttons = element(doc, 'p', 'buttons');
  buttons.append(reset);
  root.append(
    searchRow,
    pickers,
    advanced.row,
    rulesHeading,
    count,
    disabledLock,
    rulesList,
    addedHeading,
    element(doc, 'p', 'help', i18n.t('options.keywords.addedHelp')),
    addedLock,
    editor.element,
    check.element,
    buttons,
    status.element,
  );
  return {
    element: root,
    update(next: SettingsState) {
      state = next;
      render();
    },
  };
}
