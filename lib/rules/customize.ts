import type { CategoryId, Language } from '../model';
import type { Rule, RulePack } from './types';

/** One term of one category and language, as the keyword editor shows it. */
export interface TermChange {
  category: CategoryId;
  language: Language;
  term: string;
}

export interface PackCustomisation {
  /** Terms to look for as well: matched literally, never as a pattern or regular expression. */
  added: readonly TermChange[];
  /** Ids of default rules to switch off. */
  disabledRules: readonly string[];
}

/** Categories whose terms only count in a sentence that asks for something, as their default rules do. */
export const REQUEST_CATEGORIES: ReadonlySet<CategoryId> = new Set(['sensitive-request', 'network-mapping']);
const FALLBACK_WEIGHT = 15;
/** Longest term accepted: a phrase someone types, not a document (the engine could not compile a much longer one). */
export const MAX_TERM_CHARS = 200;

/** A term the engine cannot look for; the message says which, so the settings can show it. */
export class TermTooLongError extends Error {
  override name = 'TermTooLongError';
  constructor(readonly term: string) {
    super(`The term "${term.slice(0, 40)}…" has ${term.length} characters; at most ${MAX_TERM_CHARS} are allowed`);
  }
}

/** The id of the rule that holds the terms added for one category and language: its hits carry this id. */
export function userRuleId(category: CategoryId, language: Language): string {
  return `USER_${category.toUpperCase().replace(/-/g, '_')}_${language.toUpperCase()}`;
}

/**
 * The default pack with a user's or an organisation's terms added and default rules switched off. `base` is not
 * changed. Throws `TermTooLongError` for an added term over `MAX_TERM_CHARS`.
 */
export function customizePack(base: RulePack, custom: PackCustomisation): RulePack {
  const disabled = new Set(custom.disabledRules);
  const rules: Rule[] = base.rules.filter((rule) => !disabled.has(rule.id));

  const addedByGroup = new Map<string, TermChange[]>();
  for (const change of custom.added) {
    const term = change.term.trim();
    if (!term) continue;
    if (term.length > MAX_TERM_CHARS) throw new TermTooLongError(term);
    const key = `${change.category}:${change.language}`;
    addedByGroup.set(key, [...(addedByGroup.get(key) ?? []), { ...change, term }]);
  }
  for (const changes of addedByGroup.values()) {
    const { category, language } = changes[0]!;
    const siblings = base.rules.filter((rule) => rule.category === category && rule.language === language);
    rules.push({
      id: userRuleId(category, language),
      category,
      language,
      weight: Math.max(FALLBACK_WEIGHT, ...siblings.map((rule) => rule.weight)),
      description: 'Terms added in the settings',
      patterns: [],
      literals: [...new Set(changes.map((change) => change.term))],
      needsRequest: REQUEST_CATEGORIES.has(category),
    });
  }
  return { ...base, rules };
}
